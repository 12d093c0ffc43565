import { describe, expect, it } from 'vitest';
import { parseDatasetText, validateDataset } from '../../../src/core/model/validate.ts';
import { entity, input, rel } from '../helpers/build.ts';

function errorsOf(data: unknown) {
  const r = validateDataset(data);
  if (r.ok) throw new Error('expected the dataset to be invalid');
  return r.errors;
}

const good = () => input(
  [entity('a'), entity('b'), entity('th', 'country', { name: 'Thailand' }),
    entity('e', 'event', { start: '2016-10-25', end: '2016-10-26', location: { place: 'Bangkok', country: 'th' } })],
  [rel('a', 'co-chaired', 'e'), rel('b', 'participated-in', 'e')],
);

describe('validateDataset', () => {
  it('accepts a well-formed dataset and gives relations ids', () => {
    const r = validateDataset(good());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.relations.map((x) => x.id)).toEqual(['a>co-chaired>e', 'b>participated-in>e']);
  });

  it('reports invalid JSON with line and column', () => {
    const r = parseDatasetText('{\n  "format": "ct-explorer-dataset",\n  "title": }');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/line 3, column 12/);
  });

  it('reports an empty file', () => {
    const r = parseDatasetText('   ');
    expect(!r.ok && r.errors[0]!.message).toMatch(/empty/);
  });

  it('reports a missing field with its path', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    delete d.entities[0]!.name;
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[0].name', message: expect.stringMatching(/Required field "name" is missing/) });
  });

  it('reports a wrongly typed field', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    d.entities[1]!.name = 42;
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[1].name', message: expect.stringMatching(/should be a text, but it is the number 42/) });
  });

  it('reports an unknown entity type', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    d.entities[0]!.type = 'company';
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[0].type', message: expect.stringMatching(/Unknown entity type "company"/) });
  });

  it('reports an unknown relation type, listing the declared ones', () => {
    const d = good();
    d.relations[0]!.type = 'funded';
    expect(errorsOf(d)).toContainEqual({ path: '$.relations[0].type', message: expect.stringMatching(/Unknown relation type "funded".*"co-chaired"/) });
  });

  it('reports a duplicate id', () => {
    const d = good();
    d.entities.push(entity('a'));
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[4].id', message: expect.stringMatching(/Duplicate entity id "a"/) });
  });

  it('reports relations and citations pointing to unknown ids', () => {
    const d = good();
    d.relations.push(rel('a', 'co-chaired', 'nowhere', { citations: [{ source: 'ghost', paragraph: 1 }] }));
    const errors = errorsOf(d);
    expect(errors).toContainEqual({ path: '$.relations[2].target', message: expect.stringMatching(/"nowhere" is not an entity/) });
    expect(errors).toContainEqual({ path: '$.relations[2].citations[0].source', message: expect.stringMatching(/"ghost", which is not declared/) });
  });

  it('reports a paragraph beyond the source length', () => {
    const d = good();
    d.relations[0]!.citations = [{ source: 's1', paragraph: 11 }];
    expect(errorsOf(d)).toContainEqual({ path: '$.relations[0].citations[0].paragraph', message: expect.stringMatching(/has 10 paragraphs/) });
  });

  it('reports impossible and malformed dates', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    d.entities[3]!.start = '2016-13-45';
    d.entities[3]!.end = '25/10/2016';
    const errors = errorsOf(d);
    expect(errors).toContainEqual({ path: '$.entities[3].start', message: expect.stringMatching(/no month 13/) });
    expect(errors).toContainEqual({ path: '$.entities[3].end', message: expect.stringMatching(/not a date in the form YYYY/) });
  });

  it('reports 30 February', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    d.entities[3]!.start = '2016-02-30';
    d.entities[3]!.end = undefined;
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[3].start', message: expect.stringMatching(/February 2016 has 29 days/) });
  });

  it('reports an end before the start', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    d.entities[3]!.end = '2016-10-01';
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[3].end', message: 'The end date 2016-10-01 is before the start date 2016-10-25.' });
  });

  it('reports an event location that is not a country', () => {
    const d = good() as unknown as { entities: { location?: { country: string } }[] };
    d.entities[3]!.location = { country: 'a' };
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[3].location.country', message: expect.stringMatching(/is a organization, not a country/) });
  });

  it('reports a misspelt field', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    d.entities[0]!.descripton = 'x';
    expect(errorsOf(d)).toContainEqual({ path: '$.entities[0]', message: expect.stringMatching(/Unknown field "descripton"/) });
  });

  it('reports every problem at once', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[]; relations: Record<string, unknown>[] };
    d.entities[0]!.name = '';
    d.entities[1]!.citations = [];
    d.relations[1]!.source = 'missing';
    expect(errorsOf(d)).toHaveLength(3);
  });

  it('rejects something that is not a dataset', () => {
    expect(errorsOf([1, 2])[0]!.message).toMatch(/must be a JSON object, but this file holds a list/);
    expect(errorsOf({ format: 'other' })[0]).toEqual({ path: '$.format', message: expect.stringMatching(/not a dataset of this explorer/) });
  });

  it('withholds sensitive entities, their relations and sensitive fields', () => {
    const d = good() as unknown as { entities: Record<string, unknown>[] };
    d.entities[1]!.sensitive = true;
    d.entities[0]!.description = 'private';
    d.entities[0]!.sensitiveFields = ['description'];
    const r = validateDataset(d);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.entities.map((e) => e.id)).not.toContain('b');
    expect(r.dataset.entities.find((e) => e.id === 'a')?.description).toBeUndefined();
    expect(r.dataset.withheld).toEqual({ entities: 1, relations: 1, fields: 1 });
  });
});
