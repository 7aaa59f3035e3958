import { describe, expect, it } from 'vitest';
import { parseGuide } from '../../src/core/parse/parse-guide.ts';
import { htmlBetween, renderIndex, renderMarkdown } from '../../src/core/render/html.ts';

const GUIDE = `---
title: Demo
---

## 1. Access

### 1.1 Require SSO

**Profile Level:** L1

#### Description
Use [the IdP][idp] for every login.

<script>alert(1)</script>

#### ClickOps Implementation
1. Open **Settings**.
2. Enable SSO.

\`\`\`bash
echo "<b>not markup</b>"
\`\`\`

[idp]: https://idp.example/docs
`;

describe('HTML rendered from the parse the model came from', () => {
  const parsed = parseGuide(GUIDE, 'demo.md');
  const index = renderIndex(parsed.root ?? { type: 'root', children: [] });
  const control = parsed.guide.controls[0];

  it('gives a block the same HTML as rendering its slice on its own', () => {
    const clickOps = control?.clickOps;
    expect(clickOps).toBeTruthy();
    if (!clickOps) return;
    const end = clickOps.position.end.offset;
    expect(htmlBetween(index, end - clickOps.markdown.length, end)).toBe(renderMarkdown(clickOps.markdown));
  });

  it('resolves link references against definitions elsewhere in the file, and drops scripts', () => {
    const description = control?.description;
    if (!description) throw new Error('no description parsed');
    const end = description.position.end.offset;
    const html = htmlBetween(index, end - description.markdown.length, end);
    expect(html).toContain('<a href="https://idp.example/docs">the IdP</a>');
    expect(html).not.toContain('<script');
    // The slice alone has no definition, so rendering it again would lose the link.
    expect(renderMarkdown(description.markdown)).not.toContain('<a href=');
  });

  it('returns nothing for a span between blocks and everything for the whole file', () => {
    expect(htmlBetween(index, GUIDE.length + 5, GUIDE.length + 10)).toBe('');
    expect(htmlBetween(index, 0, Number.POSITIVE_INFINITY)).toContain('<h3>1.1 Require SSO</h3>');
    expect(htmlBetween(index, 0, Number.POSITIVE_INFINITY)).toContain('&#x3C;b>not markup&#x3C;/b>');
  });
});

describe('Liquid on a heading line', () => {
  it('is not shown as text in a rendered heading', () => {
    const html = renderMarkdown('### 8.5 Reference\n\n#### Code Implementation {% include status-mark.html status="ai-validated" evidence="<b>x</b>" %}\n\nText.\n');
    expect(html).toContain('<h4>Code Implementation</h4>');
    expect(html).not.toContain('{%');
    expect(html).not.toContain('status-mark');
  });
});
