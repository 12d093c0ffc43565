/**
 * The flat form of the dataset that spreadsheets, GEXF, GraphML and Cytoscape
 * share: one row per entity or relation, one column per field, with lists,
 * citations and custom attributes written as text. `docs/import-export.md`
 * documents these columns; this file and that page must agree.
 *
 * Rows → objects here only shapes values; the checks on meaning (dates, kinds,
 * references) stay in `validateDataset`, whose messages `assemble.ts` maps back
 * to the file, line and column they came from.
 */
import type { Citation, Entity, EntityType, RelationType, Source } from '../model/schema.ts';
import { ENTITY_TYPES } from '../model/schema.ts';
import type { Relation } from '../model/dataset.ts';

/** Who wrote an exported file (GEXF's <creator>, Cytoscape JSON's generated_by). */
export const CREATOR = 'Counter-trafficking stakeholder explorer';

export type Cell = string | number | boolean;
export type Row = Record<string, Cell | undefined>;

/**
 * A row (or attribute map) without a prototype: a column or attribute named
 * "__proto__" is then an ordinary key, which `validateDataset` reports as left
 * out, instead of an assignment that does nothing and loses it silently.
 */
export function newRow<T = Cell | undefined>(init?: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, init);
}

/** Entity columns in the order spreadsheets show them. */
export const ENTITY_COLUMNS = [
  'id', 'type', 'name', 'aliases', 'description', 'kind', 'start', 'end', 'date', 'place', 'country',
  'participants', 'status', 'role', 'url', 'period_start', 'period_end', 'citations',
] as const;
export const RELATION_COLUMNS = ['id', 'source', 'target', 'type', 'date', 'citations'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'date', 'url', 'paragraphs'] as const;
export const RELATION_TYPE_COLUMNS = ['id', 'label', 'inverseLabel', 'collaborative', 'description'] as const;
/** Read on import only: exports never contain withheld items. */
export const FLAG_COLUMNS = ['sensitive', 'sensitive_fields'] as const;

/** Columns each entity type may fill, besides the common ones. */
const TYPE_COLUMNS: Record<EntityType, readonly string[]> = {
  organization: ['kind'],
  event: ['kind', 'start', 'end', 'place', 'country', 'participants', 'status'],
  publication: ['kind', 'date', 'period_start', 'period_end', 'url'],
  country: [],
  person: ['role'],
  topic: [],
};
const COMMON_ENTITY = ['id', 'type', 'name', 'aliases', 'description', 'citations', ...FLAG_COLUMNS];
const ALL_ENTITY = new Set<string>([...ENTITY_COLUMNS, ...FLAG_COLUMNS]);
const ALL_RELATION = new Set<string>([...RELATION_COLUMNS, 'sensitive']);

const PLURAL: Record<EntityType, string> = {
  organization: 'organizations', event: 'events', publication: 'publications', country: 'countries', person: 'people', topic: 'topics',
};

/** Which entity types a column belongs to, for "does not apply" messages. */
function typesUsing(column: string): EntityType[] {
  return ENTITY_TYPES.filter((t) => TYPE_COLUMNS[t].includes(column));
}

// ---------------------------------------------------------------- lists

