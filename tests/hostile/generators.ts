/**
 * Hostile inputs, generated rather than stored (several are megabytes). Each names the rule that
 * must answer it. tests/hostile/inputs.test.ts asserts the answers; `node scripts/fuzz.ts
 * --hostile` times them (times are printed, never asserted).
 */
export interface HostileInput {
  name: string;
  make: () => string | Uint8Array;
  /** A rule id the answer must include. */
  expect: string;
}

const FRONT = '---\ntitle: "Hostile"\n---\n\n';
const lines = (count: number, line: (index: number) => string): string => Array.from({ length: count }, (_, index) => line(index)).join('\n');

export function aliasBomb(): string {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let index = 1; index < 9; index++) {
    const name = String.fromCharCode(97 + index);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + index)}`).join(',')}]`);
  }
  return `---\n${levels.join('\n')}\n---\n\n## Overview\n`;
}

/** `*a **a ***a ...`: emphasis runs of every length, the classic quadratic case for delimiter matching. */
export function emphasisLadder(count: number): string {
  return `${FRONT}${Array.from({ length: count }, (_, index) => `${'*'.repeat(index + 1)}a`).join(' ')}\n`;
}

export const HOSTILE_INPUTS: HostileInput[] = [
  { name: 'YAML alias bomb (9^9 expansions)', make: aliasBomb, expect: 'frontmatter-yaml' },
  { name: '10 MB single line of prose', make: () => `${FRONT}${'hardening '.repeat(1_048_576)}\n`, expect: 'required-sections' },
  { name: '10 MB single line of [a](b) links', make: () => `${FRONT}${'[a](b) '.repeat(1_500_000)}\n`, expect: 'input-limit' },
  { name: '100,000 headings', make: () => `${FRONT}${lines(100_000, (index) => `### 1.${index} Control`)}\n`, expect: 'input-limit' },
  { name: '49,999 headings (just under the limit)', make: () => `${FRONT}${lines(49_999, (index) => `# Heading ${index}`)}\n`, expect: 'required-sections' },
  { name: '1,000-deep nested list', make: () => `${FRONT}${lines(1000, (index) => `${'  '.repeat(index)}- item`)}\n`, expect: 'input-limit' },
  { name: '1,000-deep block quote', make: () => `${FRONT}${'>'.repeat(1000)} deep\n`, expect: 'input-limit' },
  { name: '1,000-deep `> - ` on one line', make: () => `${FRONT}${'> - '.repeat(1000)}x\n`, expect: 'input-limit' },
  { name: '1,000-deep list with tabs (`-\\t-\\t...`)', make: () => `${FRONT}${'-\t'.repeat(1000)}x\n`, expect: 'input-limit' },
  { name: '20,000 lazy lines in a list item', make: () => `${FRONT}- item\n${'lazy continuation\n'.repeat(20_000)}`, expect: 'input-limit' },
  { name: '2,000 list items nested 31 deep', make: () => `${FRONT}${`${'- '.repeat(31)}x\n`.repeat(2000)}`, expect: 'input-limit' },
  { name: 'pathological emphasis `*a **a ***a ...` (3,000 runs)', make: () => emphasisLadder(3000), expect: 'input-limit' },
  { name: 'pathological emphasis `*a **a ` x 100,000', make: () => `${FRONT}${'*a **a '.repeat(100_000)}\n`, expect: 'input-limit' },
  { name: '50,000 link reference definitions', make: () => `${FRONT}${lines(50_000, (index) => `[d${index}]: https://example.com/${index}`)}\n`, expect: 'input-limit' },
  { name: '50,000 indented link reference definitions', make: () => `${FRONT}${lines(50_000, (index) => `  [d${index}]: https://example.com/${index}`)}\n`, expect: 'input-limit' },
  { name: '50,000 link reference definitions in a block quote', make: () => `${FRONT}${lines(50_000, (index) => `> [d${index}]: https://example.com/${index}`)}\n`, expect: 'input-limit' },
  { name: '`[a][a][a]...` x 100,000 with [a] defined', make: () => `${FRONT}[a]: https://example.com\n\n${'[a]'.repeat(100_000)}\n`, expect: 'input-limit' },
  { name: '`[a][a][a]...` x 100,000 undefined', make: () => `${FRONT}${'[a]'.repeat(100_000)}\n`, expect: 'input-limit' },
  { name: '100,000 nested brackets `[[[...]]]`', make: () => `${FRONT}${'['.repeat(100_000)}a${']'.repeat(100_000)}\n`, expect: 'input-limit' },
  { name: 'NUL byte in a guide', make: () => `${FRONT}## Overview\n\ntext\0more\n`, expect: 'input-binary' },
  { name: 'invalid UTF-8 (overlong, surrogate, truncated)', make: () => invalidUtf8(), expect: 'input-encoding' },
  { name: 'BOM, CRLF, lone CR and LF mixed', make: () => `\uFEFF${FRONT}## Overview\r\n\r\nText\rmore\n\r\n## 1. A\r### 1.1 B\n`, expect: 'required-sections' },
  { name: 'frontmatter with __proto__ and constructor keys', make: () => '---\n__proto__: {polluted: 1}\nconstructor: {prototype: {polluted: 1}}\ntitle: {__proto__: {polluted: 1}}\n---\n', expect: 'frontmatter-schema' },
  { name: 'script, event handlers, javascript: and data: URLs', make: () => scriptGuide(), expect: 'raw-html' },
];

/** Markup a hostile pull request would try; renderMarkdown must leave none of it executable. */
export function scriptGuide(): string {
  return `${FRONT}## Overview\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <a href="javascript:alert(1)">a</a>\n\n<iframe src="https://evil.example"></iframe>\n\n[x](javascript:alert(1)) ![y](data:image/svg+xml;base64,PHN2Zz4=) [z](data:text/html,x)\n`;
}

export function invalidUtf8(): Uint8Array {
  const head = new TextEncoder().encode(`${FRONT}## Overview\n\nbad `);
  return new Uint8Array([...head, 0xc0, 0xaf, 0x20, 0xed, 0xa0, 0x80, 0x20, 0xe2, 0x82]);
}
