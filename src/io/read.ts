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
