/**
 * Spreadsheets: a dataset as CSV files (entities.csv and relations.csv, with
 * sources.csv and relation-types.csv when the sources and relation types should
 * travel too), and back. The columns are those of `rows.ts`, documented in
 * docs/import-export.md. Problems are reported by file, line and column.
 */
import Papa from 'papaparse';
import type { Dataset } from '../model/dataset.ts';
import type { LoadResult, ValidationIssue } from '../model/validate.ts';
import { assemble } from './assemble.ts';
import type { Located, RecordRef } from './assemble.ts';
import {
  columnsOf, entityToRow, ENTITY_COLUMNS, FLAG_COLUMNS, RELATION_COLUMNS, RELATION_TYPE_COLUMNS, relationToRow,
  relationTypeToRow, SOURCE_COLUMNS, sourceToRow,
} from './rows.ts';
import { newRow } from './rows.ts';
import type { Cell, Row } from './rows.ts';
import type { ExportFile, ImportOptions, InputFile } from './types.ts';

export type CsvRole = 'entities' | 'relations' | 'sources' | 'relationTypes';

export const CSV_FILE_NAMES: Record<CsvRole, string> = {
  entities: 'entities.csv',
  relations: 'relations.csv',
  sources: 'sources.csv',
  relationTypes: 'relation-types.csv',
};

const REQUIRED: Record<CsvRole, readonly string[]> = {
  entities: ['id', 'type', 'name', 'citations'],
  relations: ['source', 'target', 'type', 'citations'],
  sources: ['id', 'title', 'publisher', 'date'],
  relationTypes: ['id', 'label', 'inverseLabel', 'collaborative'],
};

const ROLE_NAMES: Record<CsvRole, string> = {
  entities: 'entities', relations: 'relations', sources: 'sources', relationTypes: 'relation types',
};

// ---------------------------------------------------------------- export

/** Cells that a spreadsheet would run as a formula get a leading `'` (removed again on import). */
const FORMULA = /^'*[=+\-@\t\r]/;

function cellText(v: Cell | undefined): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') return String(v);
  return FORMULA.test(v) ? `'${v}` : v;
}

function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const data = rows.map((r) => columns.map((c) => cellText(r[c])));
  // The byte-order mark lets Excel read UTF-8 (Thai, Khmer, Vietnamese names) correctly.
  return `\uFEFF${Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' })}\r\n`;
}

/** The four CSV files of a dataset. */
export function datasetToCsv(d: Dataset): ExportFile[] {
  const mime = 'text/csv;charset=utf-8';
  const entities = d.entities.map(entityToRow);
  const relations = d.relations.map(relationToRow);
  return [
    { name: CSV_FILE_NAMES.entities, mime, text: toCsv(entities, columnsOf(entities, ENTITY_COLUMNS)) },
    { name: CSV_FILE_NAMES.relations, mime, text: toCsv(relations, columnsOf(relations, RELATION_COLUMNS)) },
    { name: CSV_FILE_NAMES.sources, mime, text: toCsv(d.sources.map(sourceToRow), SOURCE_COLUMNS) },
    { name: CSV_FILE_NAMES.relationTypes, mime, text: toCsv(d.relationTypes.map(relationTypeToRow), RELATION_TYPE_COLUMNS) },
  ];
}

// ---------------------------------------------------------------- reading a file

export interface CsvTable {
  file: string;
  /** Column names as written. */
  raw: string[];
  /** Column names as understood (`Period Start` → `period_start`). */
  header: string[];
  rows: { cells: string[]; line: number }[];
}

const KNOWN = new Map<string, string>();
for (const c of [...ENTITY_COLUMNS, ...RELATION_COLUMNS, ...SOURCE_COLUMNS, ...RELATION_TYPE_COLUMNS, ...FLAG_COLUMNS]) {
  KNOWN.set(c.toLowerCase(), c);
}
KNOWN.set('inverse_label', 'inverseLabel');

function normalizeHeader(h: string): string {
  const t = h.trim();
  if (/^attr:/i.test(t)) return `attr:${t.slice(5)}`;
  return KNOWN.get(t.toLowerCase().replace(/[\s-]+/g, '_')) ?? t;
}

