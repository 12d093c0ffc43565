/**
 * Reading and converting the files of one dataset on the main thread (small
 * files, or where Workers are missing), with every converter at hand: this
 * chunk is what src/warm.ts fetches ahead of need, so that files open and
 * exports work offline. The parse Worker reads the same way (read.ts) but
 * loads only the converter a file needs.
 */
import { importFiles } from '../core/formats/index.ts';
import type { ImportResult } from '../core/formats/index.ts';
import { readAndConvert } from './read.ts';
import type { NamedBlob, ParseOptions } from './read.ts';
import type { LoadProgress } from './progress.ts';

export type { NamedBlob, ParseOptions } from './read.ts';

export function parseFiles(files: readonly NamedBlob[], opt: ParseOptions, onProgress: (p: LoadProgress) => void): Promise<ImportResult> {
  return readAndConvert(files, opt, onProgress, importFiles);
}
