/**
 * Reading the files of one dataset as text, with progress, and handing the
 * texts to a converter: all converters at hand on the main thread
 * (parse-files.ts), or each loaded on first use in the parse Worker.
 * Nothing here imports a converter.
 */
import type { ImportBase, ImportOptions, ImportResult, InputFile } from '../core/formats/types.ts';
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

/** `importFiles` or `importFilesLazily`. */
export type Convert = (files: readonly InputFile[], opt: ImportOptions) => ImportResult | Promise<ImportResult>;

/** Reads every file, reporting the bytes read across all of them, then converts the texts. */
export async function readAndConvert(files: readonly NamedBlob[], opt: ParseOptions, onProgress: (p: LoadProgress) => void, convert: Convert): Promise<ImportResult> {
  const total = files.reduce((n, f) => n + f.blob.size, 0);
  let before = 0;
  const texts: InputFile[] = [];
  for (const f of files) {
    onProgress({ phase: 'reading', origin: opt.origin, loaded: before, total });
    const text = await readText(f.blob, (loaded) => onProgress({ phase: 'reading', origin: opt.origin, loaded: before + loaded, total }));
    before += f.blob.size;
    texts.push({ name: f.name, text });
  }
  return convert(texts, {
    base: opt.base ? { sources: opt.base.sources, relationTypes: opt.base.relationTypes } : null,
    today: opt.today,
    onPhase: (phase) => onProgress({ phase, origin: opt.origin }),
  });
}

/**
 * Reads a file's bytes as text, chunk by chunk, reporting progress. UTF-8
 * unless the file starts with a UTF-16 byte-order mark (Excel's "Unicode text").
 */
export async function readText(blob: Blob, onBytes?: (loaded: number, total: number) => void): Promise<string> {
  const total = blob.size;
  if (typeof blob.stream !== 'function') return blob.text();
  const reader = blob.stream().getReader();
  let decoder: TextDecoder | null = null;
  let text = '';
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!decoder) decoder = new TextDecoder(encodingOf(value));
    loaded += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onBytes?.(loaded, total);
  }
  if (decoder) text += decoder.decode();
  return text;
}

function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
