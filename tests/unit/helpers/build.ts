/** Small hand-made datasets for unit tests. */
import type { DatasetInput, Entity, RelationInput, RelationType } from '../../../src/core/model/schema.ts';
import { finishDataset } from '../../../src/core/model/dataset.ts';
import type { Dataset } from '../../../src/core/model/dataset.ts';

const cite = [{ source: 's1', paragraph: 1 }];

export function entity(id: string, type: Entity['type'] = 'organization', extra: Record<string, unknown> = {}): Entity {
  const base = { id, type, name: extra.name ?? id, citations: cite, ...extra };
  if (type === 'event' && !('start' in base)) return { ...base, start: '2016-10-01' } as Entity;
  return base as Entity;
}

export const RELATION_TYPES: RelationType[] = [
  { id: 'co-chaired', label: 'co-chaired', inverseLabel: 'co-chaired by', collaborative: true },
  { id: 'participated-in', label: 'took part in', inverseLabel: 'had participant', collaborative: true },
  { id: 'member-of', label: 'member of', inverseLabel: 'has member', collaborative: false },
  { id: 'focuses-on', label: 'focuses on', inverseLabel: 'focus of', collaborative: false },
];

export function rel(source: string, type: string, target: string, extra: Partial<RelationInput> = {}): RelationInput {
  return { source, type, target, citations: cite, ...extra };
}

export function input(entities: Entity[], relations: RelationInput[], extra: Partial<DatasetInput> = {}): DatasetInput {
  return {
    format: 'ct-explorer-dataset',
    version: 1,
    title: 'Test',
    sources: [{ id: 's1', title: 'Doc', publisher: 'Pub', date: '2016-10', paragraphs: 10 }],
    relationTypes: RELATION_TYPES,
    entities,
    relations,
    ...extra,
  };
}

export function dataset(entities: Entity[], relations: RelationInput[]): Dataset {
  return finishDataset(input(entities, relations));
}
