import { describe, expect, it } from 'vitest';
import { analyzeGuide, loadReferenceData } from '../../src/index.ts';

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
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let index = 1; index < 9; index++) {
      const name = String.fromCharCode(97 + index);
      const prev = String.fromCharCode(96 + index);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = run(`---\n${levels.join('\n')}\n---\n\n## Overview\n`);
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
