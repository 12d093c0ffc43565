import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attributeColumn, entityToRow, formatCitation, joinList, parseAttributeColumn, parseCitation, parseParticipants,
  relationToRow, rowToEntity, rowToRelation, rowToRelationType, rowToSource, splitList,
} from '../../../src/core/formats/rows.ts';
import type { Row, RowContext } from '../../../src/core/formats/rows.ts';
import { entity } from '../helpers/build.ts';
import { text } from './arbitrary.ts';

function ctx(lenient = false) {
  const errors: [string, string][] = [];
  const extras: string[] = [];
  const c: RowContext = { lenient, error: (col, msg) => errors.push([col, msg]), extra: (col) => extras.push(col) };
  return { c, errors, extras };
}

describe('lists', () => {
  it('joinList escapes | and \\ so that splitList gives the items back', () => {
    expect(joinList(['a|b', 'c\\d', 'e'])).toBe('a\\|b|c\\\\d|e');
    fc.assert(fc.property(fc.array(text(10), { maxLength: 4 }), (items) => {
      expect(splitList(joinList(items))).toEqual(items);
    }));
  });

  it('splitList trims items and drops empty ones', () => {
    expect(splitList(' a | | b|')).toEqual(['a', 'b']);
  });
});

describe('citations', () => {
  it('formatCitation writes source#paragraph (note)', () => {
    expect(formatCitation({ source: 'post-1', paragraph: 3, note: 'panel discussion' })).toBe('post-1#3 (panel discussion)');
    expect(formatCitation({ source: 'post-1' })).toBe('post-1');
  });

  it('parseCitation reads what formatCitation writes, notes with brackets too', () => {
    for (const c of [{ source: 'p' }, { source: 'p', paragraph: 2 }, { source: 'p', note: 'a (b) c)' }, { source: 'p', paragraph: 1, note: '' }]) {
      expect(parseCitation(formatCitation(c))).toEqual({ ok: true, value: c });
    }
  });

  it('parseCitation explains a paragraph that is not a number, and a missing source', () => {
    expect(parseCitation('post-1#three')).toEqual({ ok: false, reason: 'the paragraph after "#" in "post-1#three" should be a whole number from 1, like post-1#3' });
    expect(parseCitation('post-1#0')).toMatchObject({ ok: false });
    expect(parseCitation('#3')).toEqual({ ok: false, reason: '"#3" does not name a source; write the source id first, like post-1#3' });
  });
});

describe('participants', () => {
  it('reads 120, ~120 and words for approximate counts', () => {
    expect(parseParticipants('120')).toEqual({ ok: true, value: { count: 120 } });
    expect(parseParticipants('~40')).toEqual({ ok: true, value: { count: 40, approximate: true } });
    expect(parseParticipants('about 40')).toEqual({ ok: true, value: { count: 40, approximate: true } });
    expect(parseParticipants(7)).toEqual({ ok: true, value: { count: 7 } });
  });

  it('explains what it cannot read', () => {
    expect(parseParticipants('many')).toEqual({ ok: false, reason: '"many" is not a number of participants; write 120, or ~120 for an approximate count' });
    expect(parseParticipants(2.5)).toEqual({ ok: false, reason: '2.5 is not a whole number' });
  });
});

describe('attribute columns', () => {
  it('name text, number and boolean columns', () => {
    expect(attributeColumn('Outcome 4.1', 'x')).toBe('attr:Outcome 4.1');
    expect(attributeColumn('count', 3)).toBe('attr:count [number]');
    expect(attributeColumn('ok', true)).toBe('attr:ok [boolean]');
    expect(parseAttributeColumn('attr:count [number]')).toEqual({ key: 'count', kind: 'number' });
    expect(parseAttributeColumn('attr:Outcome 4.1')).toEqual({ key: 'Outcome 4.1', kind: 'text' });
    expect(parseAttributeColumn('attr: ')).toBeNull();
    expect(parseAttributeColumn('name')).toBeNull();
  });
});

