import { describe, expect, it } from 'vitest';
import { includePieces, parseGuide, storedGuideJson, type StoredGuide } from 'hardmap';

const GUIDE = `# T

### 1.1 A

**Profile Level:** L1

{% include pack-code.html vendor="a" section="1.1" %}
{% include pack-code.html vendor="a" section="1.2" %}

See {% include pack-code.html vendor="a" section="1.3" %} inline.

{% include pack-code.html vendor="a" section="1.4" %}
`;

describe('pieces the site replaces by pack code', () => {
  const parsed = parseGuide(GUIDE, 'g.md');
  const { html } = JSON.parse(storedGuideJson(parsed, [])) as StoredGuide;
  const pieces = includePieces(html, parsed.guide.includes);
  it('takes a paragraph of includes on consecutive lines, in order, and one alone', () => {
    expect([...pieces.values()].map((includes) => includes.map((include) => include.pack?.section))).toEqual([['1.1', '1.2'], ['1.4']]);
  });
  it('leaves an include inside prose as text', () => {
    expect([...pieces.values()].flat().some((include) => include.pack?.section === '1.3')).toBe(false);
  });
});
