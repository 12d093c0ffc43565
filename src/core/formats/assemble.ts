/**
 * Rows from any foreign format → a validated dataset. Every problem, from
 * reading a cell to a broken reference found by `validateDataset`, is reported
 * where it is in the user's file: `entities.csv line 4, column E ("start")`,
 * `<node id="org-a">, attribute "start"`, `$.elements.nodes[3].data.start`.
 */
import { validateDataset, MAX_REPORTED } from '../model/validate.ts';
import type { LoadResult, ValidationIssue } from '../model/validate.ts';
import { EVENT_KINDS, FORMAT_ID, FORMAT_VERSION, ORGANIZATION_KINDS, PUBLICATION_KINDS } from '../model/schema.ts';
import type { EntityType, RelationType, Source } from '../model/schema.ts';
import { quote } from '../model/messages.ts';
import {
  entityType, newRow, parseAttributeColumn, rowToEntity, rowToRelation, rowToRelationType, rowToSource, splitList,
} from './rows.ts';
import type { Row, RowContext } from './rows.ts';
import type { ImportBase } from './types.ts';

export interface RecordRef {
  /** Sort key: the record's place among everything read, so messages come in file order. */
  order: number;
  /** The record as a whole: `entities.csv line 4`. */
  where: string;
  /** One field of it: `entities.csv line 4, column E ("start")`. */
  field(column: string): string;
}

export interface Located {
  row: Row;
  ref: RecordRef;
  /** A display label from the foreign format (GEXF/Cytoscape `label`): the name or relation type when the row has none. */
  label?: string;
}

/** Sources or relation types: rows of a file, declarations already structured (JSON), or none (use the open dataset's). */
export type Declared = { rows: Located[] } | { items: unknown[]; where: string };

export interface Records {
  title: string;
  description?: string;
  language?: string;
  entities: Located[];
  relations: Located[];
  sources?: Declared;
  relationTypes?: Declared;
  /** Problems found while reading the file itself (header, syntax), already located. */
  issues: ValidationIssue[];
  warnings: ValidationIssue[];
}

export interface AssembleOptions {
  base?: ImportBase | null;
  /** Foreign graph formats: unknown entity types, missing names and citations fall back, with a warning. */
  lenient: boolean;
  /** The file's name: the default title and, when lenient, the source that uncited items cite. */
  origin: string;
  /** Today's date (YYYY-MM-DD), the date of that import source. */
  today: string;
  /** The end of the hint when cited sources are missing: how this format can declare them. */
  sourcesHint: string;
}

interface Problem {
  order: number;
  issue: ValidationIssue;
}

type Obj = Record<string, unknown>;

const RELATED_TO = 'related-to';