describe('entity rows', () => {
  it('entityToRow flattens location, participants, period, lists and attributes', () => {
    const e = entity('e1', 'event', {
      name: 'Workshop', aliases: ['W|1'], start: '2016-10-25', end: '2016-10-26', location: { place: 'Bangkok', country: 'th' },
      participants: { count: 40, approximate: true }, attributes: { n: 2, label: 'x', ok: false },
      citations: [{ source: 's1', paragraph: 1 }, { source: 's2', note: 'n' }],
    });
    expect(entityToRow(e)).toEqual({
      id: 'e1', type: 'event', name: 'Workshop', aliases: 'W\\|1', start: '2016-10-25', end: '2016-10-26', place: 'Bangkok', country: 'th',
      participants: '~40', citations: 's1#1|s2 (n)', 'attr:n [number]': 2, 'attr:label': 'x', 'attr:ok [boolean]': false,
    });
    const p = entity('p1', 'publication', { period: { start: '2015', end: '2018' }, url: 'https://x.org' });
    expect(entityToRow(p)).toMatchObject({ period_start: '2015', period_end: '2018', url: 'https://x.org' });
  });

  it('rowToEntity reads the row back into the dataset shape', () => {
    const { c, errors } = ctx();
    const row: Row = { id: 'e1', type: 'Event', name: ' Workshop ', start: '2016', place: 'Bangkok', participants: '12', citations: 's1#2', 'attr:n [number]': '3' };
    expect(rowToEntity(row, c, 'Event')).toEqual({
      id: 'e1', type: 'event', name: 'Workshop', start: '2016', location: { place: 'Bangkok' }, participants: { count: 12 },
      citations: [{ source: 's1', paragraph: 2 }], attributes: { n: 3 },
    });
    expect(errors).toEqual([]);
  });

  it('says which columns do not apply to the entity type', () => {
    const { c, errors } = ctx();
    rowToEntity({ id: 'o', type: 'organization', name: 'O', start: '2016', role: 'x', citations: 's' }, c, 'organization');
    expect(errors).toEqual([
      ['start', 'The column "start" does not apply to an organization (it is for events); leave it empty.'],
      ['role', 'The column "role" does not apply to an organization (it is for people); leave it empty.'],
    ]);
  });

  it('in lenient mode keeps such columns as attributes instead', () => {
    const { c, errors, extras } = ctx(true);
    expect(rowToEntity({ id: 'o', name: 'O', start: '2016' }, c, 'organization').attributes).toEqual({ start: '2016' });
    expect(errors).toEqual([]);
    expect(extras).toEqual(['start']);
  });

  it('keeps unknown columns as attributes and reports them', () => {
    const { c, extras } = ctx();
    expect(rowToEntity({ id: 'o', name: 'O', website: 'x.org' }, c, 'organization').attributes).toEqual({ website: 'x.org' });
    expect(extras).toEqual(['website']);
  });

  it('explains cells it cannot read', () => {
    const { c, errors } = ctx();
    rowToEntity({
      id: 'e', name: 'E', participants: 'lots', citations: 's#x|t', 'attr:n [number]': 'abc', 'attr:b [boolean]': 'maybe', sensitive: 'perhaps',
    }, c, 'event');
    expect(errors).toEqual([
      ['participants', '"lots" is not a number of participants; write 120, or ~120 for an approximate count.'],
      ['citations', 'Citation 1 cannot be read: the paragraph after "#" in "s#x" should be a whole number from 1, like post-1#3.'],
      ['attr:n [number]', '"abc" is not a number; this attribute column holds numbers.'],
      ['attr:b [boolean]', '"maybe" is not true or false; this attribute column holds true or false.'],
      ['sensitive', '"perhaps" is not true or false.'],
    ]);
  });

  it('reads sensitive flags and withheld fields', () => {
    const { c } = ctx();
    expect(rowToEntity({ id: 'p', name: 'P', sensitive: 'yes', sensitive_fields: 'role|phone' }, c, 'person')).toMatchObject({ sensitive: true, sensitiveFields: ['role', 'phone'] });
  });
});

describe('relation, source and relation type rows', () => {
  it('relationToRow and rowToRelation are inverse', () => {
    const r = { id: 'r1', source: 'a', target: 'b', type: 't', date: '2016', citations: [{ source: 's', paragraph: 1 }], attributes: { w: 2 } };
    const row = relationToRow(r);
    expect(row).toEqual({ id: 'r1', source: 'a', target: 'b', type: 't', date: '2016', citations: 's#1', 'attr:w [number]': 2 });
    const { c } = ctx();
    expect(rowToRelation(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])), c)).toEqual(r);
  });

  it('rowToSource checks paragraphs and columns', () => {
    const { c, errors } = ctx();
    expect(rowToSource({ id: 's', title: 'T', publisher: 'P', date: '2016', paragraphs: '4' }, c)).toEqual({ id: 's', title: 'T', publisher: 'P', date: '2016', paragraphs: 4 });
    rowToSource({ id: 's', paragraphs: 'four', author: 'x' }, c);
    expect(errors).toEqual([
      ['paragraphs', '"four" is not a number of paragraphs (a whole number from 1).'],
      ['author', 'The column "author" is not part of a sources file (its columns are id, title, publisher, date, url, paragraphs).'],
    ]);
  });

  it('rowToRelationType checks collaborative and columns', () => {
    const { c, errors } = ctx();
    expect(rowToRelationType({ id: 't', label: 'l', inverseLabel: 'i', collaborative: 'yes' }, c)).toEqual({ id: 't', label: 'l', inverseLabel: 'i', collaborative: true });
    rowToRelationType({ id: 't', collaborative: 'often', colour: 'red' }, c);
    expect(errors).toEqual([
      ['collaborative', '"often" is not true or false.'],
      ['colour', 'The column "colour" is not part of a relation types file (its columns are id, label, inverseLabel, collaborative, description).'],
    ]);
  });
});