/** Joins list items with `|`; a `|` or `\` inside an item is escaped with `\`. */
export function joinList(items: readonly string[]): string {
  return items.map((s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

/** Splits a `|` list (see `joinList`); items are trimmed and empty ones dropped. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      cur += text[++i];
    } else if (ch === '|') {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

// ---------------------------------------------------------------- citations

/** `post-1#3 (panel discussion)`: source id, optional `#paragraph`, optional note in brackets. */
export function formatCitation(c: Citation): string {
  let s = c.source;
  if (c.paragraph !== undefined) s += `#${c.paragraph}`;
  if (c.note !== undefined) s += ` (${c.note})`;
  return s;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parseCitation(text: string): Parsed<Citation> {
  let head = text.trim();
  let note: string | undefined;
  const open = head.indexOf(' (');
  if (open >= 0 && head.endsWith(')')) {
    note = head.slice(open + 2, -1);
    head = head.slice(0, open).trim();
  }
  let paragraph: number | undefined;
  const hash = head.lastIndexOf('#');
  if (hash >= 0) {
    const num = head.slice(hash + 1).trim();
    if (!/^\d+$/.test(num) || Number(num) < 1) {
      return { ok: false, reason: `the paragraph after "#" in "${text.trim()}" should be a whole number from 1, like post-1#3` };
    }
    paragraph = Number(num);
    head = head.slice(0, hash).trim();
  }
  if (head === '') return { ok: false, reason: `"${text.trim()}" does not name a source; write the source id first, like post-1#3` };
  const c: Citation = { source: head };
  if (paragraph !== undefined) c.paragraph = paragraph;
  if (note !== undefined) c.note = note;
  return { ok: true, value: c };
}

// ---------------------------------------------------------------- participants

export function formatParticipants(p: { count: number; approximate?: boolean }): string {
  return `${p.approximate ? '~' : ''}${p.count}`;
}

export function parseParticipants(v: Cell): Parsed<{ count: number; approximate?: boolean }> {
  if (typeof v === 'number') {
    return Number.isInteger(v) && v >= 0 ? { ok: true, value: { count: v } } : { ok: false, reason: `${v} is not a whole number` };
  }
  const m = /^(~|about|around|approximately|approx\.?|over|c\.|ca\.)?\s*(\d+)$/i.exec(String(v).trim());
  if (!m) return { ok: false, reason: `"${String(v)}" is not a number of participants; write 120, or ~120 for an approximate count` };
  return { ok: true, value: m[1] ? { count: Number(m[2]), approximate: true } : { count: Number(m[2]) } };
}

// ---------------------------------------------------------------- attributes

export type AttributeKind = 'text' | 'number' | 'boolean';

/** `attr:<key>` for text, `attr:<key> [number]` / `[boolean]` for typed values. */
export function attributeColumn(key: string, value: Cell): string {
  if (typeof value === 'number') return `attr:${key} [number]`;
  if (typeof value === 'boolean') return `attr:${key} [boolean]`;
  return `attr:${key}`;
}

export function parseAttributeColumn(column: string): { key: string; kind: AttributeKind } | null {
  const m = /^attr:([\s\S]*?)(?: \[(number|boolean)\])?$/.exec(column);
  if (!m || m[1] === undefined || m[1].trim() === '') return null;
  return { key: m[1], kind: (m[2] as AttributeKind | undefined) ?? 'text' };
}

export function parseBoolean(v: Cell): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(s)) return true;
  if (['false', 'no', '0', 'n'].includes(s)) return false;
  return undefined;
}

function attributeValue(v: Cell, kind: AttributeKind): Parsed<Cell> {
  if (kind === 'text') return { ok: true, value: typeof v === 'string' ? v : String(v) };
  if (kind === 'number') {
    const n = typeof v === 'number' ? v : Number(String(v).trim());
    if (String(v).trim() === '' || !Number.isFinite(n)) return { ok: false, reason: `"${String(v)}" is not a number` };
    return { ok: true, value: n };
  }
  const b = parseBoolean(v);
  return b === undefined ? { ok: false, reason: `"${String(v)}" is not true or false` } : { ok: true, value: b };
}

// ---------------------------------------------------------------- objects → rows

export function entityToRow(e: Entity): Row {
  const row: Row = { id: e.id, type: e.type, name: e.name };
  if (e.aliases && e.aliases.length > 0) row.aliases = joinList(e.aliases);
  if (e.description !== undefined) row.description = e.description;
  switch (e.type) {
    case 'organization':
      row.kind = e.kind;
      break;
    case 'event':
      Object.assign(row, { kind: e.kind, start: e.start, end: e.end, status: e.status });
      row.place = e.location?.place;
      row.country = e.location?.country;
      if (e.participants) row.participants = formatParticipants(e.participants);
      break;
    case 'publication':
      Object.assign(row, { kind: e.kind, date: e.date, url: e.url });
      row.period_start = e.period?.start;
      row.period_end = e.period?.end;
      break;
    case 'person':
      row.role = e.role;
      break;
    default:
      break;
  }
  row.citations = joinList(e.citations.map(formatCitation));
  addAttributes(row, e.attributes);
  return dropEmpty(row);
}

export function relationToRow(r: Relation): Row {
  const row: Row = { id: r.id, source: r.source, target: r.target, type: r.type, date: r.date };
  row.citations = joinList(r.citations.map(formatCitation));
  addAttributes(row, r.attributes);
  return dropEmpty(row);
}

export function sourceToRow(s: Source): Row {
  return dropEmpty({ id: s.id, title: s.title, publisher: s.publisher, date: s.date, url: s.url, paragraphs: s.paragraphs });
}

export function relationTypeToRow(t: RelationType): Row {
  return dropEmpty({ id: t.id, label: t.label, inverseLabel: t.inverseLabel, collaborative: t.collaborative, description: t.description });
}

function addAttributes(row: Row, attrs: Record<string, Cell> | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) row[attributeColumn(k, v)] = v;
}

function dropEmpty(row: Row): Row {
  for (const k of Object.keys(row)) if (row[k] === undefined) delete row[k];
  return row;
}

/** Columns for a list of rows: the standard ones first (all of them), then attribute columns sorted. */
export function columnsOf(rows: readonly Row[], standard: readonly string[]): string[] {
  const extra = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!standard.includes(k)) extra.add(k);
  return [...standard, ...[...extra].sort()];
}

