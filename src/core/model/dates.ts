/**
 * Partial ISO 8601 dates: `2016`, `2016-10` or `2016-10-25`.
 *
 * Sources often give only a year or a month, so a date is a range of days:
 * `2016-10` covers 1 to 31 October. Comparisons use the first day (`dateStart`)
 * or the last day (`dateEnd`) of that range, as the question needs.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids DST quirks.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a partial date, or explains in a sentence why it is not one.
 * Never throws.
 */
export function parseDate(text: string): { ok: true; date: ParsedDate } | { ok: false; reason: string } {
  const m = SHAPE.exec(text);
  if (!m) {
    return {
      ok: false,
      // JSON-quoted, so that quotes, backslashes and control characters in the value stay visible and unambiguous.
      reason: `${JSON.stringify(truncate(text))} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD.`,
    };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, date: { year, precision: 'year' } };
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `"${text}" is not a real date: there is no month ${month}.` };
  }
  if (m[3] === undefined) return { ok: true, date: { year, month, precision: 'month' } };
  const day = Number(m[3]);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return {
      ok: false,
      reason: `"${text}" is not a real date: ${MONTHS[month - 1]} ${year} has ${max} days.`,
    };
  }
  return { ok: true, date: { year, month, day, precision: 'day' } };
}

export function isValidDate(text: string): boolean {
  return parseDate(text).ok;
}

/** First day covered by a partial date, as `YYYY-MM-DD`; undefined if invalid. */
export function dateStart(text: string): string | undefined {
  const p = parseDate(text);
  if (!p.ok) return undefined;
  const { year, month = 1, day = 1 } = p.date;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Last day covered by a partial date, as `YYYY-MM-DD`; undefined if invalid. */
export function dateEnd(text: string): string | undefined {
  const p = parseDate(text);
  if (!p.ok) return undefined;
  const { year } = p.date;
  const month = p.date.month ?? 12;
  const day = p.date.day ?? daysInMonth(year, month);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Milliseconds since the epoch (UTC) of the first day covered. */
export function dateToTime(text: string): number | undefined {
  const s = dateStart(text);
  return s === undefined ? undefined : Date.parse(`${s}T00:00:00Z`);
}

/** Human form: "2016", "October 2016", "25 October 2016". */
export function formatDate(text: string): string {
  const p = parseDate(text);
  if (!p.ok) return text;
  const { year, month, day } = p.date;
  if (month === undefined) return String(year);
  if (day === undefined) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "25–26 October 2016", "30 September 2016", "2015–2018". */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const a = parseDate(start);
  const b = parseDate(end);
  if (a.ok && b.ok && a.date.precision === 'day' && b.date.precision === 'day'
    && a.date.year === b.date.year && a.date.month === b.date.month) {
    return `${a.date.day}–${b.date.day} ${MONTHS[(a.date.month ?? 1) - 1]} ${a.date.year}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** True when the partial-date range [start, end] overlaps [from, to] (either bound optional). */
export function overlaps(start: string, end: string | undefined, from?: string, to?: string): boolean {
  const s = dateStart(start);
  const e = dateEnd(end ?? start);
  if (s === undefined || e === undefined) return false;
  if (from !== undefined) {
    const f = dateStart(from);
    if (f !== undefined && e < f) return false;
  }
  if (to !== undefined) {
    const t = dateEnd(to);
    if (t !== undefined && s > t) return false;
  }
  return true;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
