import { createHighlighter, type BundledLanguage, type Highlighter, type ThemedTokenWithVariants } from 'shiki';

/**
 * Syntax highlighting that the CSP allows: Shiki tokenizes, and each token becomes a span with
 * classes (`hl-l3 hl-d7`: the light and dark theme's colour, by index into a palette read from the
 * two themes) instead of Shiki's inline `style` attributes. The palette, and with it the stylesheet
 * (highlightCss, committed as site/styles/code-highlight.css), depends on the themes only, never on
 * which code a build happened to highlight.
 */
const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/** Language labels of guides and packs → Shiki grammar; anything else is shown as plain text. */
const GRAMMARS: Record<string, string> = {
  bash: 'bash', sh: 'bash', shell: 'bash', zsh: 'bash', console: 'bash', hcl: 'hcl', terraform: 'hcl', tf: 'hcl',
  yaml: 'yaml', yml: 'yaml', python: 'python', py: 'python', powershell: 'powershell', ps1: 'powershell', pwsh: 'powershell',
  sql: 'sql', json: 'jsonc', jsonc: 'jsonc', javascript: 'javascript', js: 'javascript', typescript: 'typescript', ts: 'typescript',
  go: 'go', ruby: 'ruby', toml: 'toml', kql: 'kusto', kusto: 'kusto', spl: 'splunk', graphql: 'graphql', groovy: 'groovy',
  ini: 'ini', xml: 'xml', html: 'html', dockerfile: 'docker', docker: 'docker',
};

// Loaded once, when the module is first imported: tokenizing is synchronous after that, so every
// renderer (guide blocks, prose sections, runbooks) can highlight without becoming async.
const shiki: Highlighter = await createHighlighter({ themes: Object.values(THEMES), langs: [...new Set(Object.values(GRAMMARS))] });

/** The grammar a label names, or null for plain text. */
export function grammarOf(lang: string | null | undefined): string | null {
  return GRAMMARS[(lang ?? '').toLowerCase()] ?? null;
}

function themeColors(theme: string): string[] {
  const resolved = shiki.getTheme(theme);
  const colors = new Set<string>();
  for (const entry of resolved.settings ?? []) if (entry.settings?.foreground) colors.add(entry.settings.foreground.toLowerCase());
  if (resolved.fg) colors.add(resolved.fg.toLowerCase());
  return [...colors].sort();
}

interface Palette {
  light: Map<string, number>;
  dark: Map<string, number>;
}

const index = (colors: string[]): Map<string, number> => new Map(colors.map((color, at) => [color, at]));
const palette: Palette = { light: index(themeColors(THEMES.light)), dark: index(themeColors(THEMES.dark)) };

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function classesOf(token: ThemedTokenWithVariants, colors: Palette): string {
  const names: string[] = [];
  const light = colors.light.get(token.variants['light']?.color?.toLowerCase() ?? '');
  const dark = colors.dark.get(token.variants['dark']?.color?.toLowerCase() ?? '');
  if (light !== undefined) names.push(`hl-l${light}`);
  if (dark !== undefined) names.push(`hl-d${dark}`);
  const style = token.variants['light']?.fontStyle ?? 0;
  if (style & 1) names.push('hl-i');
  if (style & 2) names.push('hl-b');
  return names.join(' ');
}

/** The inside of a `<code>` element: escaped text, tokens as classed spans; plain text when the language is unknown. */
export function highlight(code: string, lang: string | null | undefined): string {
  const grammar = grammarOf(lang);
  if (!grammar) return escape(code);
  const colors = palette;
  const lines = shiki.codeToTokensWithThemes(code, { lang: grammar as BundledLanguage, themes: THEMES });
  return lines.map((line) => line.map((token) => {
    const names = classesOf(token, colors);
    return names ? `<span class="${names}">${escape(token.content)}</span>` : escape(token.content);
  }).join('')).join('\n');
}

/** Code block backgrounds (`--code-bg` of site/styles/base.css), light and dark. */
const CODE_BG = { light: '#f0f2f5', dark: '#1e242c' } as const;

const channels = (hex: string): number[] => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: readonly number[], b: readonly number[]): number => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
};

/**
 * A theme colour moved toward black (light) or white (dark) until it reads at WCAG AA (4.5:1) on
 * the code background: the themes carry a few colours meant for other backgrounds (diff lines,
 * comments at 4.49:1), and axe holds every page to AA.
 */
export function readable(hex: string, background: string, dark: boolean): string {
  const bg = channels(background);
  let rgb = channels(hex.slice(0, 7));
  for (let step = 0; step < 100 && contrast(rgb, bg) < 4.5; step++) rgb = rgb.map((value) => Math.round(dark ? value + (255 - value) * 0.05 : value * 0.95));
  return `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** The stylesheet of the palette: each class sets one custom property; `.hl` picks light or dark. */
export function highlightCss(): string {
  const colors = palette;
  const rules = [
    '/* Generated by site/lib/highlight.ts (npm run highlight-css): token colours of github-light-high-contrast and github-dark-high-contrast. */',
    '.hl span { color: light-dark(var(--hl-light, inherit), var(--hl-dark, inherit)); }',
    '.hl .hl-i { font-style: italic; }',
    '.hl .hl-b { font-weight: bold; }',
    ...[...colors.light].map(([color, at]) => `.hl .hl-l${at} { --hl-light: ${readable(color, CODE_BG.light, false)}; }`),
    ...[...colors.dark].map(([color, at]) => `.hl .hl-d${at} { --hl-dark: ${readable(color, CODE_BG.dark, true)}; }`),
  ];
  return `${rules.join('\n')}\n`;
}
