/**
 * One door in and one door out: `importFiles` recognises what it is given by
 * content (and by extension only where content cannot tell) and converts it;
 * `exportDataset` writes a dataset in any export format.
 *
 * Pure: no DOM, no fetch, no clock (today's date is passed in). Runs in the
 * parse Worker and in Node tests.
 */
import type { Dataset } from '../model/dataset.ts';
import { parseDatasetText, validateDataset } from '../model/validate.ts';
import type { LoadResult } from '../model/validate.ts';
import { describeJsonError, looksLikeWebPage, WEB_PAGE_MESSAGE } from '../model/messages.ts';
import { csvToDataset, datasetToCsv } from './csv.ts';
import { cytoscapeToDataset, datasetToCytoscape, isCytoscapeJson } from './cytoscape.ts';
import { datasetToGexf, gexfToDataset } from './gexf.ts';
import { datasetToGraphml, graphmlToDataset } from './graphml.ts';
import { projectFile } from './project.ts';
import type { ExportFile, ExportFormat, ImportFormat, ImportOptions, InputFile } from './types.ts';
import { rootName } from './xml.ts';

export type { ExportFile, ExportFormat, ImportFormat, ImportOptions, InputFile, ImportBase } from './types.ts';
export { EXPORT_FORMATS, FORMAT_LABELS } from './types.ts';
export { subsetDataset } from './project.ts';

export type ImportResult = LoadResult & { format: ImportFormat | null };

type Kind = 'json' | 'xml' | 'csv' | 'empty';

function extension(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i + 1).toLowerCase();
}

function kindOf(f: InputFile): Kind {
  const t = f.text.replace(/^\uFEFF/, '').trimStart();
  const ext = extension(f.name);
  if (t === '') return 'empty';
  if (t[0] === '{' || t[0] === '[') return 'json';
  if (t[0] === '<') return 'xml';
  if (ext === 'json' || ext === 'cyjs') return 'json';
  if (['gexf', 'graphml', 'xml'].includes(ext)) return 'xml';
  return 'csv';
}

const fail = (path: string, message: string, format: ImportFormat | null = null): ImportResult => ({ ok: false, errors: [{ path, message }], format });

/** Converts the files of one dataset: a project JSON, a Cytoscape JSON, a GEXF or GraphML file, or the CSV files of a spreadsheet. */
export function importFiles(files: readonly InputFile[], opt: ImportOptions): ImportResult {
  if (files.length === 0) return fail('$', 'No file was given.');
  opt.onPhase?.('parsing');
  const kinds = files.map(kindOf);
  if (files.length > 1) {
    if (kinds.every((k) => k === 'csv' || k === 'empty')) {
      return { ...csvToDataset(files, opt), format: 'csv' };
    }
    return fail(files.map((f) => f.name).join(', '), 'Open one dataset file at a time, or the CSV files of one spreadsheet together (entities.csv with relations.csv, and optionally sources.csv and relation-types.csv).');
  }
  const file = files[0] as InputFile;
  switch (kinds[0]) {
    case 'empty':
      if (extension(file.name) === 'csv') return { ...csvToDataset(files, opt), format: 'csv' };
      return { ...parseDatasetText(''), format: 'project' };
    case 'csv':
      return { ...csvToDataset(files, opt), format: 'csv' };
    case 'xml': {
      const root = rootName(file.text);
      if (root === 'gexf') return { ...gexfToDataset(file, opt), format: 'gexf' };
      if (root === 'graphml') return { ...graphmlToDataset(file, opt), format: 'graphml' };
      // An error page served where a dataset was expected: say so plainly, not in terms of XML.
      if (root?.toLowerCase() === 'html' || looksLikeWebPage(file.text)) return fail(file.name, WEB_PAGE_MESSAGE);
      return fail(file.name, `This XML file is neither GEXF (<gexf>) nor GraphML (<graphml>)${root ? `: its root element is <${root}>` : ''}.`);
    }
    default:
      return importJson(file, opt);
  }
}

function importJson(file: InputFile, opt: ImportOptions): ImportResult {
  const text = file.text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [describeJsonError(text, e)], format: null };
  }
  if (isCytoscapeJson(data)) return { ...cytoscapeToDataset(file, data, opt), format: 'cytoscape' };
  const obj = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (obj && !('format' in obj) && !('entities' in obj)) {
    return fail('$', 'This JSON file is neither a dataset of this explorer (it would have "format": "ct-explorer-dataset", "entities" and "relations") nor Cytoscape.js JSON (it would have "elements" with "nodes" and "edges").');
  }
  opt.onPhase?.('validating');
  return { ...validateDataset(data), format: 'project' };
}

/** A file-name stem from a title: "Regional … October 2016" → "regional-october-2016". */
export function fileStem(title: string): string {
  const s = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = s.length > 80 ? s.slice(0, 80).replace(/-[^-]*$/, '') : s;
  return cut || 'dataset';
}


/** The files of a dataset in one export format, named after its title. */
export function exportDataset(d: Dataset, format: ExportFormat, today: string): ExportFile[] {
  const stem = fileStem(d.title);
  switch (format) {
    case 'project':
      return [{ ...projectFile(d), name: `${stem}.json` }];
    case 'csv':
      return datasetToCsv(d).map((f) => ({ ...f, name: `${stem}-${f.name}` }));
    case 'gexf':
      return [{ ...datasetToGexf(d, today), name: `${stem}.gexf` }];
    case 'graphml':
      return [{ ...datasetToGraphml(d), name: `${stem}.graphml` }];
    case 'cytoscape':
      return [{ ...datasetToCytoscape(d), name: `${stem}.cyjs` }];
  }
}
