import { describe, expect, it } from 'vitest';
import { dateEnd, dateStart, formatDate, formatDateRange, overlaps, parseDate } from '../../../src/core/model/dates.ts';

describe('partial dates', () => {
  it('parseDate accepts year, month and day precision', () => {
    expect(parseDate('2016')).toEqual({ ok: true, date: { year: 2016, precision: 'year' } });
    expect(parseDate('2016-02')).toEqual({ ok: true, date: { year: 2016, month: 2, precision: 'month' } });
    expect(parseDate('2016-02-29').ok).toBe(true);
  });
  it('parseDate rejects impossible dates with a reason', () => {
    expect(parseDate('2015-02-29')).toEqual({ ok: false, reason: '"2015-02-29" is not a real date: February 2015 has 28 days.' });
    expect(parseDate('2016-00').ok).toBe(false);
    expect(parseDate('16-10-2016').ok).toBe(false);
  });
  it('dateStart and dateEnd give the first and last day covered', () => {
    expect(dateStart('2016-02')).toBe('2016-02-01');
    expect(dateEnd('2016-02')).toBe('2016-02-29');
    expect(dateEnd('2016')).toBe('2016-12-31');
  });
  it('formatDate and formatDateRange read naturally', () => {
    expect(formatDate('2016-10')).toBe('October 2016');
    expect(formatDateRange('2016-10-25', '2016-10-26')).toBe('25–26 October 2016');
    expect(formatDateRange('2015', '2018')).toBe('2015 – 2018');
  });
  it('overlaps compares partial ranges', () => {
    expect(overlaps('2016-10-25', undefined, '2016-10', '2016-10')).toBe(true);
    expect(overlaps('2015-12', undefined, '2016')).toBe(false);
    expect(overlaps('2016-02', undefined, undefined, '2016-02-01')).toBe(true);
  });
});
