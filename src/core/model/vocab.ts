/**
 * The words of the dataset format that the app itself uses (format id and
 * version, entity types, kinds, the date pattern), without the schema: the
 * first view loads this, and the validator with zod only when a dataset is read.
 */
export const FORMAT_ID = 'ct-explorer-dataset';
export const FORMAT_VERSION = 1;

export const ENTITY_TYPES = ['organization', 'event', 'publication', 'country', 'person', 'topic'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORGANIZATION_KINDS = [
  'un-agency', 'ngo', 'government', 'intergovernmental', 'academic', 'media', 'venue',
  'private-sector', 'donor', 'network', 'other',
] as const;

export const PUBLICATION_KINDS = [
  'journal-issue', 'blog-post', 'convention', 'plan-of-action', 'guidelines', 'report',
  'indicators', 'article', 'other',
] as const;

export const EVENT_KINDS = [
  'meeting', 'workshop', 'session', 'panel', 'launch', 'conference', 'training', 'other',
] as const;

/** Shape of a partial ISO 8601 date; whether it is a real day is checked in validate.ts. */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
