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
