/**
 * `importFilesLazily` (the parse Worker's importer) recognises and converts
 * exactly as `importFiles` does, loading only the converter a file needs.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportDataset, importFiles } from '../../../src/core/formats/index.ts';
import { importFilesLazily } from '../../../src/core/formats/lazy.ts';
import type { ImportResult, InputFile } from '../../../src/core/formats/types.ts';
import { bundled, fixture, TODAY } from './fixtures.ts';

const open = bundled();
const exported = (format: 'csv' | 'gexf' | 'graphml' | 'cytoscape' | 'project') => exportDataset(open, format, TODAY).map((f) => ({ name: f.name, text: f.text }));

/** Every kind of input the importer tells apart, good and bad. */
const CASES: Record<string, InputFile[]> = {
  'project JSON': [fixture('good.json')],
  'a broken project JSON': [fixture('broken.json')],
  'Cytoscape JSON': [fixture('cytoscape.json')],
  'a CSV pair': [fixture('entities.csv'), fixture('relations.csv')],
  'one CSV file': [fixture('entities.csv')],
  'the four CSV files of an export': exported('csv'),
  GEXF: exported('gexf'),
  GraphML: exported('graphml'),
  'exported Cytoscape JSON': exported('cytoscape'),
  'no file': [],
  'a JSON file with a CSV file': [fixture('good.json'), fixture('entities.csv')],
  'an empty file': [{ name: 'x.json', text: '' }],
  'an empty CSV file': [{ name: 'x.csv', text: '' }],
  'JSON that is not JSON': [{ name: 'x.json', text: '{"format": ' }],
  'JSON of something else': [{ name: 'x.json', text: '{"hello": 1}' }],
  'a web page': [{ name: 'data.json', text: '<!doctype html><html><body>Not found</body></html>' }],
  'XML of something else': [{ name: 'x.xml', text: '<?xml version="1.0"?><rss></rss>' }],
  'a GEXF file with a byte-order mark': [{ name: 'x.gexf', text: `\uFEFF${exported('gexf')[0]!.text}` }],
};

async function both(files: InputFile[]): Promise<{ eager: ImportResult; lazy: ImportResult; eagerPhases: string[]; lazyPhases: string[] }> {
  const eagerPhases: string[] = [];
  const lazyPhases: string[] = [];
  const eager = importFiles(files, { today: TODAY, base: open, onPhase: (p) => eagerPhases.push(p) });
  const lazy = await importFilesLazily(files, { today: TODAY, base: open, onPhase: (p) => lazyPhases.push(p) });
  return { eager, lazy, eagerPhases, lazyPhases };
}

afterEach(() => {
  vi.doUnmock('../../../src/core/formats/gexf.ts');
  vi.resetModules();
});

describe('importFilesLazily', () => {
  it.each(Object.keys(CASES))('gives what importFiles gives, in the same phases: %s', async (name) => {
    const { eager, lazy, eagerPhases, lazyPhases } = await both(CASES[name]!);
    expect(lazy).toEqual(eager);
    expect(lazyPhases).toEqual(eagerPhases);
  });

  it('recognises each format as importFiles does', async () => {
    const formats: Record<string, string | null> = {};
    for (const [name, files] of Object.entries(CASES)) formats[name] = (await importFilesLazily(files, { today: TODAY, base: open })).format;
    expect(formats).toMatchObject({ 'project JSON': 'project', 'Cytoscape JSON': 'cytoscape', 'a CSV pair': 'csv', GEXF: 'gexf', GraphML: 'graphml' });
  });

  it('rejects with ConverterUnavailable when a converter cannot be loaded; a project JSON needs none', async () => {
    vi.resetModules();
    vi.doMock('../../../src/core/formats/gexf.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { importFilesLazily: lazily, ConverterUnavailable } = await import('../../../src/core/formats/lazy.ts');
    const gexf = lazily(exported('gexf'), { today: TODAY });
    await expect(gexf).rejects.toBeInstanceOf(ConverterUnavailable);
    await expect(gexf).rejects.toThrow(/^The gexf converter could not be loaded \(.+\)\.$/);
    const project = await lazily([fixture('good.json')], { today: TODAY });
    expect(project.ok && project.dataset.title).toBe('Example: one workshop in Bangkok');
  });
});
