/**
 * Reading and converting the files of one dataset: the work the parse Worker
 * does (and the main thread, for small files or where Workers are missing).
 */
import { importFiles } from '../core/formats/index.ts';
import type { ImportBase, ImportResult, InputFile } from '../core/formats/index.ts';
import { readText } from './read.ts';
import type { LoadProgress } from './progress.ts';

/** A file's content and the name it is known by. */
export interface NamedBlob {
  name: string;
  blob: Blob;
}

export interface ParseOptions {
  base?: ImportBase | null;
  today: string;
  origin: string;
}

export async function parseFiles(files: readonly NamedBlob[], opt: ParseOptions, onProgress: (p: LoadProgress) => void): Promise<ImportResult> {
  const total = files.reduce((n, f) => n + f.blob.size, 0);
  let before = 0;
  const texts: InputFile[] = [];
  for (const f of files) {
    onProgress({ phase: 'reading', origin: opt.origin, loaded: before, total });
    const text = await readText(f.blob, (loaded) => onProgress({ phase: 'reading', origin: opt.origin, loaded: before + loaded, total }));
    before += f.blob.size;
    texts.push({ name: f.name, text });
  }
  return importFiles(texts, {
    base: opt.base ? { sources: opt.base.sources, relationTypes: opt.base.relationTypes } : null,
    today: opt.today,
    onPhase: (phase) => onProgress({ phase, origin: opt.origin }),
  });
}
