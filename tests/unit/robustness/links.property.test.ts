/** Links from a dataset: only http and https addresses are ever turned into links. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeUrl } from '../../../src/core/graph/describe.ts';
import { anyString } from './arbitraries.ts';

const scheme = fc.constantFrom('http://', 'https://', 'HTTPS://', 'javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:', 'file://', '//', 'http:', 'https:/', ' https://', '\thttp://', 'java\u0000script:', 'ftp://', 'blob:');
const rest = anyString(30);

describe('safeUrl, properties', () => {
  it('gives back only http(s) addresses with a host and no spaces or control characters, or nothing', () => {
    fc.assert(fc.property(fc.oneof(anyString(60), fc.tuple(scheme, rest).map(([a, b]) => a + b)), (raw) => {
      const u = safeUrl(raw);
      if (u === undefined) return;
      expect(u).toMatch(/^https?:\/\/[^/?#]/i);
      expect(u).not.toMatch(/[\s\p{Cc}]/u);
      // Whatever a browser makes of it (some, such as "http://\ud800", are no address at all), it is never another scheme.
      let protocol = 'http:';
      try {
        protocol = new URL(u).protocol;
      } catch {
        // not an address: the link goes nowhere
      }
      expect(['http:', 'https:']).toContain(protocol);
    }), { numRuns: 2000 });
  });

  it('keeps ordinary web addresses', () => {
    fc.assert(fc.property(fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }), (url) => {
      expect(safeUrl(url)).toBe(url);
    }), { numRuns: 500 });
  });
});