export function assemble(rec: Records, opt: AssembleOptions): LoadResult {
  const problems: Problem[] = rec.issues.map((issue) => ({ order: -1, issue }));
  const warnings: ValidationIssue[] = [...rec.warnings];
  const extras = new Map<string, string>();
  const ctxFor = (ref: RecordRef): RowContext => ({
    lenient: opt.lenient,
    error: (column, message) => problems.push({ order: ref.order, issue: { path: ref.field(column), message } }),
    extra: (column) => {
      if (!extras.has(column)) extras.set(column, ref.field(column));
    },
  });

  const sources = declared(rec.sources, opt.base?.sources, rowToSource, ctxFor);
  const types = declared(rec.relationTypes, opt.base?.relationTypes, rowToRelationType, ctxFor);
  const lenientNotes = { missingType: 0, unknownTypes: new Map<string, number>(), unnamed: 0, uncited: 0, untyped: 0 };

  const entities = rec.entities.map((l) => readEntity(l, ctxFor(l.ref), opt, lenientNotes));
  const relationTypes = types.items as Obj[];
  const generated = new Map<string, { index: number; count: number; first: Located }>();
  const relations = rec.relations.map((l) => readRelation(l, ctxFor(l.ref), relationTypes, generated, opt, lenientNotes));
  // A spreadsheet row without citations: say so in words, not with the validator's "should be a list".
  const uncited = new Set<string>();
  if (!opt.lenient) {
    const flag = (list: Obj[], located: Located[], what: string, key: string) => list.forEach((item, i) => {
      const cites = item.citations;
      if (Array.isArray(cites) && cites.length > 0) return;
      uncited.add(`$.${key}[${i}].citations`);
      // An unreadable cell was reported already; an empty one is reported here.
      if (cites === undefined) ctxFor((located[i] as Located).ref).error('citations', `Every ${what} cites at least one source: write its id, with the paragraph if known, like post-1#3.`);
    });
    flag(entities, rec.entities, 'entity', 'entities');
    flag(relations, rec.relations, 'relation', 'relations');
  }

  if (opt.lenient && lenientNotes.uncited > 0) {
    const id = uniqueId(`imported:${opt.origin}`.slice(0, 200), new Set((sources.items as Obj[]).map((s) => String(s.id))));
    const src: Source = { id, title: opt.origin, publisher: 'Imported file (it names no source)', date: opt.today };
    (sources.items as Obj[]).push(src as unknown as Obj);
    for (const item of [...entities, ...relations]) if (item.citations === undefined) item.citations = [{ source: id }];
    warnings.push({ path: opt.origin, message: `${lenientNotes.uncited} item${s(lenientNotes.uncited)} cite${lenientNotes.uncited === 1 ? 's' : ''} no source; ${lenientNotes.uncited === 1 ? 'it cites' : 'they cite'} the imported file itself (source ${quote(id)}) so that ${lenientNotes.uncited === 1 ? 'it' : 'they'} can be shown.` });
  }
  warnings.push(...lenientWarnings(lenientNotes, opt));
  for (const [id, g] of generated) {
    warnings.push({
      path: g.first.ref.field('type'),
      message: `Relation type ${quote(id)} is not declared, so it was added with the label ${quote(id)} and marked not collaborative (${g.count} relation${s(g.count)} use${g.count === 1 ? 's' : ''} it). Declare it to give it proper labels.`,
    });
  }
  // "__proto__" is not kept: validateDataset says so, at its cell.
  extras.delete('__proto__');
  if (extras.size > 0) {
    const list = [...extras.keys()].map((c) => quote(c)).join(', ');
    warnings.push({ path: [...extras.values()][0] ?? opt.origin, message: `Kept as custom attributes: ${list}. ${extras.size === 1 ? 'It is' : 'They are'} not part of the dataset format (see the column mapping in docs/import-export.md).` });
  }

  const input: Obj = {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    title: rec.title.trim() === '' ? opt.origin : rec.title,
    ...(rec.description ? { description: rec.description } : {}),
    ...(rec.language ? { language: rec.language } : {}),
    sources: sources.items,
    relationTypes,
    entities,
    relations,
  };
  const result = validateDataset(input);
  if (!result.ok) {
    const locate = locator(rec, sources, types, generated, opt);
    for (const issue of result.errors) {
      if (uncited.has(issue.path)) continue;
      const at = locate(issue.path);
      problems.push({ order: at.order, issue: { path: at.path, message: issue.message } });
    }
    const unknownSources = result.errors.some((e) => e.message.startsWith('Citation points to source'));
    if (unknownSources && !rec.sources) problems.push({ order: -1, issue: { path: opt.origin, message: missingSourcesHint(opt) } });
  }
  if (problems.length > 0) return { ok: false, errors: capped(sortProblems(problems)) };
  if (!result.ok) return result;
  const locate = locator(rec, sources, types, generated, opt);
  for (const w of result.warnings) warnings.push({ path: locate(w.path).path, message: w.message });
  return { ok: true, dataset: result.dataset, warnings };
}

function s(n: number): string {
  return n === 1 ? '' : 's';
}

function missingSourcesHint(opt: AssembleOptions): string {
  const known = opt.base?.sources ?? [];
  const names = known.slice(0, 6).map((x) => quote(x.id)).join(', ');
  return `This file does not declare its sources, so its citations must name sources of the dataset that is open${known.length ? ` (${names}${known.length > 6 ? ', …' : ''})` : ', and none is'}. Open the dataset they come from first, ${opt.sourcesHint}.`;
}

function sortProblems(list: Problem[]): ValidationIssue[] {
  return list.map((p, i) => ({ ...p, i })).sort((a, b) => a.order - b.order || a.i - b.i).map((p) => p.issue);
}

function capped(list: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  const unique = list.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (unique.length <= MAX_REPORTED) return unique;
  return [...unique.slice(0, MAX_REPORTED), { path: '$', message: `…and ${unique.length - MAX_REPORTED} more problems not listed.` }];
}

