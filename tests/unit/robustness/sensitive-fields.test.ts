/**
 * `sensitiveFields` withholds what it names, whatever the name: a field and an
 * attribute of the same name both, names that every object inherits
 * ("toString", "constructor"), the whole `attributes` object, and an attribute
 * named like a field that cannot be withheld ("name").
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../../../src/core/model/validate.ts';

type Obj = Record<string, unknown>;
const base = readFileSync(new URL('../../fixtures/broken/valid/sensitive.json', import.meta.url), 'utf8');

/** Loads the fixture with the outreach worker rewritten; returns that entity as loaded and the withheld count. */
function worker(edit: Obj) {
  const d = JSON.parse(base) as { entities: Obj[] };
  const i = d.entities.findIndex((e) => e.id === 'person-worker');
  d.entities[i] = { id: 'person-worker', type: 'person', name: 'Outreach Worker', citations: [{ source: 's-report', paragraph: 5 }], ...edit };
  const r = parseDatasetText(JSON.stringify(d));
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path} ${e.message}`).join('\n'));
  const e = r.dataset.entities.find((x) => x.id === 'person-worker') as Obj;
  // The fixture's other entities withhold one field (an event's place in a withheld country).
  return { e, fields: r.dataset.withheld.fields - 1, text: JSON.stringify(r.dataset) };
}

describe('sensitiveFields', () => {
  it('a name that is both a field and an attribute withholds both', () => {
    const { e, fields, text } = worker({ role: 'SECRET-ROLE', attributes: { role: 'SECRET-ATTR-ROLE', team: 'outreach' }, sensitiveFields: ['role'] });
    expect(e.role).toBeUndefined();
    expect(e.attributes).toEqual({ team: 'outreach' });
    expect(fields).toBe(2);
    expect(text).not.toMatch(/SECRET/);
  });

  it('attributes named like Object.prototype\'s members ("toString", "constructor", "hasOwnProperty") are withheld', () => {
    const { e, fields, text } = worker({ attributes: { toString: 'SECRET-A', constructor: 'SECRET-B', hasOwnProperty: 'SECRET-C', team: 'outreach' }, sensitiveFields: ['toString', 'constructor', 'hasOwnProperty', 'valueOf'] });
    expect(e.attributes).toEqual({ team: 'outreach' });
    expect(fields).toBe(3);
    expect(text).not.toMatch(/SECRET/);
  });

  it('"attributes" withholds all of them, counted as one field', () => {
    const { e, fields, text } = worker({ attributes: { phone: 'SECRET-PHONE', team: 'SECRET-TEAM' }, sensitiveFields: ['attributes'] });
    expect(e).not.toHaveProperty('attributes');
    expect(fields).toBe(1);
    expect(text).not.toMatch(/SECRET/);
  });

  it('"name" keeps the entity\'s name (it cannot be withheld this way) but withholds an attribute called "name"', () => {
    const { e, fields, text } = worker({ attributes: { name: 'SECRET-BIRTH-NAME' }, sensitiveFields: ['name', 'id', 'citations'] });
    expect(e.name).toBe('Outreach Worker');
    expect(e.id).toBe('person-worker');
    expect(e.citations).toEqual([{ source: 's-report', paragraph: 5 }]);
    expect(e.attributes).toEqual({});
    expect(fields).toBe(1);
    expect(text).not.toMatch(/SECRET/);
  });

  it('a name listed twice or naming nothing counts nothing extra, and the list itself is removed', () => {
    const { e, fields } = worker({ role: 'R', sensitiveFields: ['role', 'role', 'nothing-here'] });
    expect(e).not.toHaveProperty('role');
    expect(e).not.toHaveProperty('sensitiveFields');
    expect(fields).toBe(1);
  });
});
