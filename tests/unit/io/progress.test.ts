import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextView, viewShown } from '../../../src/io/progress.ts';

describe('afterNextView', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the next drawing shown, then the delay', async () => {
    vi.useFakeTimers();
    let done = false;
    void afterNextView(3000, 10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(done).toBe(false); // nothing shown yet
    viewShown();
    await vi.advanceTimersByTimeAsync(2900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
  });

  it('counts only drawings shown after it was asked', async () => {
    vi.useFakeTimers();
    viewShown();
    let done = false;
    void afterNextView(100, 10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(done).toBe(false);
  });

  it('goes ahead after the latest time when no drawing is shown', async () => {
    vi.useFakeTimers();
    let done = false;
    void afterNextView(3000, 10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(12_900);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
  });
});

describe('userPaused', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits until a second has passed without a key, a press or the wheel', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const page = new EventTarget();
    vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
    vi.resetModules(); // a module whose listeners are not installed yet
    const { userPaused, PAUSE_MS } = await import('../../../src/io/progress.ts');
    let done = false;
    void userPaused().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true); // nobody has done anything

    done = false;
    page.dispatchEvent(new Event('keydown'));
    void userPaused().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(PAUSE_MS - 100);
    expect(done).toBe(false);
    page.dispatchEvent(new Event('pointerdown')); // typing goes on: the wait starts again
    await vi.advanceTimersByTimeAsync(PAUSE_MS - 100);
    expect(done).toBe(false);
    page.dispatchEvent(new Event('wheel'));
    await vi.advanceTimersByTimeAsync(PAUSE_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(done).toBe(true);
  });
});
