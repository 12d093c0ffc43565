/**
 * An error report never quotes what a file marks as sensitive: a message about
 * a sensitive entity, relation or field names the place and the problem, and
 * leaves the value out. The same mistakes in ordinary items are still quoted,
 * so the report stays useful where nothing is private.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import type { ValidationIssue } from '../../../src/core/model/validate.ts';

type Obj = Record<string, unknown>;
const base = readFileSync(new URL('../../fixtures/broken/valid/sensitive.json', import.meta.url), 'utf8');

function broken(edit: (d: { entities: Obj[]; relations: Obj[] }) => void): ValidationIssue[] {
  const d = JSON.parse(base) as { entities: Obj[]; relations: Obj[] };
  edit(d);
  const r = parseDatasetText(JSON.stringify(d));
  if (r.ok) throw new Error('the edited file should not be valid');
  return r.errors;
}
const at = (errors: ValidationIssue[], path: string) => errors.filter((e) => e.path === path).map((e) => e.message);
const leaks = (errors: ValidationIssue[], secrets: string[]) =>
  errors.flatMap((e) => secrets.filter((s) => `${e.path} ${e.message}`.toLowerCase().includes(s.toLowerCase())).map((s) => `${e.path}: ${e.message} (quotes ${s})`));

const SURVIVOR = 'person-secret-survivor';
const index = (list: Obj[], id: string) => list.findIndex((x) => x.id === id);

describe('validation messages about sensitive items', () => {
  it('a sensitive entity with a bad date, a bad type, a dangling citation and a 300-character id: each problem is named at its path, no value is quoted', () => {
    const secrets = ['SECRET-START', '2016-13-45', 'month 13', '2016-10-20', '2016-10-01', 'SECRET-KIND', 'SECRET-COUNT', 'SECRET-SOURCE', 'SECRET-COUNTRY', 'SECRET-LONG-ID', 'SECRET-TYPE', 'SECRET-PARTICIPANTS'];
    const errors = broken((d) => {
      d.entities.push(
        { id: 'event-secret-a', type: 'event', name: 'A', sensitive: true, start: 'SECRET-START', kind: 'SECRET-KIND', participants: { count: 'SECRET-COUNT' }, citations: [{ source: 'SECRET-SOURCE' }] },
        { id: 'event-secret-b', type: 'event', name: 'B', sensitive: true, start: '2016-13-45', location: { country: 'SECRET-COUNTRY' }, citations: [{ source: 's-report' }] },
        { id: 'event-secret-c', type: 'event', name: 'C', sensitive: true, start: '2016-10-20', end: '2016-10-01', citations: [{ source: 's-report' }] },
        { id: `SECRET-LONG-ID-${'x'.repeat(300)}`, type: 'topic', name: 'D', sensitive: true, citations: [{ source: 's-report' }] },
        { id: 'secret-e', type: 'SECRET-TYPE', name: 'E', sensitive: true, citations: [{ source: 's-report' }] },
        { id: 'secret-f', type: 'event', name: 'F', sensitive: 'yes', start: '2016', participants: { count: -1, approximate: 'SECRET-PARTICIPANTS' }, citations: [{ source: 's-report' }] },
      );
    });
    const n = index(JSON.parse(base).entities as Obj[], 'event-safehouse') + 1;
    expect(at(errors, `$.entities[${n}].start`).join(' ')).toMatch(/"start" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD \(not quoted: it is marked sensitive\)/);
    expect(at(errors, `$.entities[${n}].kind`).join(' ')).toMatch(/must be one of .* but it is a text \(not quoted/);
    expect(at(errors, `$.entities[${n}].participants.count`).join(' ')).toMatch(/should be a (whole )?number, but it is a text \(not quoted/);
    expect(at(errors, `$.entities[${n}].citations[0].source`).join(' ')).toMatch(/Citation points to source \(not quoted.*not declared/);
    expect(at(errors, `$.entities[${n + 1}].start`).join(' ')).toMatch(/"start" is not a real date/);
    expect(at(errors, `$.entities[${n + 1}].location.country`).join(' ')).toMatch(/not an entity in this dataset/);
    expect(at(errors, `$.entities[${n + 2}].end`).join(' ')).toMatch(/The end date is before the start date/);
    expect(at(errors, `$.entities[${n + 3}].id`).join(' ')).toMatch(/at most 200 characters long/);
    expect(at(errors, `$.entities[${n + 4}].type`).join(' ')).toMatch(/Unknown entity type \(not quoted/);
    expect(at(errors, `$.entities[${n + 5}].sensitive`).join(' ')).toMatch(/should be true or false/);
    expect(at(errors, `$.entities[${n + 5}].participants.count`).join(' ')).toMatch(/at least 0, but it is a number \(not quoted/);
    expect(leaks(errors, secrets)).toEqual([]);
  });

  it('a field named in "sensitiveFields" (a field of the entity or one of its attributes) is not quoted; its other fields are', () => {
    const errors = broken((d) => {
      const safehouse = d.entities.find((e) => e.id === 'event-safehouse')!;
      Object.assign(safehouse, { start: '2016-02-30', kind: 'OPEN-KIND', attributes: { contact: ['SECRET-CONTACT'], code: null }, sensitiveFields: ['start', 'code'] });
      const worker = d.entities.find((e) => e.id === 'person-worker')!;
      Object.assign(worker, { role: 987654321, aliases: ['SECRET-ALIAS', ''] });
    });
    const safe = index(JSON.parse(base).entities as Obj[], 'event-safehouse');
    const worker = index(JSON.parse(base).entities as Obj[], 'person-worker');
    expect(at(errors, `$.entities[${safe}].start`).join(' ')).toMatch(/"start" is not a real date/);
    expect(at(errors, `$.entities[${worker}].role`).join(' ')).toMatch(/should be a text, but it is a number \(not quoted/);
    expect(leaks(errors, ['2016-02-30', 'February', '987654321', 'SECRET-ALIAS', 'SECRET-CONTACT'])).toEqual([]);
    // Not marked: still quoted, so the reader can find it.
    expect(at(errors, `$.entities[${safe}].kind`).join(' ')).toContain('"OPEN-KIND"');
  });

  it('a sensitive relation: its id, ends, type and date are not quoted; ids of sensitive entities are not quoted elsewhere either', () => {
    const errors = broken((d) => {
      d.relations.push(
        { id: 'rel-secret-meeting', source: 'SECRET-DANGLING', type: 'SECRET-REL-TYPE', target: 'org-alpha', date: '2016-99', sensitive: true, citations: [{ source: 's-report', paragraph: 99 }] },
        { source: 'country-secretzulu', type: 'participated-in', target: 'country-secretzulu', citations: [{ source: 's-report' }] },
      );
      d.entities.push(
        { id: SURVIVOR, type: 'person', name: 'Duplicate of a sensitive id', citations: [{ source: 's-report' }] },
        { id: 'event-x', type: 'event', name: 'X', start: '2016', location: { country: SURVIVOR }, citations: [{ source: 's-report' }] },
      );
    });
    const r = (JSON.parse(base) as { relations: Obj[] }).relations.length;
    expect(at(errors, `$.relations[${r}].id`).join(' ')).toMatch(/Duplicate relation id \(not quoted/);
    expect(at(errors, `$.relations[${r}].source`).join(' ')).toMatch(/Relation source \(not quoted.*not an entity/);
    expect(at(errors, `$.relations[${r}].type`).join(' ')).toMatch(/Unknown relation type \(not quoted/);
    expect(at(errors, `$.relations[${r}].date`).join(' ')).toMatch(/"date" is not a real date/);
    expect(at(errors, `$.relations[${r}].citations[0].paragraph`).join(' ')).toMatch(/paragraph does not exist/);
    expect(at(errors, `$.relations[${r + 1}].target`).join(' ')).toMatch(/Relation points from \(not quoted.*to itself/);
    expect(errors.some((e) => e.message.startsWith('Duplicate entity id (not quoted'))).toBe(true);
    expect(errors.some((e) => /Location country \(not quoted: it is marked sensitive\) is a person, not a country/.test(e.message))).toBe(true);
    expect(leaks(errors, ['rel-secret-meeting', 'SECRET-DANGLING', 'SECRET-REL-TYPE', '2016-99', 'month 99', 'Paragraph 99', SURVIVOR, 'secretzulu'])).toEqual([]);
  });

  it('a cycle through a sensitive entity is reported without naming the entities on it', () => {
    const errors = broken((d) => {
      d.relations.push(
        { source: 'event-summit', type: 'part-of', target: 'event-safehouse', citations: [{ source: 's-report' }] },
        { source: 'event-safehouse', type: 'part-of', target: 'country-secretzulu', citations: [{ source: 's-report' }] },
        { source: 'country-secretzulu', type: 'part-of', target: 'event-summit', citations: [{ source: 's-report' }] },
      );
    });
    expect(errors.map((e) => e.message).join('\n')).toMatch(/must not form a cycle, but this one closes a cycle through 3 entities \(not named: some of them are marked sensitive\)/);
    expect(leaks(errors, ['secretzulu'])).toEqual([]);
  });

  it('the same mistakes in items not marked sensitive are quoted', () => {
    const errors = broken((d) => {
      d.entities.push({ id: 'event-open', type: 'event', name: 'Open', start: '2016-13-45', kind: 'OPEN-KIND', citations: [{ source: 'OPEN-SOURCE' }] });
      d.relations.push({ source: 'org-alpha', type: 'OPEN-TYPE', target: 'OPEN-TARGET', citations: [{ source: 's-report' }] });
    });
    const text = errors.map((e) => e.message).join('\n');
    for (const s of ['"2016-13-45" is not a real date: there is no month 13', '"OPEN-KIND"', '"OPEN-SOURCE"', '"OPEN-TYPE"', '"OPEN-TARGET"']) expect(text).toContain(s);
  });
});