function uniqueId(id: string, used: Set<string>): string {
  let out = id;
  for (let n = 2; used.has(out); n++) out = `${id}#${n}`;
  return out;
}

interface DeclaredItems {
  items: unknown[];
  kind: 'rows' | 'items' | 'base';
  rows?: Located[];
  where?: string;
}

function declared(
  d: Declared | undefined,
  base: readonly unknown[] | undefined,
  read: (row: Row, ctx: RowContext) => Obj,
  ctxFor: (ref: RecordRef) => RowContext,
): DeclaredItems {
  if (!d) return { items: base ? base.map((x) => ({ ...(x as Obj) })) : [], kind: 'base' };
  if ('rows' in d) return { items: d.rows.map((l) => read(l.row, ctxFor(l.ref))), kind: 'rows', rows: d.rows };
  return { items: [...d.items], kind: 'items', where: d.where };
}

interface LenientNotes {
  missingType: number;
  unknownTypes: Map<string, number>;
  unnamed: number;
  uncited: number;
  untyped: number;
}

function lenientWarnings(n: LenientNotes, opt: AssembleOptions): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const nodes = (k: number) => (k === 1 ? '1 node has' : `${k} nodes have`);
  const they = (k: number, one: string, many: string) => (k === 1 ? one : many);
  if (n.missingType > 0) out.push({ path: opt.origin, message: `${nodes(n.missingType)} no entity type; ${they(n.missingType, 'it was imported as an organization', 'they were imported as organizations')}.` });
  for (const [t, count] of n.unknownTypes) {
    out.push({ path: opt.origin, message: `${nodes(count)} the type ${quote(t)}, which is not an entity type; ${they(count, 'it was imported as an organization', 'they were imported as organizations')}. The entity types are organization, event, publication, country, person and topic.` });
  }
  if (n.unnamed > 0) out.push({ path: opt.origin, message: `${nodes(n.unnamed)} no name or label; ${they(n.unnamed, 'its', 'their')} id is used as the name.` });
  if (n.untyped > 0) out.push({ path: opt.origin, message: `${n.untyped === 1 ? '1 edge has' : `${n.untyped} edges have`} no type or label; ${they(n.untyped, 'it was', 'they were')} imported with the relation type ${quote(RELATED_TO)}.` });
  return out;
}

/** A foreign node type that is a kind of ours: `ngo` → organization (kind ngo). */
function typeFromKind(value: string): { type: EntityType; kind: string } | null {
  const v = value.trim().toLowerCase();
  if ((ORGANIZATION_KINDS as readonly string[]).includes(v)) return { type: 'organization', kind: v };
  if ((EVENT_KINDS as readonly string[]).includes(v)) return { type: 'event', kind: v };
  if ((PUBLICATION_KINDS as readonly string[]).includes(v)) return { type: 'publication', kind: v };
  return null;
}

function readEntity(l: Located, ctx: RowContext, opt: AssembleOptions, notes: LenientNotes): Obj {
  const row: Row = newRow(l.row);
  const raw = row.type === undefined ? '' : String(row.type).trim();
  let type: string | undefined = raw === '' ? undefined : raw;
  if (opt.lenient && (type === undefined || !entityType(type))) {
    const fromKind = type === undefined ? null : typeFromKind(type);
    if (fromKind) {
      type = fromKind.type;
      if (row.kind === undefined || row.kind === '') row.kind = fromKind.kind;
    } else {
      if (type === undefined) notes.missingType++;
      else notes.unknownTypes.set(type, (notes.unknownTypes.get(type) ?? 0) + 1);
      type = 'organization';
    }
  }
  const e = rowToEntity(row, ctx, type ?? '');
  if (type === undefined) delete e.type;
  if (opt.lenient) {
    if (e.name === undefined) {
      if (l.label && l.label.trim() !== '') e.name = l.label.trim();
      else if (typeof e.id === 'string') {
        e.name = e.id;
        notes.unnamed++;
      }
    }
    if (e.citations === undefined) notes.uncited++;
  } else if (e.name === undefined && l.label) {
    e.name = l.label;
  }
  return e;
}

