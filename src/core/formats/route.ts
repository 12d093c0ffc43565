/**
 * Which converter a set of files needs, decided by content (and by extension
 * only where content cannot tell), without loading any converter: the project's
 * own JSON is parsed and validated right here, everything else is named for
 * `importFiles` (all converters at hand) or `importFilesLazily` (each loaded on
 * first use, for the parse Worker) to convert. Both share this file, so they
 * recognise files and word their messages the same way.
 *
 * Light on purpose: it may import the validator but no converter, no
 * fast-xml-parser, no papaparse.
 */
import { FORMAT_ID } from '../model/schema.ts';
import { parseDatasetText, validateDataset } from '../model/validate.ts';
import { describeJsonError, looksLikeWebPage, WEB_PAGE_MESSAGE } from '../model/messages.ts';
import type { ImportFormat, ImportOptions, ImportResult, InputFile } from './types.ts';

/** What to do with the files: a result already reached, or the converter to run. */
export type Route =
  | { to: 'result'; result: ImportResult }
  | { to: 'csv' }
  | { to: 'gexf' | 'graphml'; file: InputFile }
  | { to: 'cytoscape'; file: InputFile; data: unknown };

type Kind = 'json' | 'xml' | 'csv' | 'empty';
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

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

/** Local name of the root element, read cheaply (for format detection). */
export function rootName(text: string): string | null {
  const m = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(text.slice(0, 65536).replace(/<!--[\s\S]*?-->/g, ''));
  return m?.[1] ?? null;
}

/** True when parsed JSON looks like Cytoscape.js elements rather than a dataset. */
export function isCytoscapeJson(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => isObj(x) && isObj(x.data));
  if (!isObj(v)) return false;
  if ('format' in v && v.format === FORMAT_ID) return false;
  return 'elements' in v || (Array.isArray(v.nodes) && !('entities' in v));
}

const fail = (path: string, message: string, format: ImportFormat | null = null): Route => ({ to: 'result', result: { ok: false, errors: [{ path, message }], format } });

/** Recognises the files of one dataset; reports the `parsing` phase (and `validating` for the project's JSON). */
export function route(files: readonly InputFile[], opt: ImportOptions): Route {
  if (files.length === 0) return fail('$', 'No file was given.');
  opt.onPhase?.('parsing');
  const kinds = files.map(kindOf);
  if (files.length > 1) {
    if (kinds.every((k) => k === 'csv' || k === 'empty')) return { to: 'csv' };
    return fail(files.map((f) => f.name).join(', '), 'Open one dataset file at a time, or the CSV files of one spreadsheet together (entities.csv with relations.csv, and optionally sources.csv and relation-types.csv).');
  }
  const file = files[0] as InputFile;
  switch (kinds[0]) {
    case 'empty':
      if (extension(file.name) === 'csv') return { to: 'csv' };
      return { to: 'result', result: { ...parseDatasetText(''), format: 'project' } };
    case 'csv':
      return { to: 'csv' };
    case 'xml': {
      const root = rootName(file.text);
      if (root === 'gexf' || root === 'graphml') return { to: root, file };
      // An error page served where a dataset was expected: say so plainly, not in terms of XML.
      if (root?.toLowerCase() === 'html' || looksLikeWebPage(file.text)) return fail(file.name, WEB_PAGE_MESSAGE);
      return fail(file.name, `This XML file is neither GEXF (<gexf>) nor GraphML (<graphml>)${root ? `: its root element is <${root}>` : ''}.`);
    }
    default:
      return routeJson(file, opt);
  }
}

function routeJson(file: InputFile, opt: ImportOptions): Route {
  const text = file.text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { to: 'result', result: { ok: false, errors: [describeJsonError(text, e)], format: null } };
  }
  if (isCytoscapeJson(data)) return { to: 'cytoscape', file, data };
  const obj = isObj(data) ? data : null;
  if (obj && !('format' in obj) && !('entities' in obj)) {
    return fail('$', 'This JSON file is neither a dataset of this explorer (it would have "format": "ct-explorer-dataset", "entities" and "relations") nor Cytoscape.js JSON (it would have "elements" with "nodes" and "edges").');
  }
  opt.onPhase?.('validating');
  return { to: 'result', result: { ...validateDataset(data), format: 'project' } };
}
