/**
 * `importFiles` for the parse Worker: the same recognition and messages
 * (route.ts), but each converter, with its parser (papaparse, fast-xml-parser),
 * is loaded only when a file needs it. The project's own JSON, the common case,
 * needs none: it is parsed and validated by route.ts.
 *
 * Loading a converter can fail (offline, before it was ever fetched): that
 * rejects with a `ConverterUnavailable`, so that the caller can convert some
 * other way; a file's problems never reject.
 */
import { route } from './route.ts';
import type { ImportOptions, ImportResult, InputFile } from './types.ts';

/** A converter's code could not be loaded; nothing is wrong with the file. */
export class ConverterUnavailable extends Error {
  constructor(readonly format: 'csv' | 'gexf' | 'graphml' | 'cytoscape', cause: unknown) {
    super(`The ${format} converter could not be loaded (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = 'ConverterUnavailable';
  }
}

async function load<M>(format: ConverterUnavailable['format'], get: () => Promise<M>): Promise<M> {
  try {
    return await get();
  } catch (e) {
    throw new ConverterUnavailable(format, e);
  }
}

/** Converts the files of one dataset, as `importFiles` does, loading only the converter they need. */
export async function importFilesLazily(files: readonly InputFile[], opt: ImportOptions): Promise<ImportResult> {
  const r = route(files, opt);
  switch (r.to) {
    case 'result':
      return r.result;
    case 'csv': {
      const { csvToDataset } = await load('csv', () => import('./csv.ts'));
      return { ...csvToDataset(files, opt), format: 'csv' };
    }
    case 'gexf': {
      const { gexfToDataset } = await load('gexf', () => import('./gexf.ts'));
      return { ...gexfToDataset(r.file, opt), format: 'gexf' };
    }
    case 'graphml': {
      const { graphmlToDataset } = await load('graphml', () => import('./graphml.ts'));
      return { ...graphmlToDataset(r.file, opt), format: 'graphml' };
    }
    case 'cytoscape': {
      const { cytoscapeToDataset } = await load('cytoscape', () => import('./cytoscape.ts'));
      return { ...cytoscapeToDataset(r.file, r.data, opt), format: 'cytoscape' };
    }
  }
}