function readRelation(
  l: Located,
  ctx: RowContext,
  types: Obj[],
  generated: Map<string, { index: number; count: number; first: Located }>,
  opt: AssembleOptions,
  notes: LenientNotes,
): Obj {
  const r = rowToRelation(l.row, ctx);
  let type = typeof r.type === 'string' ? r.type : '';
  if (type === '' && opt.lenient) {
    type = l.label?.trim() ?? '';
    if (type === '') {
      type = RELATED_TO;
      notes.untyped++;
    }
  }
  if (opt.lenient && r.citations === undefined) notes.uncited++;
  if (type === '') return r;
  const declaredType = types.find((t) => t.id === type) ?? types.find((t) => typeof t.label === 'string' && t.label.toLowerCase() === type.toLowerCase());
  if (declaredType) {
    r.type = declaredType.id;
    return r;
  }
  r.type = type;
  const g = generated.get(type);
  if (g) g.count++;
  else {
    const t: RelationType = { id: type, label: type, inverseLabel: `${type} (inverse)`, collaborative: false };
    types.push(t as unknown as Obj);
    generated.set(type, { index: types.length - 1, count: 1, first: l });
  }
  return r;
}

// ---------------------------------------------------------------- paths → places in the file

type Seg = string | number;

function segments(rest: string): Seg[] {
  const out: Seg[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rest))) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

/** The column of a row that a JSON path inside its entity or relation points to. */
function columnOf(segs: Seg[], row: Row): { column: string; suffix: string } | null {
  const [k0, k1] = segs;
  if (k0 === undefined) return null;
  switch (k0) {
    case 'location':
      return { column: k1 === 'country' ? 'country' : 'place', suffix: '' };
    case 'participants':
      return { column: 'participants', suffix: '' };
    case 'period':
      return { column: k1 === 'end' ? 'period_end' : 'period_start', suffix: '' };
    case 'sensitiveFields':
      return { column: 'sensitive_fields', suffix: '' };
    case 'citations': {
      const several = typeof row.citations === 'string' && splitList(row.citations).length > 1;
      return { column: 'citations', suffix: typeof k1 === 'number' && several ? `, citation ${k1 + 1}` : '' };
    }
    case 'aliases':
      return { column: 'aliases', suffix: typeof k1 === 'number' ? `, alias ${k1 + 1}` : '' };
    case 'attributes': {
      const key = String(k1);
      const col = Object.keys(row).find((c) => parseAttributeColumn(c)?.key === key) ?? Object.keys(row).find((c) => c === key);
      return { column: col ?? `attr:${key}`, suffix: '' };
    }
    default:
      return { column: String(k0), suffix: '' };
  }
}

function locator(
  rec: Records,
  sources: DeclaredItems,
  types: DeclaredItems,
  generated: Map<string, { index: number; count: number; first: Located }>,
  opt: AssembleOptions,
): (path: string) => { path: string; order: number } {
  const byIndex = new Map<number, Located>();
  for (const g of generated.values()) byIndex.set(g.index, g.first);
  return (path) => {
    const m = /^\$\.(entities|relations|sources|relationTypes)\[(\d+)\](.*)$/.exec(path);
    if (!m) return { path: path === '$' ? opt.origin : `${opt.origin} (${path.replace(/^\$\.?/, '')})`, order: -1 };
    const list = m[1] as 'entities' | 'relations' | 'sources' | 'relationTypes';
    const i = Number(m[2]);
    const segs = segments(m[3] ?? '');
    if (list === 'entities' || list === 'relations') {
      const l = rec[list][i];
      if (!l) return { path, order: -1 };
      const col = columnOf(segs, l.row);
      return { path: col ? `${l.ref.field(col.column)}${col.suffix}` : l.ref.where, order: l.ref.order };
    }
    const d = list === 'sources' ? sources : types;
    if (d.kind === 'rows' && d.rows?.[i]) {
      const l = d.rows[i];
      const col = segs[0];
      return { path: col === undefined ? l.ref.where : l.ref.field(String(col)), order: l.ref.order };
    }
    if (d.kind === 'items') return { path: `${d.where}[${i}]${m[3] ?? ''}`, order: -1 };
    if (list === 'relationTypes' && byIndex.has(i)) {
      const first = byIndex.get(i) as Located;
      return { path: first.ref.field('type'), order: first.ref.order };
    }
    if (list === 'sources' && i >= d.items.length - 1 && opt.lenient) return { path: opt.origin, order: -1 };
    return { path: `the open dataset's ${list === 'sources' ? 'source' : 'relation type'} ${i + 1}`, order: -1 };
  };
}
