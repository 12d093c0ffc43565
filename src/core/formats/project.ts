/**
 * The project's own JSON format out, and the "current filtered view" as a
 * dataset of its own that every exporter can write.
 */
import type { Dataset } from '../model/dataset.ts';
import type { DatasetInput, Entity } from '../model/schema.ts';
import type { ExportFile } from './types.ts';

/** The dataset as a file of the format: what was withheld stays out (it was never loaded). */
export function toProjectInput(d: Dataset): DatasetInput {
  const out: DatasetInput = {
    format: d.format,
    version: d.version,
    title: d.title,
    ...(d.description !== undefined ? { description: d.description } : {}),
    ...(d.language !== undefined ? { language: d.language } : {}),
    sources: [...d.sources],
    relationTypes: [...d.relationTypes],
    entities: [...d.entities],
    relations: [...d.relations],
  };
  return out;
}

export function projectFile(d: Dataset): ExportFile {
  return { name: 'dataset.json', mime: 'application/json', text: `${JSON.stringify(toProjectInput(d), null, 2)}\n` };
}

/**
 * The part of a dataset that a view shows: the given entities and the stated
 * relations among them (derived edges such as event locations are not
 * relations). Countries where kept events took place are kept too, so that
 * the result is a valid dataset; sources and relation types are narrowed to
 * those still cited or used.
 */
export function subsetDataset(d: Dataset, nodes: ReadonlySet<string>, edges: ReadonlySet<string>, title = `${d.title} (filtered view)`): Dataset {
  const keep = new Set(nodes);
  for (const e of d.entities) {
    if (keep.has(e.id) && e.type === 'event' && e.location?.country) keep.add(e.location.country);
  }
  const entities: Entity[] = d.entities.filter((e) => keep.has(e.id));
  const relations = d.relations.filter((r) => edges.has(r.id) && keep.has(r.source) && keep.has(r.target));
  const cited = new Set<string>();
  for (const item of [...entities, ...relations]) for (const c of item.citations) cited.add(c.source);
  const used = new Set(relations.map((r) => r.type));
  return {
    format: d.format,
    version: d.version,
    title,
    description: d.description,
    language: d.language,
    sources: d.sources.filter((s) => cited.has(s.id)),
    relationTypes: d.relationTypes.filter((t) => used.has(t.id)),
    entities,
    relations,
    withheld: { entities: 0, relations: 0, fields: 0 },
  };
}
