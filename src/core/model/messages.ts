/**
 * Turns schema issues into plain sentences with a JSON path, for people who
 * write datasets by hand.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { parseDate } from './dates.ts';
import { DATE_PATTERN } from './schema.ts';
import { locateJsonError } from './json-locate.ts';
import { NOT_QUOTED } from './sensitive-scope.ts';

export interface ValidationIssue {
  /** JSONPath-like location: `$.entities[3].start`. `$` is the whole file. */
  path: string;
  /** One plain sentence saying what is wrong. */
  message: string;
}

type Key = PropertyKey;

export function formatPath(path: readonly Key[]): string {
  let out = '$';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) out += `.${k}`;
    else out += `[${JSON.stringify(String(k))}]`;
  }
  return out;
}

/**
 * The value in words: `the text "abc"`, `the number 3`, `a list (2 items)`.
 * With `hide` (the value is marked sensitive), texts and numbers are described
 * by their kind only.
 */
export function describeValue(v: unknown, hide = false): string {
  if (hide && (typeof v === 'string' || typeof v === 'number')) return `${typeof v === 'string' ? 'a text' : 'a number'} (${NOT_QUOTED})`;
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list (${v.length} item${v.length === 1 ? '' : 's'})`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${quote(v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return typeof v;
}

export function quote(s: string, max = 60): string {
  const shown = s.length > max ? `${s.slice(0, max)}…` : s;
  return JSON.stringify(shown);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text', number: 'a number', int: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'an object', record: 'an object',
};

function fieldName(path: readonly Key[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    // An item of a list: "Item 6 of "entities"", not ""entities"", which is the list itself.
    if (typeof k === 'string') return i === path.length - 1 ? quote(k) : `Item ${String(path[path.length - 1])} of ${quote(k)}`;
  }
  return 'The dataset';
}

/**
 * One zod issue → one or more validation issues (unions expand to their best branch).
 * `hide`: the issue lies in an item or field marked sensitive, so the message
 * names the place and the problem but quotes no value.
 */
export function fromZodIssue(issue: $ZodIssue, hide = false): ValidationIssue[] {
  const path = formatPath(issue.path);
  const field = fieldName(issue.path);
  const input = issue.input;
  const describe = (v: unknown) => describeValue(v, hide);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (input === undefined) {
        return [{ path, message: `Required field ${field} is missing; it should be ${expected}.` }];
      }
      return [{ path, message: `${field} should be ${expected}, but it is ${describe(input)}.` }];
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return [{ path, message: `${field} must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}; it is empty.` }];
      }
      if (issue.origin === 'string') return [{ path, message: `${field} must not be empty.` }];
      return [{ path, message: `${field} must be at least ${issue.minimum}, but it is ${describe(input)}.` }];
    }
    case 'too_big':
      return [{ path, message: `${field} must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters long' : ''}.` }];
    case 'invalid_format': {
      if (issue.format === 'regex' && issue.pattern === String(DATE_PATTERN) && typeof input === 'string') {
        if (hide) return [{ path, message: `${field} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD (${NOT_QUOTED}).` }];
        const p = parseDate(input);
        return [{ path, message: `${field}: ${p.ok ? 'not a valid date.' : p.reason}` }];
      }
      return [{ path, message: `${field} is not in the expected format (${issue.format}).` }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (issue.path.length === 1 && issue.path[0] === 'format') {
        return [{ path, message: `This is not a dataset of this explorer: "format" must be ${allowed}, but it is ${describe(input)}.` }];
      }
      if (issue.values.length === 1) {
        return [{ path, message: `${field} must be ${allowed}, but it is ${describe(input)}.` }];
      }
      return [{ path, message: `${field} must be one of ${allowed}, but it is ${describe(input)}.` }];
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => quote(k)).join(', ');
      return [{ path, message: `Unknown field${issue.keys.length === 1 ? '' : 's'} ${keys}: check the spelling against the format reference, or put custom data under "attributes".` }];
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const options = ('options' in issue ? issue.options ?? [] : []).map((o: unknown) => JSON.stringify(o)).join(', ');
        const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[issue.discriminator] : undefined;
        const last = issue.path[issue.path.length - 1];
        const where = formatPath(last === issue.discriminator ? issue.path : [...issue.path, issue.discriminator]);
        const what = issue.path.includes('entities') ? 'entity type' : issue.discriminator;
        if (value === undefined) {
          return [{ path: where, message: `Required field "${issue.discriminator}" is missing; it should be one of ${options}.` }];
        }
        if (typeof value !== 'string') {
          return [{ path: where, message: `"${issue.discriminator}" should be one of ${options}, but it is ${describe(value)}.` }];
        }
        return [{ path: where, message: `Unknown ${what} ${hide ? `(${NOT_QUOTED})` : quote(value)}; it should be one of ${options}.` }];
      }
      return [{ path, message: `${field} does not match any allowed shape.` }];
    }
    default:
      // Not reached by this schema's checks. zod/mini carries no English messages, so say it here.
      return [{ path, message: `${field} is not valid (${issue.code.replaceAll('_', ' ')}).` }];
  }
}

/**
 * Said of a web page opened as a dataset: what a server sends when an address
 * is wrong (a "not found" or sign-in page served with status 200), or a page
 * saved by mistake.
 */
export const WEB_PAGE_MESSAGE = 'This is a web page (HTML), not a dataset. A server sends such a page when an address is wrong (a "not found" or sign-in page): check that the address points to the dataset file itself.';

/** True when a text is an HTML page: a doctype html, or an <html>, <head> or <body> first element (after comments and an XML declaration). */
export function looksLikeWebPage(textValue: string): boolean {
  const head = textValue.slice(0, 65536).replace(/^\uFEFF/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html[\s>]|<(?:html|head|body)[\s/>])/i.test(head);
}

/** Line and column (both from 1) of a character offset in a text. */
export function lineColumn(textValue: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  const end = Math.min(offset, textValue.length);
  for (let i = 0; i < end; i++) {
    if (textValue.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: end - lastBreak };
}

/** Explains a JSON.parse failure with a line and column, whatever the engine's wording. */
export function describeJsonError(textValue: string, error: unknown): ValidationIssue {
  const fault = locateJsonError(textValue);
  if (fault) {
    const { line, column } = lineColumn(textValue, fault.offset);
    return { path: '$', message: `The file is not valid JSON: at line ${line}, column ${column}, expected ${fault.expected}.` };
  }
  const raw = error instanceof Error ? error.message : String(error);
  return { path: '$', message: `The file is not valid JSON: ${raw.slice(0, 200)}` };
}