/** Column letter as spreadsheets show it: 0 → A, 26 → AA. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function readCsv(file: InputFile): { table: CsvTable | null; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { table: null, issues: [{ path: file.name, message: 'The file is empty; its first line should name the columns (see docs/import-export.md).' }] };
  }
  const rows: { cells: string[]; line: number }[] = [];
  let cursor = 0;
  let counted = 0;
  let newlines = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: (r) => {
      let start = cursor;
      while (start < text.length && /\s/.test(text[start] ?? '')) start++;
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) newlines++;
      const line = newlines + 1;
      cursor = r.meta.cursor;
      for (const e of r.errors) {
        if (e.type === 'Quotes') issues.push({ path: `${file.name} line ${line}`, message: `A quoted cell is not closed: a cell that starts with " must end with " (write "" for a quote inside it).` });
      }
      rows.push({ cells: r.data, line });
    },
  });
  const head = rows.shift();
  if (!head) return { table: null, issues: [{ path: file.name, message: 'The file has no lines with content.' }] };
  const raw = head.cells.map((c) => c.trim());
  const header = raw.map(normalizeHeader);
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') issues.push({ path: `${file.name} line ${head.line}, column ${columnLetter(i)}`, message: 'This column has no name; name it or delete it.' });
    else if (seen.has(h)) issues.push({ path: `${file.name} line ${head.line}, column ${columnLetter(i)} ("${raw[i]}")`, message: `The column "${h}" appears twice (also column ${columnLetter(seen.get(h) ?? 0)}).` });
    else seen.set(h, i);
  });
  return { table: { file: file.name, raw, header, rows }, issues };
}

export function roleOf(header: readonly string[]): CsvRole | null {
  const has = (c: string) => header.includes(c);
  if (has('source') && has('target')) return 'relations';
  if (has('type') && has('name')) return 'entities';
  if (has('label') && (has('inverseLabel') || has('collaborative'))) return 'relationTypes';
  if (has('title') && has('publisher')) return 'sources';
  return null;
}

function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function located(table: CsvTable, fileIndex: number, issues: ValidationIssue[]): Located[] {
  const out: Located[] = [];
  for (const { cells, line } of table.rows) {
    const row: Row = newRow();
    cells.forEach((cell, i) => {
      const col = table.header[i];
      if (col === undefined) {
        if (cell.trim() !== '') issues.push({ path: `${table.file} line ${line}, column ${columnLetter(i)}`, message: `This line has more cells than the first line names columns (${table.header.length}); name the column or remove the value.` });
        return;
      }
      if (col !== '' && cell.trim() !== '') row[col] = unescapeFormula(cell);
    });
    const where = `${table.file} line ${line}`;
    const ref: RecordRef = {
      order: fileIndex * 1e9 + line,
      where,
      field: (column) => {
        const i = table.header.indexOf(column);
        return i >= 0 ? `${where}, column ${columnLetter(i)} ("${table.raw[i]}")` : `${where}, column "${column}"`;
      },
    };
    out.push({ row, ref });
  }
  return out;
}

// ---------------------------------------------------------------- import

/** Reads the CSV files of one spreadsheet (entities.csv required; the others optional). */
export function csvToDataset(files: readonly InputFile[], opt: ImportOptions): LoadResult {
  const issues: ValidationIssue[] = [];
  const tables = new Map<CsvRole, { table: CsvTable; index: number }>();
  files.forEach((f, index) => {
    const { table, issues: own } = readCsv(f);
    issues.push(...own);
    if (!table) return;
    const role = roleOf(table.header);
    if (!role) {
      issues.push({ path: `${f.name} line 1`, message: 'The columns are not those of an entities, relations, sources or relation types file: entities need id, type, name and citations; relations need source, target, type and citations (see docs/import-export.md).' });
      return;
    }
    const other = tables.get(role);
    if (other) {
      issues.push({ path: f.name, message: `Both ${other.table.file} and ${f.name} are ${ROLE_NAMES[role]} files; open one of each kind.` });
      return;
    }
    const missing = REQUIRED[role].filter((c) => !table.header.includes(c));
    for (const c of missing) {
      issues.push({ path: `${f.name} line 1`, message: `The ${ROLE_NAMES[role]} file has no "${c}" column; its columns must include ${REQUIRED[role].join(', ')}.` });
    }
    if (missing.length === 0) tables.set(role, { table, index });
  });
  const entities = tables.get('entities');
  if (!entities && issues.length === 0) {
    issues.push({ path: files.map((f) => f.name).join(', '), message: 'An entities file is needed (columns id, type, name, citations …); open it together with the relations file.' });
  }
  if (issues.length > 0 || !entities) return { ok: false, errors: issues };

  opt.onPhase?.('validating');
  const rowsOf = (role: CsvRole) => {
    const t = tables.get(role);
    return t ? located(t.table, t.index, issues) : undefined;
  };
  const entityRows = rowsOf('entities') ?? [];
  const relationRows = rowsOf('relations') ?? [];
  const sourceRows = rowsOf('sources');
  const typeRows = rowsOf('relationTypes');
  const names = [...tables.values()].sort((a, b) => a.index - b.index).map((t) => t.table.file);
  const origin = names.join(' + ');
  return assemble(
    {
      title: `Spreadsheet import: ${origin}`,
      entities: entityRows,
      relations: relationRows,
      sources: sourceRows ? { rows: sourceRows } : undefined,
      relationTypes: typeRows ? { rows: typeRows } : undefined,
      issues,
      warnings: [],
    },
    { base: opt.base, lenient: false, origin, today: opt.today, sourcesHint: 'or add a sources.csv file (columns id, title, publisher, date, url, paragraphs)' },
  );
}
