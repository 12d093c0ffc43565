/**
 * A web page where a dataset was expected (a "not found" or sign-in page
 * served with status 200, or a page saved by mistake) is called what it is, by
 * every door: the bundled path (parseDatasetText) and files and addresses
 * (importFiles, whatever the name says).
 */
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../../src/core/model/validate.ts';
import { importFiles } from '../../../src/core/formats/index.ts';
import { looksLikeWebPage, WEB_PAGE_MESSAGE } from '../../../src/core/model/messages.ts';

const PAGES = {
  'a 404 page with a doctype': '<!doctype html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n',
  'an upper-case doctype, no <html> element, not well-formed': '<!DOCTYPE HTML>\n<meta charset=utf-8><title>Sign in</title><p>Please sign in<br><form>',
  'an <html> element with attributes': '<html lang="en"><body>Moved</body></html>',
  'XHTML with an XML declaration': '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
  'a byte-order mark, blank lines and a comment first': '\uFEFF\n\n  <!-- served by nginx --><!doctype html><html></html>',
  'only a <body>': '<body>Service unavailable</body>',
};
const NOT_PAGES = {
  'SVG': '<?xml version="1.0"?>\n<!-- note --><svg/>',
  'a dataset whose title mentions <html>': '{"title": "<!doctype html><html>"}',
  'a text starting with a word': 'html is a markup language',
  'an element whose name starts with html': '<htmlish/>',
};

describe('a web page opened as a dataset', () => {
  for (const [what, text] of Object.entries(PAGES)) {
    it(`${what}: "This is a web page (HTML), not a dataset", from the bundled path and from a file or address`, () => {
      expect(looksLikeWebPage(text)).toBe(true);
      expect(parseDatasetText(text)).toEqual({ ok: false, errors: [{ path: '$', message: WEB_PAGE_MESSAGE }] });
      for (const name of ['data.json', 'network', 'net.gexf', 'index.html']) {
        const r = importFiles([{ name, text }], { base: null, today: '2016-10-31' });
        expect(r.ok ? [] : r.errors, name).toEqual([{ path: name, message: WEB_PAGE_MESSAGE }]);
      }
    });
  }

  it('says so in plain words, without XML terms', () => {
    expect(WEB_PAGE_MESSAGE).toMatch(/^This is a web page \(HTML\), not a dataset\./);
    expect(WEB_PAGE_MESSAGE).toContain('check that the address points to the dataset file itself');
    expect(WEB_PAGE_MESSAGE).not.toMatch(/GEXF|GraphML|XML|root element/);
  });

  for (const [what, text] of Object.entries(NOT_PAGES)) {
    it(`${what} is not called a web page`, () => {
      expect(looksLikeWebPage(text)).toBe(false);
      const r = importFiles([{ name: 'x.xml', text }], { base: null, today: '2016-10-31' });
      expect(r.ok ? [] : r.errors.map((e) => e.message)).not.toContain(WEB_PAGE_MESSAGE);
    });
  }
});