// ---------------------------------------------------------------- rows → objects

/** Where problems go while a row is read; `column` is the row's column name. */
export interface RowContext {
  error(column: string, message: string): void;
  /** A column that is not part of the mapping and was kept as an attribute. */
  extra(column: string): void;
  /** Foreign formats: unknown types fall back instead of failing. */
  lenient: boolean;
}

const TYPE_SYNONYMS: Record<string, EntityType> = {
  organisation: 'organization', org: 'organization', organizations: 'organization', organisations: 'organization',
  events: 'event', publications: 'publication', countries: 'country', people: 'person', persons: 'person', topics: 'topic',
};

/**
 * The entity type a cell names: exact, case-insensitive or a plural/British
 * spelling. Returns the raw text when it names no type (the validator reports it).
 */
export function entityType(value: string): { type: EntityType; exact: boolean } | null {
  const s = value.trim().toLowerCase();
  if ((ENTITY_TYPES as readonly string[]).includes(s)) return { type: s as EntityType, exact: s === value };
  const syn = TYPE_SYNONYMS[s];
  return syn ? { type: syn, exact: false } : null;
}

const str = (v: Cell): string => (typeof v === 'string' ? v.trim() : String(v));

/** Reads one entity row. The result is validated later by `validateDataset`. */
export function rowToEntity(row: Row, ctx: RowContext, type: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = entityType(type);
  const allowed = known ? new Set([...COMMON_ENTITY, ...TYPE_COLUMNS[known.type]]) : null;
  const attrs = newRow<Cell>();
  for (const [column, raw] of Object.entries(row)) {
    if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    const attr = parseAttributeColumn(column);
    if (attr) {
      const v = attributeValue(raw, attr.kind);
      if (v.ok) attrs[attr.key] = v.value;
      else ctx.error(column, `${v.reason}; this attribute column holds ${attr.kind === 'number' ? 'numbers' : 'true or false'}.`);
      continue;
    }
    if (!ALL_ENTITY.has(column)) {
      ctx.extra(column);
      attrs[column] = typeof raw === 'string' ? raw.trim() : raw;
      continue;
    }
    if (allowed && !allowed.has(column)) {
      if (ctx.lenient) {
        ctx.extra(column);
        attrs[column] = typeof raw === 'string' ? raw.trim() : raw;
        continue;
      }
      const owners = typesUsing(column);
      ctx.error(column, `The column "${column}" does not apply to ${article(type)} ${known?.type}${owners.length ? ` (it is for ${andList(owners.map((t) => PLURAL[t]))})` : ''}; leave it empty.`);
      continue;
    }
    readEntityCell(out, column, raw, ctx);
  }
  out.type = known ? known.type : type;
  if (Object.keys(attrs).length > 0) out.attributes = attrs;
  return out;
}

