import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { columnLetter, csvToDataset, datasetToCsv, readCsv, roleOf } from '../../../src/core/formats/csv.ts';
import type { ImportBase } from '../../../src/core/formats/types.ts';
import type { LoadResult } from '../../../src/core/model/validate.ts';
import { dataset as build, entity, rel, RELATION_TYPES } from '../helpers/build.ts';
import { bundled, fixture, TODAY } from './fixtures.ts';
const base: ImportBase = { sources: [{ id: 's1', title: 'Doc', publisher: 'Pub', date: '2016-10', paragraphs: 10 }], relationTypes: RELATION_TYPES };
const ENTITIES = 'id,type,name,start,country,citations\n';
const RELATIONS = 'source,target,type,citations\n';

function read(files: Record<string, string>, b: ImportBase | null = base): LoadResult {
  return csvToDataset(Object.entries(files).map(([name, text]) => ({ name, text })), { today: TODAY, base: b });
}

function errors(files: Record<string, string>, b: ImportBase | null = base) {
  const r = read(files, b);
  if (r.ok) throw new Error('expected the import to fail');
  return r.errors;
}

describe('CSV export', () => {
  it('writes four files with a header row, a byte-order mark and CRLF line ends', () => {
    const files = datasetToCsv(bundled());
    expect(files.map((f) => f.name)).toEqual(['entities.csv', 'relations.csv', 'sources.csv', 'relation-types.csv']);
    const entities = files[0]!.text;
    expect(entities.startsWith('\uFEFFid,type,name,aliases,description,kind,start,end,date,place,country,participants,status,role,url,period_start,period_end,citations,attr:')).toBe(true);
    expect(entities).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(entities.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(51);
    const spa = parsed.data.find((r) => r.id === 'pub-commit-spa-iv');
    expect(spa).toMatchObject({ type: 'publication', aliases: 'SPA IV|COMMIT SPAIV', period_start: '2015', period_end: '2018', 'attr:Outcome 4.1': 'Victims of Trafficking are Identified' });
    expect(spa?.citations).toMatch(/^post-commit-workshop#4\|post-commit-workshop#5\|/);
  });

  it('defuses cells a spreadsheet would run as formulas, and reads them back unchanged', () => {
    const d = build([entity('a', 'organization', { name: '=HYPERLINK("x")', description: "'@note" }), entity('b')], [rel('a', 'member-of', 'b')]);
    const [entities] = datasetToCsv(d);
    expect(entities!.text).toContain(`'=HYPERLINK(""x"")`);
    expect(entities!.text).toContain(`''@note`);
    const r = read({ 'entities.csv': entities!.text });
    expect(r.ok && r.dataset.entities[0]).toMatchObject({ name: '=HYPERLINK("x")', description: "'@note" });
  });
});

describe('reading CSV files', () => {
  it('gives every row its line, across quoted line breaks and blank lines', () => {
    const { table } = readCsv({ name: 'e.csv', text: 'id,name\r\na,"two\r\nlines"\r\n\r\nb,x\n' });
    expect(table?.rows.map((r) => [r.cells[0], r.line])).toEqual([['a', 2], ['b', 5]]);
  });

  it('accepts semicolons and tabs as separators, and header names in any case', () => {
    const { table } = readCsv({ name: 'e.csv', text: 'ID;Type;Name;Period Start\na;organization;A;2016\n' });
    expect(table?.header).toEqual(['id', 'type', 'name', 'period_start']);
    expect(readCsv({ name: 't.tsv', text: 'id\ttype\tname\na\ttopic\tA\n' }).table?.rows[0]?.cells).toEqual(['a', 'topic', 'A']);
  });

  it('recognises each kind of file by its columns', () => {
    expect(roleOf(['id', 'type', 'name'])).toBe('entities');
    expect(roleOf(['source', 'target', 'type'])).toBe('relations');
    expect(roleOf(['id', 'title', 'publisher', 'date'])).toBe('sources');
    expect(roleOf(['id', 'label', 'inverseLabel', 'collaborative'])).toBe('relationTypes');
    expect(roleOf(['a', 'b'])).toBeNull();
  });

  it('names columns with spreadsheet letters', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('CSV import: the sample pair', () => {
  it('opens against the bundled dataset\'s sources, with a warning for the undeclared relation type', () => {
    const d = bundled();
    const r = csvToDataset([fixture('entities.csv'), fixture('relations.csv')], { today: TODAY, base: d });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.dataset.title).toBe('Spreadsheet import: entities.csv + relations.csv');
    expect(r.dataset.entities.map((e) => e.type)).toEqual(['organization', 'organization', 'event', 'country', 'topic']);
    const event = r.dataset.entities[2];
    expect(event).toMatchObject({ start: '2016-11-02', end: '2016-11-03', location: { place: 'Phnom Penh', country: 'country-cambodia' }, participants: { count: 35, approximate: true } });
    expect(event?.citations).toEqual([{ source: 'post-commit-workshop', paragraph: 3, note: 'training announced' }]);
    expect(r.dataset.entities[0]).toMatchObject({ aliases: ['ESN', 'Example Shelters'], attributes: { focus: 'victim assistance' } });
    expect(r.dataset.relationTypes.find((t) => t.id === 'advises')).toEqual({ id: 'advises', label: 'advises', inverseLabel: 'advises (inverse)', collaborative: false });
    expect(r.warnings).toEqual([{
      path: 'relations.csv line 5, column C ("type")',
      message: 'Relation type "advises" is not declared, so it was added with the label "advises" and marked not collaborative (1 relation uses it). Declare it to give it proper labels.',
    }]);
  });

  it('without an open dataset, every citation of an undeclared source is an error, with a hint', () => {
    const r = csvToDataset([fixture('entities.csv'), fixture('relations.csv')], { today: TODAY, base: null });
    if (r.ok) throw new Error('expected errors');
    expect(r.errors[0]).toEqual({
      path: 'entities.csv + relations.csv',
      message: 'This file does not declare its sources, so its citations must name sources of the dataset that is open, and none is. Open the dataset they come from first, or add a sources.csv file (columns id, title, publisher, date, url, paragraphs).',
    });
    expect(r.errors).toContainEqual({ path: 'entities.csv line 2, column M ("citations")', message: 'Citation points to source "post-regional-network-meeting", which is not declared in "sources".' });
    expect(r.errors).toContainEqual({ path: 'relations.csv line 2, column E ("citations")', message: 'Citation points to source "post-commit-workshop", which is not declared in "sources".' });
    expect(r.errors).toHaveLength(10);
  });
});

describe('CSV import: every problem says file, line and column', () => {
  it('maps validation errors back to the cell they come from', () => {
    const e = errors({
      'entities.csv': `${ENTITIES}a,organization,A,,,s1#1\nev,event,Ev,2016-13-01,nowhere,s1#11\nev,topic,,,,s9\n`,
      'relations.csv': `${RELATIONS}a,ghost,member-of,s1#1\na,a,member-of,s1\n`,
    });
    expect(e).toEqual([
      { path: 'entities.csv + relations.csv', message: 'This file does not declare its sources, so its citations must name sources of the dataset that is open ("s1"). Open the dataset they come from first, or add a sources.csv file (columns id, title, publisher, date, url, paragraphs).' },
      { path: 'entities.csv line 3, column F ("citations")', message: 'Paragraph 11 does not exist: source "s1" has 10 paragraphs.' },
      { path: 'entities.csv line 3, column D ("start")', message: '"start": "2016-13-01" is not a real date: there is no month 13.' },
      { path: 'entities.csv line 3, column E ("country")', message: 'Location country "nowhere" is not an entity in this dataset.' },
      { path: 'entities.csv line 4, column C ("name")', message: 'Required field "name" is missing; it should be a text.' },
      { path: 'entities.csv line 4, column A ("id")', message: 'Duplicate entity id "ev": it is already used by an earlier entity.' },
      { path: 'entities.csv line 4, column F ("citations")', message: 'Citation points to source "s9", which is not declared in "sources".' },
      { path: 'relations.csv line 2, column B ("target")', message: 'Relation target "ghost" is not an entity in this dataset.' },
      { path: 'relations.csv line 3, column B ("target")', message: 'Relation points from "a" to itself.' },
    ]);
  });

  it('reports unknown and missing entity types', () => {
    expect(errors({ 'entities.csv': `${ENTITIES}a,ngo,A,,,s1\nb,,B,,,s1\n` })).toEqual([
      { path: 'entities.csv line 2, column B ("type")', message: 'Unknown entity type "ngo"; it should be one of "organization", "event", "publication", "country", "person", "topic".' },
      { path: 'entities.csv line 3, column B ("type")', message: 'Required field "type" is missing; it should be one of "organization", "event", "publication", "country", "person", "topic".' },
    ]);
  });

  it('reports citations, participants and attributes it cannot read, with the citation number', () => {
    expect(errors({ 'entities.csv': 'id,type,name,participants,citations,attr:n [number]\ne,event,E,many,s1#1|s1#x,NaN\n' })).toEqual(expect.arrayContaining([
      { path: 'entities.csv line 2, column D ("participants")', message: '"many" is not a number of participants; write 120, or ~120 for an approximate count.' },
      { path: 'entities.csv line 2, column E ("citations")', message: 'Citation 2 cannot be read: the paragraph after "#" in "s1#x" should be a whole number from 1, like post-1#3.' },
      { path: 'entities.csv line 2, column F ("attr:n [number]")', message: '"NaN" is not a number; this attribute column holds numbers.' },
    ]));
  });

  it('an empty citations cell is an error in its column', () => {
    expect(errors({ 'entities.csv': `${ENTITIES}a,topic,A,,,\nb,topic,B,,,s1\n`, 'relations.csv': `${RELATIONS}a,b,member-of,\n` })).toEqual([
      { path: 'entities.csv line 2, column F ("citations")', message: 'Every entity cites at least one source: write its id, with the paragraph if known, like post-1#3.' },
      { path: 'relations.csv line 2, column D ("citations")', message: 'Every relation cites at least one source: write its id, with the paragraph if known, like post-1#3.' },
    ]);
    expect(errors({ 'entities.csv': `${ENTITIES}a,topic,A,,,#3\n` })).toEqual([
      { path: 'entities.csv line 2, column F ("citations")', message: 'Citation cannot be read: "#3" does not name a source; write the source id first, like post-1#3.' },
    ]);
  });

  it('reports problems in the header: unnamed, duplicated and missing columns', () => {
    expect(errors({ 'entities.csv': 'id,type,,name,Name,citations\n' })).toEqual([
      { path: 'entities.csv line 1, column C', message: 'This column has no name; name it or delete it.' },
      { path: 'entities.csv line 1, column E ("Name")', message: 'The column "name" appears twice (also column D).' },
    ]);
    expect(errors({ 'entities.csv': 'id,type,name\na,topic,A\n' })).toEqual([
      { path: 'entities.csv line 1', message: 'The entities file has no "citations" column; its columns must include id, type, name, citations.' },
    ]);
  });

  it('reports an unclosed quote, extra cells and an empty file', () => {
    expect(errors({ 'entities.csv': `${ENTITIES}a,topic,"A,,,s1\n` })).toContainEqual(
      { path: 'entities.csv line 2', message: 'A quoted cell is not closed: a cell that starts with " must end with " (write "" for a quote inside it).' },
    );
    expect(errors({ 'entities.csv': `${ENTITIES}a,topic,A,,,s1,surprise\n` })).toContainEqual(
      { path: 'entities.csv line 2, column G', message: 'This line has more cells than the first line names columns (6); name the column or remove the value.' },
    );
    expect(errors({ 'entities.csv': ' \n' })).toEqual([{ path: 'entities.csv', message: 'The file is empty; its first line should name the columns (see docs/import-export.md).' }]);
  });

  it('needs an entities file, recognisable columns, and one file of each kind', () => {
    expect(errors({ 'relations.csv': `${RELATIONS}a,b,member-of,s1\n` })).toEqual([
      { path: 'relations.csv', message: 'An entities file is needed (columns id, type, name, citations …); open it together with the relations file.' },
    ]);
    expect(errors({ 'x.csv': 'foo,bar\n1,2\n' })).toContainEqual({
      path: 'x.csv line 1',
      message: 'The columns are not those of an entities, relations, sources or relation types file: entities need id, type, name and citations; relations need source, target, type and citations (see docs/import-export.md).',
    });
    expect(errors({ 'a.csv': `${ENTITIES}a,topic,A,,,s1\n`, 'b.csv': `${ENTITIES}b,topic,B,,,s1\n` })).toContainEqual(
      { path: 'b.csv', message: 'Both a.csv and b.csv are entities files; open one of each kind.' },
    );
  });

  it('says which column does not apply to which type', () => {
    expect(errors({ 'entities.csv': `${ENTITIES}a,topic,A,2016,,s1\n` })).toEqual([
      { path: 'entities.csv line 2, column D ("start")', message: 'The column "start" does not apply to a topic (it is for events); leave it empty.' },
    ]);
  });

  it('locates problems in sources.csv and relation-types.csv', () => {
    const e = errors({
      'entities.csv': `${ENTITIES}a,topic,A,,,s1\nb,topic,B,,,s1\n`,
      'relations.csv': `${RELATIONS}a,b,rt,s1\n`,
      'sources.csv': 'id,title,publisher,date,paragraphs\ns1,Doc,Pub,2016-02-30,x\n',
      'relation-types.csv': 'id,label,inverseLabel,collaborative\nrt,,inverse,maybe\n',
    });
    expect(e).toEqual(expect.arrayContaining([
      { path: 'sources.csv line 2, column E ("paragraphs")', message: '"x" is not a number of paragraphs (a whole number from 1).' },
      { path: 'sources.csv line 2, column D ("date")', message: '"date": "2016-02-30" is not a real date: February 2016 has 29 days.' },
      { path: 'relation-types.csv line 2, column D ("collaborative")', message: '"maybe" is not true or false.' },
      { path: 'relation-types.csv line 2, column B ("label")', message: 'Required field "label" is missing; it should be a text.' },
    ]));
  });

  it('keeps unknown columns as attributes, with one remark', () => {
    const r = read({ 'entities.csv': 'id,type,name,citations,website,notes\na,topic,A,s1,x.org,n\n' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.dataset.entities[0]?.attributes).toEqual({ website: 'x.org', notes: 'n' });
    expect(r.warnings).toEqual([{ path: 'entities.csv line 2, column E ("website")', message: 'Kept as custom attributes: "website", "notes". They are not part of the dataset format (see the column mapping in docs/import-export.md).' }]);
  });

  it('uses declared relation types by id or by label', () => {
    const r = read({ 'entities.csv': `${ENTITIES}a,topic,A,,,s1\nb,topic,B,,,s1\n`, 'relations.csv': `${RELATIONS}a,b,Member Of,s1\n` });
    expect(r.ok && r.dataset.relations[0]?.type).toBe('member-of');
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('withholds rows marked sensitive', () => {
    const r = read({ 'entities.csv': 'id,type,name,citations,sensitive\na,person,A,s1,true\nb,topic,B,s1,\n' });
    expect(r.ok && r.dataset.entities.map((e) => e.id)).toEqual(['b']);
    expect(r.ok && r.dataset.withheld.entities).toBe(1);
  });

  it('caps a very long report at 500 problems', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `e${i},topic,E,,,s9`).join('\n');
    const e = errors({ 'entities.csv': `${ENTITIES}${rows}\n` });
    expect(e).toHaveLength(501);
    expect(e[500]?.message).toMatch(/^…and \d+ more problems not listed\.$/);
  });
});
