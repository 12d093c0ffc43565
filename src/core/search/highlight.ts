/**
 * Highlighting without HTML: a text becomes segments, marked where a matched
 * word is. The UI renders marked segments as <mark> elements.
 *
 * A word is marked when its folded form is one of the document terms the
 * search matched; when a query word is a prefix of it, only that prefix is
 * marked ("Thai|land"). In scripts without spaces, every occurrence of a query
 * word inside the text is marked.
 */
import { foldMapped } from './normalize.ts';
import { isSpaceless, tokens } from './tokenize.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Matcher {
  /** Folded document terms that matched. */
  docTerms: ReadonlySet<string>;
  /** Folded query words. */
  queryTerms: readonly string[];
}

/** Marks, for each UTF-16 unit of `text`, whether it is part of a match. */
function markText(text: string, m: Matcher): Uint8Array {
  const marks = new Uint8Array(text.length);
  const toks = tokens(text);
  const fill = (from: number, to: number) => marks.fill(1, from, to);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.spaceless) continue;
    const next = toks[i + 1];
    // Two words written together ("vietnam" for "Viet Nam"): mark both, unless a query
    // word is a prefix of the first one alone ("commit" in "COMMIT Sub-regional").
    const pair = next && !next.spaceless ? t.norm + next.norm : '';
    if (pair && m.docTerms.has(pair) && /^[\s\-‐‑]*$/.test(text.slice(t.end, next!.start))
      && !m.queryTerms.some((q) => t.norm.startsWith(q))) {
      fill(t.start, next!.end);
      continue;
    }
    if (!m.docTerms.has(t.norm)) continue;
    let prefix = 0;
    for (const q of m.queryTerms) if (q.length > prefix && q.length < t.norm.length && t.norm.startsWith(q)) prefix = q.length;
    if (prefix === 0) {
      fill(t.start, t.end);
    } else {
      const { map } = foldMapped(t.text);
      fill(t.start, t.start + (map[prefix] ?? t.text.length));
    }
  }
  const spaceless = m.queryTerms.filter(isSpaceless);
  if (spaceless.length > 0) {
    const { folded, map } = foldMapped(text);
    for (const q of spaceless) {
      let at = folded.indexOf(q);
      while (at >= 0) {
        fill(map[at]!, map[at + q.length]!);
        at = folded.indexOf(q, at + q.length);
      }
    }
  }
  return marks;
}

function toSegments(text: string, marks: Uint8Array, from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || marks[i] !== marks[start]) {
      out.push({ text: text.slice(start, i), mark: marks[start] === 1 });
      start = i;
    }
  }
  return out;
}

/** The whole text, in segments. */
export function highlight(text: string, m: Matcher): Segment[] {
  if (text === '') return [];
  return toSegments(text, markText(text, m));
}

export function hasMark(segments: readonly Segment[]): boolean {
  return segments.some((s) => s.mark);
}

/**
 * A window of about `width` characters around the first match, cut at spaces,
 * with ellipses where text was left out; null when nothing in the text matched.
 */
export function snippet(text: string, m: Matcher, width = 90): Segment[] | null {
  const marks = markText(text, m);
  const first = marks.indexOf(1);
  if (first < 0) return null;
  if (text.length <= width) return toSegments(text, marks);
  let from = Math.max(0, first - Math.floor(width / 3));
  let to = Math.min(text.length, from + width);
  from = Math.max(0, to - width);
  // Move the cuts to the nearest space so that no word is split (if there is one close by).
  if (from > 0) {
    const sp = text.indexOf(' ', from);
    if (sp >= 0 && sp < first) from = sp + 1;
  }
  if (to < text.length) {
    const sp = text.lastIndexOf(' ', to);
    if (sp > first) to = sp;
  }
  const segs = toSegments(text, marks, from, to);
  if (from > 0) segs.unshift({ text: '…', mark: false });
  if (to < text.length) segs.push({ text: '…', mark: false });
  return segs;
}