function andList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function readEntityCell(out: Record<string, unknown>, column: string, raw: Cell, ctx: RowContext): void {
  const v = str(raw);
  switch (column) {
    case 'type':
      return;
    case 'aliases':
      out.aliases = splitList(v);
      return;
    case 'citations':
      out.citations = readCitations(v, column, ctx);
      return;
    case 'place':
    case 'country':
      out.location = { ...(out.location as object | undefined), [column]: v };
      return;
    case 'participants': {
      const p = parseParticipants(raw);
      if (p.ok) out.participants = p.value;
      else ctx.error(column, `${cap(p.reason)}.`);
      return;
    }
    case 'period_start':
    case 'period_end':
      out.period = { ...(out.period as object | undefined), [column === 'period_start' ? 'start' : 'end']: v };
      return;
    case 'sensitive':
      readFlag(out, column, raw, ctx);
      return;
    case 'sensitive_fields':
      out.sensitiveFields = splitList(v);
      return;
    default:
      out[column] = v;
  }
}

function readFlag(out: Record<string, unknown>, column: string, raw: Cell, ctx: RowContext): void {
  const b = parseBoolean(raw);
  if (b === undefined) ctx.error(column, `"${String(raw)}" is not true or false.`);
  else out.sensitive = b;
}

export function readCitations(text: string, column: string, ctx: RowContext): Citation[] {
  const out: Citation[] = [];
  splitList(text).forEach((item, i, all) => {
    const c = parseCitation(item);
    if (c.ok) out.push(c.value);
    else ctx.error(column, `Citation ${all.length > 1 ? `${i + 1} ` : ''}cannot be read: ${c.reason}.`);
  });
  return out;
}

/** Reads one relation row (its `type` is resolved by the caller). */
export function rowToRelation(row: Row, ctx: RowContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attrs = newRow<Cell>();
  for (const [column, raw] of Object.entries(row)) {
    if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    const attr = parseAttributeColumn(column);
    if (attr) {
      const v = attributeValue(raw, attr.kind);
      if (v.ok) attrs[attr.key] = v.value;
      else ctx.error(column, `${v.reason}; this attribute column holds ${attr.kind === 'number' ? 'numbers' : 'true or false'}.`);
    } else if (!ALL_RELATION.has(column)) {
      ctx.extra(column);
      attrs[column] = typeof raw === 'string' ? raw.trim() : raw;
    } else if (column === 'citations') {
      out.citations = readCitations(str(raw), column, ctx);
    } else if (column === 'sensitive') {
      readFlag(out, column, raw, ctx);
    } else {
      out[column] = str(raw);
    }
  }
  if (Object.keys(attrs).length > 0) out.attributes = attrs;
  return out;
}

export function rowToSource(row: Row, ctx: RowContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    if (column === 'paragraphs') {
      const n = typeof raw === 'number' ? raw : Number(str(raw));
      if (Number.isInteger(n) && n >= 1) out.paragraphs = n;
      else ctx.error(column, `"${String(raw)}" is not a number of paragraphs (a whole number from 1).`);
    } else if ((SOURCE_COLUMNS as readonly string[]).includes(column)) {
      out[column] = str(raw);
    } else {
      ctx.error(column, `The column "${column}" is not part of a sources file (its columns are ${SOURCE_COLUMNS.join(', ')}).`);
    }
  }
  return out;
}

export function rowToRelationType(row: Row, ctx: RowContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) continue;
    if (column === 'collaborative') {
      const b = parseBoolean(raw);
      if (b === undefined) ctx.error(column, `"${String(raw)}" is not true or false.`);
      else out.collaborative = b;
    } else if ((RELATION_TYPE_COLUMNS as readonly string[]).includes(column)) {
      out[column] = str(raw);
    } else {
      ctx.error(column, `The column "${column}" is not part of a relation types file (its columns are ${RELATION_TYPE_COLUMNS.join(', ')}).`);
    }
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
