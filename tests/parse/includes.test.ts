import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGuide } from 'hardmap';

const GUIDE = readFileSync(new URL('../fixtures/packs/basic/content/guides/acme.md', import.meta.url), 'utf8');

describe('Liquid includes in the guide model', () => {
  const { guide } = parseGuide(GUIDE, 'acme.md');
  it('types pack-code includes with their key, the control they stand in and the marked types', () => {
    const packs = guide.includes.filter((include) => include.pack);
    expect(packs.map((include) => [include.control, include.pack?.vendor, include.pack?.section, include.pack?.validatedTypes])).toEqual([
      ['1.1', 'acme', '1.1', ['api']],
      ['1.2', 'acme', '1.2', []],
      ['2.1', 'acme', '2.1', []],
    ]);
    expect(packs[0]?.pack?.mark).toEqual({ status: 'ai-validated', evidence: 'Ran against a test tenant', date: '2026-03-01' });
    expect(packs[1]?.pack?.mark).toBeNull();
    const first = packs[0];
    expect(first && GUIDE.slice(first.position.start.offset, first.position.end.offset)).toBe(first?.value);
  });
  it('types status marks on heading lines without changing the heading anchor', () => {
    const marks = guide.includes.filter((include) => include.mark);
    expect(marks.map((include) => [include.name, include.inHeading, include.control, include.mark])).toEqual([
      ['status-mark.html', true, '1.1', { status: 'ni-validated', evidence: 'Console path walked', date: '2026-03-01' }],
    ]);
    expect(guide.headings.find((h) => h.text === 'ClickOps Implementation')?.anchor).toBe('clickops-implementation');
  });
  it('leaves tags in code alone', () => {
    const { guide: other } = parseGuide('# T\n\nUse `{% include pack-code.html vendor="a" section="1.1" %}` here.\n\n```\n{% include pack-code.html vendor="a" section="1.1" %}\n```\n', 'x.md');
    expect(other.includes).toEqual([]);
  });
  it('defaults a status mark to ai-validated', () => {
    const { guide: other } = parseGuide('# T\n\n{% include status-mark.html evidence="x" %}\n', 'x.md');
    expect(other.includes[0]?.mark).toEqual({ status: 'ai-validated', evidence: 'x', date: null });
  });
});
