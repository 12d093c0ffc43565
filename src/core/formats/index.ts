/**
 * One door in and one door out: `importFiles` recognises what it is given by
 * content (and by extension only where content cannot tell) and converts it;
 * `exportDataset` writes a dataset in any export format.
 *
 * Pure: no DOM, no fetch, no clock (today's date is passed in). Runs in the
 * parse Worker and in Node tests.
 */
import type { Dataset } from '../model/dataset.ts';
import { csvToDataset, datasetToCsv } from './csv.ts';
import { cytoscapeToDataset, datasetToCytoscape } from './cytoscape.ts';
import { datasetToGexf, gexfToDataset } from './gexf.ts';
import { datasetToGraphml, graphmlToDataset } from './graphml.ts';
import { projectFile } from './project.ts';
import { route } from './route.ts';
import type { ExportFile, ExportFormat, ImportOptions, ImportResult, InputFile } from './types.ts';

export type { ExportFile, ExportFormat, ImportFormat, ImportOptions, ImportResult, InputFile, ImportBase } from './types.ts';
export { EXPORT_FORMATS, FORMAT_LABELS } from './types.ts';
export { subsetDataset } from './project.ts';

/**
 * Converts the files of one dataset: a project JSON, a Cytoscape JSON, a GEXF or GraphML file, or the CSV files of a spreadsheet.
 * (`importFilesLazily` in lazy.ts does the same, loading only the converter it needs.)
 */
export function importFiles(files: readonly InputFile[], opt: ImportOptions): ImportResult {
  const r = route(files, opt);
  switch (r.to) {
    case 'result':
      return r.result;
    case 'csv':
      return { ...csvToDataset(files, opt), format: 'csv' };
    case 'gexf':
      return { ...gexfToDataset(r.file, opt), format: 'gexf' };
    case 'graphml':
      return { ...graphmlToDataset(r.file, opt), format: 'graphml' };
    case 'cytoscape':
      return { ...cytoscapeToDataset(r.file, r.data, opt), format: 'cytoscape' };
  }
}

/** A file-name stem from a title: "Regional … October 2016" → "regional-october-2016". */
export function fileStem(title: string): string {
  const s = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = s.length > 80 ? s.slice(0, 80).replace(/-[^-]*$/, '') : s;
  return cut || 'dataset';
}


/** The files of a dataset in one export format, named after its title. */
export function exportDataset(d: Dataset, format: ExportFormat, today: string): ExportFile[] {
  const stem = fileStem(d.title);
  switch (format) {
    case 'project':
      return [{ ...projectFile(d), name: `${stem}.json` }];
    case 'csv':
      return datasetToCsv(d).map((f) => ({ ...f, name: `${stem}-${f.name}` }));
    case 'gexf':
      return [{ ...datasetToGexf(d, today), name: `${stem}.gexf` }];
    case 'graphml':
      return [{ ...datasetToGraphml(d), name: `${stem}.graphml` }];
    case 'cytoscape':
      return [{ ...datasetToCytoscape(d), name: `${stem}.cyjs` }];
  }
}
