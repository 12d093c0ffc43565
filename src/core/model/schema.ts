/**
 * The dataset format, version 1: the one definition from which the TypeScript
 * types (below) and the JSON Schema (`npm run schema` → `docs/dataset.schema.json`)
 * both come. The reference page is `docs/dataset-format.md`.
 *
 * This file checks shape only. Cross-references (unknown ids, duplicate ids),
 * real calendar dates and end-before-start are checked in `validate.ts`, which
 * reports every problem at once.
 */
import * as z from 'zod/mini';

// Zod compiles fast paths with `new Function` unless told not to; our
// Content-Security-Policy forbids eval, so keep it interpretive.
z.config({ jitless: true });

import { DATE_PATTERN, ENTITY_TYPES, EVENT_KINDS, FORMAT_ID, FORMAT_VERSION, ORGANIZATION_KINDS, PUBLICATION_KINDS } from './vocab.ts';

export { DATE_PATTERN, ENTITY_TYPES, EVENT_KINDS, FORMAT_ID, FORMAT_VERSION, ORGANIZATION_KINDS, PUBLICATION_KINDS };
export type { EntityType } from './vocab.ts';

// zod/mini, not zod: the same checks and JSON Schema, in a third of the code the parse Worker
// loads before a large dataset's first view (26 → 9 kB gzip).

/** A copy of `schema` described by `data` (what `.meta()` does in zod's classic form). */
function meta<T extends z.ZodMiniType>(schema: T, data: z.core.GlobalMeta): T {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, data);
  return copy;
}

const nonEmpty = () => z.string().check(z.minLength(1));
const id = meta(z.string().check(z.minLength(1), z.maxLength(200)),
  { description: 'Stable identifier, unique across entities, sources and relation types of its list.' });
const text = z.string();
const isoDate = meta(z.string().check(z.regex(DATE_PATTERN)),
  { description: 'ISO 8601 date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD.', examples: ['2016', '2016-10', '2016-10-25'] });

export const citationSchema = meta(z.strictObject({
  source: meta(id, { description: 'Id of a document in `sources`.' }),
  paragraph: meta(z.optional(z.int().check(z.minimum(1))),
    { description: 'Paragraph number in that document, counted from 1.' }),
  note: meta(z.optional(text), { description: 'Where exactly, in your own words (for example "panel discussion").' }),
}), { description: 'Where a fact is stated: a source document and a paragraph in it.' });

const citations = meta(z.array(citationSchema).check(z.minLength(1)),
  { description: 'Every entity and relation cites at least one source.' });

const attributes = meta(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  { description: 'Free key → value pairs (string, number or boolean) for anything the format has no field for.' });

const sensitivity = {
  sensitive: meta(z.optional(z.boolean()),
    { description: 'If true, the explorer never shows, indexes or exports this item; it only counts it as withheld.' }),
};

const entityBase = {
  id,
  name: meta(nonEmpty(), { description: 'Name or title, verbatim from the source.' }),
  aliases: meta(z.optional(z.array(nonEmpty())),
    { description: 'Abbreviations, other spellings and names in other languages.' }),
  description: z.optional(text),
  citations,
  attributes: z.optional(attributes),
  sensitiveFields: meta(z.optional(z.array(z.string())),
    { description: 'Names of fields of this entity (or of its attributes) that must never be shown, indexed or exported.' }),
  ...sensitivity,
};

export const locationSchema = meta(z.strictObject({
  place: meta(z.optional(nonEmpty()), { description: 'City, venue or address.' }),
  country: meta(z.optional(id), { description: 'Id of a country entity.' }),
}), { description: 'Where an event took place.' });

export const participantsSchema = meta(z.strictObject({
  count: z.int().check(z.minimum(0)),
  approximate: meta(z.optional(z.boolean()), { description: 'True when the source says "around", "about" or "over".' }),
}), { description: 'How many took part, where the source says.' });

export const organizationSchema = z.strictObject({
  ...entityBase,
  type: z.literal('organization'),
  kind: z.optional(z.enum(ORGANIZATION_KINDS)),
});

export const eventSchema = z.strictObject({
  ...entityBase,
  type: z.literal('event'),
  kind: z.optional(z.enum(EVENT_KINDS)),
  start: meta(isoDate, { description: 'First day (or month, or year) of the event.' }),
  end: meta(z.optional(isoDate), { description: 'Last day, if the event lasted more than one.' }),
  location: z.optional(locationSchema),
  participants: z.optional(participantsSchema),
  status: meta(z.optional(z.enum(['held', 'planned'])),
    { description: '"planned" for events announced in the source as upcoming.' }),
});

export const publicationSchema = z.strictObject({
  ...entityBase,
  type: z.literal('publication'),
  kind: z.optional(z.enum(PUBLICATION_KINDS)),
  date: meta(z.optional(isoDate), { description: 'Publication or adoption date.' }),
  period: meta(z.optional(z.strictObject({ start: isoDate, end: z.optional(isoDate) })),
    { description: 'The period a plan or agreement covers.' }),
  url: z.optional(z.string()),
});

export const countrySchema = z.strictObject({
  ...entityBase,
  type: z.literal('country'),
});

export const personSchema = z.strictObject({
  ...entityBase,
  type: z.literal('person'),
  role: meta(z.optional(z.string()), { description: 'Position or title as the source gives it.' }),
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
  label: meta(nonEmpty(), { description: 'Reads source → target: "co-chaired".' }),
  inverseLabel: meta(nonEmpty(), { description: 'Reads target → source: "co-chaired by".' }),
  collaborative: meta(z.boolean(),
    { description: 'True when the relation means its parties worked together on the target (co-chaired, presented at, supported...).' }),
  acyclic: meta(z.optional(z.boolean()),
    { description: 'If true, relations of this type must never form a cycle (a session part of a meeting part of that session); the validator reports each cycle.' }),
  description: z.optional(text),
});

export const relationSchema = z.strictObject({
  id: meta(z.optional(id), { description: 'Optional; derived from source, type and target when absent.' }),
  source: meta(id, { description: 'Id of the entity the relation starts from.' }),
  target: meta(id, { description: 'Id of the entity it points to.' }),
  type: meta(id, { description: 'Id of a declared relation type.' }),
  date: z.optional(isoDate),
  attributes: z.optional(attributes),
  citations,
  ...sensitivity,
});

export const sourceSchema = z.strictObject({
  id,
  title: nonEmpty(),
  publisher: nonEmpty(),
  date: isoDate,
  url: meta(z.optional(z.string()), { description: 'http or https address; other schemes are never opened.' }),
  paragraphs: meta(z.optional(z.int().check(z.minimum(1))),
    { description: 'Number of paragraphs, so that citations can be checked against it.' }),
});

export const datasetSchema = meta(z.strictObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(FORMAT_VERSION),
  title: nonEmpty(),
  description: z.optional(text),
  language: meta(z.optional(z.string()), { description: 'BCP 47 tag of the main language, e.g. "en".' }),
  sources: z.array(sourceSchema),
  relationTypes: z.array(relationTypeSchema),
  entities: z.array(entitySchema),
  relations: z.array(relationSchema),
}), { title: 'Counter-trafficking explorer dataset, version 1' });

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
