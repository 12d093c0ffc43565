/** Shared types of the import/export converters. */
import type { RelationType, Source } from '../model/schema.ts';
import type { LoadResult } from '../model/validate.ts';

/** A file's name and its text, as the converters see it. */
export interface InputFile {
  name: string;
  text: string;
}

/**
 * What an import can borrow from the dataset already open: the sources and
 * relation types that a spreadsheet or GEXF file cites without declaring them.
 */
export interface ImportBase {
  sources: readonly Source[];
  relationTypes: readonly RelationType[];
}

export interface ImportOptions {
  base?: ImportBase | null;
  /** Today's date, YYYY-MM-DD (passed in so that converters stay pure). */
  today: string;
  /** Called when a stage starts, for progress messages. */
  onPhase?: (phase: 'parsing' | 'validating') => void;
}

export const EXPORT_FORMATS = ['project', 'csv', 'gexf', 'graphml', 'cytoscape'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  project: 'Project JSON',
  csv: 'CSV (entities and relations)',
  gexf: 'GEXF (Gephi, Gephi Lite)',
  graphml: 'GraphML (Cytoscape desktop, yEd, NetworkX)',
  cytoscape: 'Cytoscape.js JSON',
};

/** One file to save. */
export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** What the importer recognised a set of files as. */
export type ImportFormat = 'project' | 'csv' | 'cytoscape' | 'gexf' | 'graphml';

/** A converted dataset (or every problem with the files), and what they were recognised as. */
export type ImportResult = LoadResult & { format: ImportFormat | null };
