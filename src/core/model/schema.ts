/**
 * The dataset format, version 1: the one definition from which the TypeScript
 * types (below) and the JSON Schema (`npm run schema` → `docs/dataset.schema.json`)
 * both come. The reference page is `docs/dataset-format.md`.
 *
 * This file checks shape only. Cross-references (unknown ids, duplicate ids),
 * real calendar dates and end-before-start are checked in `validate.ts`, which
 * reports every problem at once.
 */
import { z } from 'zod';

// Zod compiles fast paths with `new Function` unless told not to; our
// Content-Security-Policy forbids eval, so keep it interpretive.
z.config({ jitless: true });

import { DATE_PATTERN, ENTITY_TYPES, EVENT_KINDS, FORMAT_ID, FORMAT_VERSION, ORGANIZATION_KINDS, PUBLICATION_KINDS } from './vocab.ts';

export { DATE_PATTERN, ENTITY_TYPES, EVENT_KINDS, FORMAT_ID, FORMAT_VERSION, ORGANIZATION_KINDS, PUBLICATION_KINDS };
export type { EntityType } from './vocab.ts';

const id = z.string().min(1).max(200)
  .meta({ description: 'Stable identifier, unique across entities, sources and relation types of its list.' });
const text = z.string();
const isoDate = z.string().regex(DATE_PATTERN)
  .meta({ description: 'ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.', examples: ['2016', '2016-10', '2016-10-25'] });

export const citationSchema = z.strictObject({
  source: id.meta({ description: 'Id of a document in `sources`.' }),
  paragraph: z.int().min(1).optional()
    .meta({ description: 'Paragraph number in that document, counted from 1.' }),
  note: text.optional().meta({ description: 'Where exactly, in your own words (for example "panel discussion").' }),
}).meta({ description: 'Where a fact is stated: a source document and a paragraph in it.' });

const citations = z.array(citationSchema).min(1)
  .meta({ description: 'Every entity and relation cites at least one source.' });

const attributes = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .meta({ description: 'Free key → value pairs (string, number or boolean) for anything the format has no field for.' });

const sensitivity = {
  sensitive: z.boolean().optional()
    .meta({ description: 'If true, the explorer never shows, indexes or exports this item; it only counts it as withheld.' }),
};

const entityBase = {
  id,
  name: z.string().min(1).meta({ description: 'Name or title, verbatim from the source.' }),
  aliases: z.array(z.string().min(1)).optional()
    .meta({ description: 'Abbreviations, other spellings and names in other languages.' }),
  description: text.optional(),
  citations,
  attributes: attributes.optional(),
  sensitiveFields: z.array(z.string()).optional()
    .meta({ description: 'Names of fields of this entity (or of its attributes) that must never be shown, indexed or exported.' }),
  ...sensitivity,
};

export const locationSchema = z.strictObject({
  place: z.string().min(1).optional().meta({ description: 'City, venue or address.' }),
  country: id.optional().meta({ description: 'Id of a country entity.' }),
}).meta({ description: 'Where an event took place.' });

export const participantsSchema = z.strictObject({
  count: z.int().min(0),
  approximate: z.boolean().optional().meta({ description: 'True when the source says "around", "about" or "over".' }),
}).meta({ description: 'How many took part, where the source says.' });

export const organizationSchema = z.strictObject({
  ...entityBase,
  type: z.literal('organization'),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
});

export const eventSchema = z.strictObject({
  ...entityBase,
  type: z.literal('event'),
  kind: z.enum(EVENT_KINDS).optional(),
  start: isoDate.meta({ description: 'First day (or month, or year) of the event.' }),
  end: isoDate.optional().meta({ description: 'Last day, if the event lasted more than one.' }),
  location: locationSchema.optional(),
  participants: participantsSchema.optional(),
  status: z.enum(['held', 'planned']).optional()
    .meta({ description: '"planned" for events announced in the source as upcoming.' }),
});

export const publicationSchema = z.strictObject({
  ...entityBase,
  type: z.literal('publication'),
  kind: z.enum(PUBLICATION_KINDS).optional(),
  date: isoDate.optional().meta({ description: 'Publication or adoption date.' }),
  period: z.strictObject({ start: isoDate, end: isoDate.optional() }).optional()
    .meta({ description: 'The period a plan or agreement covers.' }),
  url: z.string().optional(),
});

export const countrySchema = z.strictObject({
  ...entityBase,
  type: z.literal('country'),
});

export const personSchema = z.strictObject({
  ...entityBase,
  type: z.literal('person'),
  role: z.string().optional().meta({ description: 'Position or title as the source gives it.' }),
});

export const topicSchema = z.strictObject({
  ...entityBase,
  type: z.literal('topic'),
});

export const entitySchema = z.discriminatedUnion('type', [
  organizationSchema, eventSchema, publicationSchema, countrySchema, personSchema, topicSchema,
]);

export const relationTypeSchema = z.strictObject({
  id,
  label: z.string().min(1).meta({ description: 'Reads source → target: "co-chaired".' }),
  inverseLabel: z.string().min(1).meta({ description: 'Reads target → source: "co-chaired by".' }),
  collaborative: z.boolean()
    .meta({ description: 'True when the relation means its parties worked together on the target (co-chaired, presented at, supported...).' }),
  acyclic: z.boolean().optional()
    .meta({ description: 'If true, relations of this type must never form a cycle (a session part of a meeting part of that session); the validator reports each cycle.' }),
  description: text.optional(),
});

export const relationSchema = z.strictObject({
  id: id.optional().meta({ description: 'Optional; derived from source, type and target when absent.' }),
  source: id.meta({ description: 'Id of the entity the relation starts from.' }),
  target: id.meta({ description: 'Id of the entity it points to.' }),
  type: id.meta({ description: 'Id of a declared relation type.' }),
  date: isoDate.optional(),
  attributes: attributes.optional(),
  citations,
  ...sensitivity,
});

export const sourceSchema = z.strictObject({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: isoDate,
  url: z.string().optional().meta({ description: 'http or https address; other schemes are never opened.' }),
  paragraphs: z.int().min(1).optional()
    .meta({ description: 'Number of paragraphs, so that citations can be checked against it.' }),
});

export const datasetSchema = z.strictObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(FORMAT_VERSION),
  title: z.string().min(1),
  description: text.optional(),
  language: z.string().optional().meta({ description: 'BCP 47 tag of the main language, e.g. "en".' }),
  sources: z.array(sourceSchema),
  relationTypes: z.array(relationTypeSchema),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
}).meta({ title: 'Counter-trafficking explorer dataset, version 1' });

export type Citation = z.infer<typeof citationSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type EventEntity = z.infer<typeof eventSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Person = z.infer<typeof personSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
/** A relation as written in a file; `Relation` (in dataset.ts) always has an id. */
export type RelationInput = z.infer<typeof relationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type DatasetInput = z.infer<typeof datasetSchema>;

export function toJsonSchema(): unknown {
  return z.toJSONSchema(datasetSchema, { target: 'draft-2020-12' });
}
