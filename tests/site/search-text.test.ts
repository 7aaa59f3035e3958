import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchText } from '../../src/astro/index.ts';

describe('searchText (Pagefind filter and meta values)', () => {
  it('turns markup and character references into look-alike text', () => {
    expect(searchText('Acme <b>x</b> &amp; AT&T')).toBe('Acme ‹b›x‹/b› ＆amp; AT＆T');
    expect(searchText('line\nbreak\u001b[31m\u2028x')).toBe('line break [31m x');
  });

  it('never returns a character that HTML or a character reference is made of, however often decoded', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const value = searchText(text);
      expect(value).not.toMatch(/[<>&\u0000-\u001f]/);
      expect(searchText(value)).toBe(value);
    }));
  });
});
