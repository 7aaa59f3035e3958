import { highlight, grammarOf } from './highlight.ts';

export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How a language label is shown (`hcl` → `HCL`, `bash` → `Bash`). */
export function languageLabel(lang: string | null | undefined): string {
  if (!lang) return 'Text';
  const upper = new Set(['hcl', 'sql', 'json', 'jsonc', 'yaml', 'kql', 'spl', 'xml', 'ini', 'toml', 'html', 'cli', 'api', 'sdk']);
  return upper.has(lang.toLowerCase()) ? lang.toUpperCase() : lang.charAt(0).toUpperCase() + lang.slice(1);
}

/**
 * One code block as the site shows it: a header with the language (and, for pack excerpts, the
 * file and line range), a copy button (site/scripts/copy-code.ts; hidden until the script runs,
 * so it never shows without working), and the highlighted code. Class-based highlighting only:
 * the CSP forbids style attributes.
 */
export function codeBlockHtml(code: string, lang: string | null, caption?: string): string {
  const grammar = grammarOf(lang);
  const language = lang ? ` class="language-${escapeHtml(lang)}"` : '';
  const head = [`<span class="code-lang">${escapeHtml(languageLabel(lang))}</span>`, caption ? `<span class="code-caption">${escapeHtml(caption)}</span>` : '', '<button type="button" class="copy-code" hidden>Copy</button>'].filter(Boolean).join(' ');
  return `<figure class="code-block"><figcaption class="code-head">${head}</figcaption><pre class="${grammar ? 'hl' : 'plain'}" tabindex="0"><code${language}>${highlight(code, lang)}</code></pre></figure>`;
}

const decode = (html: string): string =>
  html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[lower] ?? '';
  });

/**
 * The guide's fenced code in sanitized HTML (`<pre><code class="language-x">`, text only: the
 * sanitizer lets nothing else through) as highlighted code blocks. The text is decoded from the
 * sanitized HTML and escaped again, so nothing of the guide reaches the page unescaped.
 */
export function highlightFences(html: string): string {
  return html.replace(/<pre><code(?: class="language-([\w+#.-]+)")?>([\s\S]*?)<\/code><\/pre>/g, (_, lang: string | undefined, code: string) => codeBlockHtml(decode(code).replace(/\n$/, ''), lang ?? null));
}
