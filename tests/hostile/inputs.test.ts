import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGuide, fixGuide, parseGuide, renderMarkdown } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';
import { checkInvariants } from '../fuzz/invariants.ts';
import { loadSeeds } from '../fuzz/seeds.ts';
import { concurrentFix, symlinkWalk } from './files.ts';
import { aliasBomb, emphasisLadder, HOSTILE_INPUTS, invalidUtf8 } from './generators.ts';

const reference = loadReferenceData();
const run = (input: Uint8Array | string): ReturnType<typeof analyzeGuide> => analyzeGuide(input, 'hostile.md', reference);
const rules = (input: Uint8Array | string): string[] => [...new Set(run(input).diagnostics.map((d) => d.ruleId))];

/** Every message must point inside the file, whatever the input. */
function expectPositionsInside(input: string, result: ReturnType<typeof analyzeGuide>): void {
  const lines = input.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.place.start.line).toBeGreaterThanOrEqual(1);
    expect(d.place.end.line).toBeLessThanOrEqual(lines);
    expect(d.place.start.offset).toBeLessThanOrEqual(d.place.end.offset);
  }
}

describe('bad input gets a diagnostic with a position, never an exception', () => {
  it('empty file', () => {
    expect(rules('')).toEqual(['input-empty']);
    expect(rules('  \n\n')).toEqual(['input-empty']);
  });

  it('no frontmatter', () => {
    const result = run('# Title\n\n## 1. Section\n');
    expect(result.diagnostics.find((d) => d.ruleId === 'frontmatter-schema')?.message).toBe('Missing frontmatter, expected a `---` YAML block first with title, vendor, slug, tier, category, description, version, maturity, last_updated');
  });

  it('malformed YAML points into the frontmatter', () => {
    const result = run('---\ntitle: "x\nslug: [\n---\n\n## Overview\n');
    const yaml = result.diagnostics.find((d) => d.ruleId === 'frontmatter-yaml');
    expect(yaml?.place.start.line).toBeGreaterThanOrEqual(2);
    expect(yaml?.place.start.line).toBeLessThanOrEqual(4);
  });

  it('YAML alias bomb is refused, not expanded', () => {
    const result = run(aliasBomb());
    expect(result.diagnostics.some((d) => d.ruleId === 'frontmatter-yaml' && d.message.includes('alias'))).toBe(true);
  });

  it('__proto__ and constructor keys do not pollute prototypes', () => {
    const result = run('---\n__proto__:\n  polluted: true\nconstructor: x\ntitle: "T"\n---\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.ruleId === 'frontmatter-schema' && d.message.startsWith('Unexpected frontmatter key')).map((d) => d.place.start.line)).toEqual([2, 4]);
  });

  it('invalid UTF-8 is reported at the first bad byte and the rest is still checked', () => {
    const bytes = new TextEncoder().encode('---\ntitle: "T"\n---\n\nok line\nbad X here\n');
    bytes[bytes.indexOf(0x58)] = 0xff;
    const result = run(bytes);
    const encoding = result.diagnostics.find((d) => d.ruleId === 'input-encoding');
    expect(encoding?.place.start).toMatchObject({ line: 6, column: 5 });
    expect(result.diagnostics.some((d) => d.ruleId === 'frontmatter-schema')).toBe(true);
  });

  it('binary file', () => {
    expect(rules(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual(['input-binary']);
  });

  it('200-deep nested lists and block quotes stop at the guard', () => {
    const lists = `---\ntitle: x\n---\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`;
    const quotes = `---\ntitle: x\n---\n${Array.from({ length: 200 }, (_, i) => `${'>'.repeat(i + 1)} q`).join('\n')}\n`;
    for (const input of [lists, quotes]) {
      const result = run(input);
      expect(result.diagnostics.map((d) => d.ruleId)).toContain('input-limit');
      expectPositionsInside(input, result);
    }
  });

  it('a 5,000-column table row stops at the guard', () => {
    const input = `---\ntitle: x\n---\n|${' a |'.repeat(5000)}\n|${'---|'.repeat(5000)}\n`;
    expect(rules(input)).toContain('input-limit');
  });

  it('a 10 MB guide is parsed, every message inside the file', () => {
    const control = (n: number): string => `### 1.${n} Control ${n}\n\n**Profile Level:** L1 (Crawl)\n\n| Framework | Control |\n|---|---|\n| NIST 800-53 | AC-${(n % 20) + 1} |\n\n#### Description\n${'Words of description. '.repeat(40)}\n\n#### ClickOps Implementation\n\n**Step 1: Do it**\n1. Navigate to: **A** → **B**\n\n---\n\n`;
    let body = '---\ntitle: "Big"\n---\n\n## 1. Big\n\n';
    for (let n = 1; body.length < 10 * 1024 * 1024; n++) body += control(n);
    const result = run(body);
    expect(result.parsed.guide.controls.length).toBeGreaterThan(8000);
    expectPositionsInside(body, result);
  }, 120_000);

  it('BOM and CRLF line endings parse like LF', () => {
    const lf = '---\ntitle: "T"\n---\n\n## 1. A\n\n### 1.1 B\n\n**Profile Level:** L2 (Walk)\n';
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const a = run(lf).parsed.guide.controls[0];
    const b = run(crlf).parsed.guide.controls[0];
    expect(b?.level?.level).toBe('L2');
    expect(b?.headingPosition.start.line).toBe(a?.headingPosition.start.line);
  });
});

describe('generated hostile inputs: each answered with a diagnostic, a position inside the file, and a safe fix', () => {
  it.each(HOSTILE_INPUTS.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile) => {
    // Throws unless positions agree with the text, no rule crashes, and fix refuses or round-trips.
    expect(checkInvariants(hostile.make(), reference).rules).toContain(hostile.expect);
  }, 60_000);

  it('the new limits name what they measured', () => {
    const message = (input: string): string | undefined => run(input).diagnostics.find((d) => d.ruleId === 'input-limit')?.message;
    expect(message(`---\ntitle: x\n---\n${'[a]'.repeat(1501)}\n`)).toBe('Unexpected paragraph with 3002 inline markers (brackets, emphasis, code, HTML, entity and escape characters), expected at most 3000; the file was not parsed');
    expect(message(`---\ntitle: x\n---\n- item\n${'lazy\n'.repeat(2000)}`)).toBe('Unexpected list or block quote of weight 2001 (lines times nesting depth), expected at most 2000; split it with a heading or a paragraph; the file was not parsed');
    // Indentation counts as well as markers, as it always has: each `-\t` is two levels.
    expect(message(`---\ntitle: x\n---\n${'-\t'.repeat(40)}x\n`)).toBe('Unexpected nesting 80 levels deep (lists or block quotes), expected at most 32; the file was not parsed');
    expect(message(`---\ntitle: x\n---\n${Array.from({ length: 10_001 }, (_, i) => `  [d${i}]: x`).join('\n\n')}\n`)).toBe('Unexpected 10001 link reference definitions, expected at most 10000; the file was not parsed');
  });

  it('just under the limits, the same shapes are parsed, not refused', () => {
    const underLimit = [
      emphasisLadder(70), // 2,485 markers
      `---\ntitle: x\n---\n${'[a]'.repeat(999)}\n`,
      `---\ntitle: x\n---\n- item\n${'lazy\n'.repeat(1998)}`,
      `---\ntitle: x\n---\n${`${'- '.repeat(24)}x\n`.repeat(66)}`, // depth 30, weight 1,980
      `---\ntitle: x\n---\n${'-\t'.repeat(16)}x\n`,
    ];
    for (const input of underLimit) expect(rules(input)).not.toContain('input-limit');
    // Fenced code does not count: a large JSON policy is not a paragraph of brackets.
    expect(rules(`---\ntitle: x\n---\n\`\`\`json\n${'[[{"a": [1]}]],\n'.repeat(2000)}\`\`\`\n`)).not.toContain('input-limit');
  });

  it('the project guides are far from every limit', () => {
    for (const seed of loadSeeds()) expect(rules(seed.text), seed.name).not.toContain('input-limit');
  });
});

describe('bytes and line endings', () => {
  it('a NUL byte in text input marks the file binary, and fix refuses it', () => {
    const result = run('---\ntitle: "T"\n---\n\n## Overview\n\nbefore\0after\n');
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.place.start.line}:${d.place.start.column}`)).toEqual(['input-binary 7:7']);
    expect(fixGuide(result.parsed, reference).text).toBeNull();
  });

  it('overlong, surrogate and truncated UTF-8 sequences are reported at the first one, and fix refuses the file', () => {
    const result = run(invalidUtf8());
    expect(result.diagnostics.find((d) => d.ruleId === 'input-encoding')?.place.start).toMatchObject({ line: 7, column: 5 });
    expect(fixGuide(result.parsed, reference).refusedBecause[0]).toMatch(/^7:5 Unexpected invalid UTF-8/);
  });

  it('a second BOM, lone CRs and mixed endings keep positions inside the file and survive fix byte for byte', () => {
    const drift = readFileSync(new URL('../fix/fixture-drift.md', import.meta.url), 'utf8');
    const lines = drift.split('\n');
    // The frontmatter too: a lone CR reads as LF before the YAML parser, which knows only LF and CRLF.
    const mixed = `\uFEFF${lines.map((line, index) => line + ['\r\n', '\n', '\r', '\n'][index % 4]).join('')}`;
    expect(() => checkInvariants(mixed, reference)).not.toThrow();
    expect(() => checkInvariants(`\uFEFF${mixed}`, reference)).not.toThrow();
    const parsed = parseGuide(new TextEncoder().encode(mixed), 'mixed.md');
    expect(parsed.bom).toBe(true);
    expect(parsed.problems).toEqual([]);
    const fixed = fixGuide(parsed, reference).text ?? '';
    const overview = mixed.slice(mixed.indexOf('Text that must survive'), mixed.indexOf('## Table of Contents'));
    expect(fixed).toContain(overview);
  });
});

describe('frontmatter cannot pollute prototypes', () => {
  it('nested __proto__, constructor.prototype and merge keys stay data', () => {
    const input = '---\ntitle: {__proto__: {polluted: 1}}\nmaturity: [{"__proto__": {"polluted2": 1}}]\nvendor: {constructor: {prototype: {polluted3: 1}}}\nbase: &base {__proto__: {polluted4: 1}}\ncategory: {<<: *base}\n---\n\n## Overview\n';
    const result = run(input);
    const probe = {} as Record<string, unknown>;
    for (const key of ['polluted', 'polluted2', 'polluted3', 'polluted4']) expect(probe[key], key).toBeUndefined();
    const data = result.parsed.guide.frontmatter?.data ?? {};
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect((data['title'] as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(data).sort()).toEqual(['base', 'category', 'maturity', 'title', 'vendor']);
    expect(result.diagnostics.filter((d) => d.ruleId === 'frontmatter-schema').length).toBeGreaterThan(0);
  });
});

/**
 * Executable means markup: `<script`/`<iframe` anywhere, or an event handler, a `javascript:` URL
 * or a `data:` href/src inside a tag. The same words as escaped text or code are inert.
 */
const EXECUTABLE: Array<[string, RegExp]> = [
  ['script element', /<script/i],
  ['iframe', /<iframe/i],
  ['event handler', /<[^>]*\son\w+\s*=/i],
  ['javascript: URL', /<[^>]*javascript:/i],
  ['data: URL in href/src', /<[^>]*(?:href|src)\s*=\s*["']?\s*data:/i],
];
const expectInert = (html: string): void => {
  for (const [what, pattern] of EXECUTABLE) expect(html, `${what} in ${html}`).not.toMatch(pattern);
};

describe('renderMarkdown leaves nothing executable', () => {
  const attacks = [
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<img src=x onerror=alert(1)>',
    '<svg onload=alert(1)><circle/></svg>',
    '<details open ontoggle=alert(1)>x</details>',
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>">',
    '<object data="javascript:alert(1)"></object>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<!--><script>alert(1)</script>-->',
    '<b onclick="alert(1)">bold</b>',
    '<br/onload=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](java&#x73;cript:alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x]( javascript:alert(1) "title")',
    '[x](<javascript:alert(1)>)',
    '<javascript:alert(1)>',
    '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[ref]\n\n[ref]: javascript:alert(1)',
    '![ref]\n\n[ref]: data:image/png;base64,AAAA',
    '```html\n<script>alert(1)</script>\n```',
    '`<script>alert(1)</script>`',
    '| a | <script>alert(1)</script> |\n|---|---|\n| [x](javascript:alert(1)) | <img src=x onerror=alert(1)> |',
    '> <iframe src=x></iframe>\n> - <a href="javascript:x">y</a>',
  ];

  it.each(attacks)('%s', (attack) => {
    const html = renderMarkdown(attack);
    expectInert(html);
  });

  it('a whole guide of them renders inert and is flagged by raw-html', () => {
    const guide = `---\ntitle: "Evil"\n---\n\n## Overview\n\n${attacks.join('\n\n')}\n`;
    expectInert(renderMarkdown(guide));
    expect(run(guide).diagnostics.filter((d) => d.ruleId === 'raw-html').length).toBeGreaterThan(10);
  });

  it('any mix of them renders inert (fixed seed, 200 cases)', () => {
    const piece = fc.oneof(fc.constantFrom(...attacks), fc.constantFrom('\n', '\n\n', ' ', '> ', '- ', '| ', '`', '<', '"', "'", '=', '&#'), fc.string({ maxLength: 6 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectInert(renderMarkdown(pieces.join('')))), { seed: 20_260_304, numRuns: 200 });
  });
});

describe('the file system', () => {
  it('findMarkdownFiles does not follow symlinks out of the content folder', async () => {
    const found = await symlinkWalk();
    expect(found.files).toEqual([join('content', 'guides', 'real.md')]);
    expect(found.skippedLinks.sort()).toEqual([join('content', 'etc'), join('content', 'guides', 'link.md'), join('content', 'linked-folder')]);
  });

  it('two concurrent `hardmap fix` runs on one file, in process and as child processes, leave the single-run result', async () => {
    const outcome = await concurrentFix();
    expect(outcome.expected).toContain('## 2. Compliance Quick Reference');
    expect(outcome.inProcess).toBe(outcome.expected);
    expect(outcome.children).toBe(outcome.expected);
    expect(outcome.leftovers).toEqual([]);
  }, 60_000);
});
