/**
 * XML for the GEXF and GraphML converters: escaping for writing, and a small
 * element tree read with fast-xml-parser (pure JS, so it runs in the Worker
 * and in Node tests alike; DOMParser exists in neither).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ValidationIssue } from '../model/validate.ts';

export interface XmlNode {
  /** Local name, without namespace prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text directly inside the element (CDATA included). */
  text: string;
}

/** XML 1.0 cannot hold most control characters, lone surrogates or U+FFFE/U+FFFF: they become U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g; // eslint-disable-line no-control-regex

export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

export function escText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** For attribute values: newlines and tabs as character references, or parsers turn them into spaces. */
export function escAttr(s: string): string {
  return escText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** `name="value"` pairs, skipping undefined values. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escAttr(String(v))}"`)
    .join('');
}

type Raw = Record<string, unknown>;

function toNodes(list: unknown[]): { nodes: XmlNode[]; text: string } {
  const nodes: XmlNode[] = [];
  let text = '';
  for (const item of list as Raw[]) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (name === undefined) continue;
    if (name === '#text') {
      text += String(item['#text']);
      continue;
    }
    if (name.startsWith('?') || name.startsWith('!')) continue;
    const inner = toNodes((item[name] as unknown[]) ?? []);
    const a: Record<string, string> = {};
    for (const [k, v] of Object.entries((item[':@'] as Raw | undefined) ?? {})) a[k] = String(v);
    nodes.push({ name, attrs: a, children: inner.nodes, text: inner.text });
  }
  return { nodes, text };
}

/** Parses a document; on malformed XML, says where (line and column) and what is wrong. */
export function parseXml(text: string, file: string): { root: XmlNode | null; issues: ValidationIssue[] } {
  if (/<!DOCTYPE[^>]*\[/i.test(text.slice(0, 4096))) {
    return { root: null, issues: [{ path: file, message: 'The file declares its own XML entities (a DOCTYPE with an internal subset), which is not supported for safety; remove the DOCTYPE.' }] };
  }
  const check = XMLValidator.validate(text);
  if (check !== true) {
    const { line, col, msg } = check.err;
    return { root: null, issues: [{ path: `${file} line ${line}, column ${col}`, message: `The file is not well-formed XML: ${msg}` }] };
  }
  const parser = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true,
    parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: true, htmlEntities: true,
  });
  const { nodes } = toNodes(parser.parse(text) as unknown[]);
  const root = nodes[0] ?? null;
  if (!root) return { root: null, issues: [{ path: file, message: 'The file holds no XML element.' }] };
  return { root, issues: [] };
}

export function child(n: XmlNode, name: string): XmlNode | undefined {
  return n.children.find((c) => c.name === name);
}

export function childrenNamed(n: XmlNode, name: string): XmlNode[] {
  return n.children.filter((c) => c.name === name);
}
