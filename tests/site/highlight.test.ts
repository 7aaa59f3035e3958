import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlight, highlightCss } from '../../site/lib/highlight.ts';
import { highlightFences } from '../../site/lib/code-html.ts';

describe('class-based highlighting', () => {
  it('emits classes, never style attributes, and escapes the code', async () => {
    const html = await highlight('echo "<b>" & true', 'bash');
    expect(html).toMatch(/<span class="hl-l\d+ hl-d\d+">echo<\/span>/);
    expect(html).not.toContain('style=');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
  });
  it('shows unknown languages as escaped plain text', async () => {
    expect(await highlight('a <x>', 'no-such-language')).toBe('a &lt;x&gt;');
  });
  it('turns sanitized fenced code into labelled blocks with a copy button', async () => {
    const html = await highlightFences('<p>x</p>\n<pre><code class="language-sh">ls &#x3C;dir>\n</code></pre>');
    expect(html).toContain('<span class="code-lang">Sh</span>');
    expect(html).toContain('<button type="button" class="copy-code" hidden>Copy</button>');
    expect(html.replace(/<[^>]+>/g, '')).toContain('ls &lt;dir&gt;');
    expect(html).not.toContain('style=');
  });
  it('has its stylesheet committed as generated (npm run highlight-css)', async () => {
    expect(readFileSync(new URL('../../site/styles/code-highlight.css', import.meta.url), 'utf8')).toBe(await highlightCss());
  });
});
