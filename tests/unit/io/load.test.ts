import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { describeSource, loadDataset, nameFromUrl } from '../../../src/io/load.ts';
import type { LoadProgress } from '../../../src/io/progress.ts';
import { formatBytes } from '../../../src/io/progress.ts';
import { parseFiles } from '../../../src/io/parse-files.ts';
import { readText } from '../../../src/io/read.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');
const file = (name: string) => new File([fixture(name)], name);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  it('opens a picked file, several CSV files, and text', async () => {
    const one = await loadDataset({ kind: 'file', file: file('good.json') });
    expect(one.result.ok && one.result.dataset.title).toBe('Example: one workshop in Bangkok');
    expect(one.origin).toBe('good.json');
    expect(one.format).toBe('project');
    expect(one.files?.map((f) => f.name)).toEqual(['good.json']);

    const base = one.result.ok ? one.result.dataset : null;
    const pair = await loadDataset({ kind: 'files', files: [file('entities.csv'), file('relations.csv')] }, { base });
    expect(pair.origin).toBe('entities.csv + relations.csv');
    expect(pair.format).toBe('csv');

    const text = await loadDataset({ kind: 'text', text: fixture('cytoscape.json'), name: 'pasted.json' });
    expect(text.result.ok && text.result.dataset.entities).toHaveLength(4);
  });

  it('reports progress: reading, parsing, checking', async () => {
    const seen: LoadProgress[] = [];
    await loadDataset({ kind: 'file', file: file('good.json') }, { onProgress: (p) => seen.push(p) });
    expect(seen.map((p) => p.phase)).toEqual(['reading', 'reading', 'parsing', 'validating']);
    expect(seen[1]).toMatchObject({ loaded: file('good.json').size, total: file('good.json').size, origin: 'good.json' });
  });

  it('downloads an address with progress and recognises its format by content', async () => {
    const body = fixture('good.json');
    const fetch = vi.fn(async () => new Response(body, { headers: { 'content-length': String(body.length) } }));
    vi.stubGlobal('fetch', fetch);
    const seen: string[] = [];
    const r = await loadDataset({ kind: 'url', url: 'https://example.org/data/net%20work.json?v=2' }, { onProgress: (p) => seen.push(p.phase) });
    expect(r.result.ok).toBe(true);
    expect(r.files?.[0]?.name).toBe('net work.json');
    expect(seen[0]).toBe('downloading');
    expect(fetch).toHaveBeenCalledWith('https://example.org/data/net%20work.json?v=2', expect.objectContaining({ credentials: 'omit' }));
  });

  it('says why an address cannot be opened', async () => {
    const fail = async (url: string) => {
      const r = await loadDataset({ kind: 'url', url });
      return r.result.ok ? null : r.result.errors;
    };
    expect(await fail('javascript:alert(1)')).toEqual([{ path: '$', message: 'Only http and https addresses can be opened, not "javascript:".' }]);
    expect(await fail('http://[bad')).toEqual([{ path: '$', message: '"http://[bad" is not a web address.' }]);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' })));
    expect(await fail('https://example.org/x.json')).toEqual([{ path: '$', message: 'The server answered 404 Not Found when asked for the dataset.' }]);
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }));
    expect(await fail('https://example.org/x.json')).toEqual([{ path: '$', message: 'The dataset could not be downloaded (Failed to fetch). Check the address and your connection; the server must allow cross-origin requests.' }]);
  });

  it('keeps the old signature (an AbortSignal) and reports cancelling', async () => {
    const ctrl = new AbortController();
    vi.stubGlobal('fetch', vi.fn(async () => {
      ctrl.abort();
      throw new DOMException('aborted', 'AbortError');
    }));
    const r = await loadDataset({ kind: 'url', url: 'https://example.org/x.json' }, ctrl.signal);
    expect(r.result.ok ? null : r.result.errors).toEqual([{ path: '$', message: 'Loading was cancelled.' }]);
  });

  it('names every kind of source', () => {
    expect(describeSource({ kind: 'bundled' })).toBe('the bundled dataset');
    expect(describeSource({ kind: 'files', files: [file('entities.csv'), file('relations.csv')] })).toBe('entities.csv + relations.csv');
    expect(describeSource({ kind: 'files', files: [], origin: 'the last dataset' })).toBe('the last dataset');
    expect(nameFromUrl(new URL('https://example.org/'))).toBe('example.org');
  });
});

describe('reading files', () => {
  it('decodes UTF-8 and UTF-16 with a byte-order mark', async () => {
    expect(await readText(new Blob(['ไทย,Việt']))).toBe('ไทย,Việt');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'id,name'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await readText(new Blob([utf16]))).toBe('id,name');
  });

  it('parseFiles reads several files with running byte counts', async () => {
    const seen: LoadProgress[] = [];
    const files = [{ name: 'entities.csv', blob: file('entities.csv') }, { name: 'relations.csv', blob: file('relations.csv') }];
    const r = await parseFiles(files, { today: '2024-01-01', origin: 'pair', base: null }, (p) => seen.push(p));
    expect(r.format).toBe('csv');
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.at(-1)?.loaded).toBe(files[0]!.blob.size + files[1]!.blob.size);
  });

  it('formats sizes for people', () => {
    expect([512, 2048, 5 * 1024 * 1024].map(formatBytes)).toEqual(['512 B', '2 kB', '5.0 MB']);
  });
});
