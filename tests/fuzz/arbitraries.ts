import fc from 'fast-check';
import type { Seed } from './seeds.ts';

/** One generated input and a short description to reproduce it by eye. */
export interface FuzzCase {
  kind: 'markdown' | 'yaml' | 'mutation';
  label: string;
  input: string | Uint8Array;
}

/** Characters that break naive parsers: NUL, BOM, lone CR, tabs, zero-width and bidi controls. */
const AWKWARD = ['\0', '\uFEFF', '\r', '\r\n', '\t', '\u200B', '\u200C', '\u200D', '\u2060', '\u202E', '\u202D', '\u200F', '\u2066', '\u2069', '\u00A0', '\uFFFD', '\u{1F512}', '\\', '|', '`', '*', '_', '[', ']', '<', '&'];

const TOKENS = [
  'AC-2', 'IA-2(1)', 'AC-02(01)', 'ac-2.1', 'SC-7 (Boundary Protection)', '6.5', '16.11', 'CC6.1', 'A.5.15', 'A.9.2.3', '8.3.1', 'XX-99',
  'L1 (Baseline)', 'L2 (Hardened)', 'L3 (Maximum Security)', 'L4 (Fly)', 'L1 (Crawl) - CRITICAL',
  'NIST 800-53', 'NIST 800-53 Rev 5', 'CIS Controls v8', 'SOC 2', 'ISO 27001:2022', 'PCI DSS v4.0.1', 'HIPAA', 'CISA SCuBA',
  '**Settings**', '→', '**', '*', '_', '`', '[', ']', '(', ')', '<', '>', '|', '\\|', '&amp;', '#', '---', '```', '~~~', '<!--', '-->',
  '{% include pack-code.html vendor="x" %}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
  '[x](#11-control)', '[y](https://example.com)', '![i](data:text/html,x)', '<https://a.b>', '[ref][r]', '[r]', ...AWKWARD,
];

const word = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const text = fc.tuple(fc.array(word, { maxLength: 10 }), fc.constantFrom(' ', '', '  ')).map(([words, sep]) => words.join(sep));
const controlNumber = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.constantFrom('A.1', 'B.2', '1', '1.', '01.01'),
);
const label = fc.constantFrom('NIST 800-53', 'NIST 800-53 Rev 5', 'CIS Controls v8', 'CIS Controls', 'SOC 2', 'SOC 2 TSC', 'ISO 27001:2022', 'ISO 27001', 'PCI DSS v4.0.1', 'HIPAA', 'Framework', '');
const ids = fc.array(fc.constantFrom(...TOKENS.slice(0, 12)), { maxLength: 4 }).map((list) => list.join(', '));
const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', '      ');

/** A line of something that looks like a guide, or doesn't. */
export const markdownLine: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: text, weight: 4 },
  fc.constant(''),
  fc.tuple(fc.integer({ min: 1, max: 7 }), text).map(([level, t]) => `${'#'.repeat(level)} ${t}`),
  fc.tuple(controlNumber, text).map(([n, t]) => `### ${n} ${t}`),
  fc.tuple(fc.integer({ min: 0, max: 9 }), text).map(([n, t]) => `## ${n}. ${t}`),
  fc.constantFrom('## Overview', '## Table of Contents', '## Compliance Quick Reference', '## 9. Compliance Quick Reference', '## Changelog', '## Appendix A: References', '#### Description', '#### ClickOps Implementation', '#### Code Implementation', '#### Compliance Mappings', '#### Validation'),
  fc.constantFrom(...TOKENS.slice(12, 17)).map((level) => `**Profile Level:** ${level}`),
  fc.tuple(label, ids).map(([l, i]) => `| ${l} | ${i} |`),
  fc.tuple(label, ids, text).map(([l, i, t]) => `| ${l} | ${i} | ${t} |`),
  fc.constantFrom('| Framework | Control |', '|-----------|---------|', '|---|---|---|', '| --- |', '| SOC 2 | NIST 800-53 | Guide Section |', '| Control ID | Control Name | Guide Section |', '|:--|--:|'),
  fc.tuple(ids, text, controlNumber).map(([i, t, n]) => `| ${i} | ${t} | [${n}](#${n.replace(/\./g, '')}-${t.toLowerCase().replace(/\W+/g, '-')}) |`),
  fc.tuple(label, ids).map(([l, i]) => `**${l}:** ${i}`),
  fc.tuple(indent, fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '-\t', '> ', '>', '> - '), text).map(([i, m, t]) => `${i}${m}${t}`),
  fc.tuple(fc.constantFrom('```', '~~~', '````', '```bash', '``` yaml'), indent).map(([fence, i]) => `${i}${fence}`),
  fc.tuple(fc.string({ maxLength: 6 }), text).map(([l, u]) => `[${l}]: ${u}`),
  fc.constantFrom('<!-- hardmap-disable-next-line -->', '<!-- hardmap-disable-next-line raw-html -->', '<!-- open comment', '<div onclick="x()">', '</div>', '---', '***', '===', '| 2026-01-02 | 1.0.0 | Initial |', '| Date | Version | Changes |', '**Step 1: Do it**', '**Time to Complete:** ~5 minutes'),
);

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** Guide-shaped Markdown from the line grammar above, with an optional frontmatter. */
export const markdownCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.boolean(), fc.array(markdownLine, { maxLength: 60 }), fc.array(eol, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([front, lines, endings, bom]) => {
    const body = lines.map((line, index) => line + (endings[index % endings.length] ?? '\n')).join('');
    const head = front ? '---\ntitle: "Fuzz"\nslug: "fuzz"\nversion: "1.0.0"\nlast_updated: "2026-01-02"\n---\n\n' : '';
    return { kind: 'markdown' as const, label: `markdown ${lines.length} lines`, input: `${bom ? '\uFEFF' : ''}${head}${body}` };
  });

const yamlKey = fc.oneof(
  fc.constantFrom('title', 'vendor', 'slug', 'tier', 'category', 'description', 'version', 'maturity', 'last_updated', '__proto__', 'constructor', 'prototype', '<<', '? complex', '"quoted"', 'toString', 'hasOwnProperty'),
  fc.string({ maxLength: 10 }),
);
const yamlScalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"1.0.0"', '1.0', '2026-01-02', '"2026-13-45"', '~', 'null', 'true', '[a, b]', '["ai-drafted"]', '{a: 1}', '&a x', '*a', '*missing', '!!binary aGk=', '!!str 3', '!!js/function "x"', '|', '>-', '[', '{', "'", '"', '- x', '@', '`', '%YAML 1.2', '0x1F', '.inf', '1e400', '"\\u0000"', '[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]'),
);
const yamlLine = fc.oneof(
  { arbitrary: fc.tuple(indent, yamlKey, yamlScalar).map(([i, k, v]) => `${i}${k}: ${v}`), weight: 5 },
  fc.tuple(indent, yamlScalar).map(([i, v]) => `${i}- ${v}`),
  fc.constantFrom('', '#comment', '...', '---', '? ', ': ', '  - &x [*x]'),
);

/** A frontmatter of odd YAML (or valid YAML of arbitrary data) over a small valid body. */
export const yamlCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.oneof(
      fc.array(yamlLine, { maxLength: 20 }).map((lines) => lines.join('\n')),
      fc.anything({ maxDepth: 4 }).map((value) => stringifyYamlish(value)),
      fc.string({ maxLength: 80 }),
    ),
    fc.boolean(),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([yaml, closed, newline]) => {
    const doc = `---\n${yaml}\n${closed ? '---\n' : ''}\n## Overview\n\nText.\n\n## 1. Section\n\n### 1.1 Control\n\n**Profile Level:** L1 (Baseline)\n\n| Framework | Control |\n|---|---|\n| NIST 800-53 | AC-2 |\n`;
    return { kind: 'yaml' as const, label: `yaml ${yaml.length} chars`, input: doc.replace(/\n/g, newline) };
  });

/** JSON is YAML; keys such as __proto__ survive JSON.stringify only through an own property. */
function stringifyYamlish(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null';
  } catch {
    return 'null';
  }
}

type Mutation =
  | { op: 'delete' | 'duplicate' | 'fence' | 'breakTable' | 'heading' | 'crlfFrom'; at: number }
  | { op: 'swap'; at: number; to: number }
  | { op: 'truncate'; at: number }
  | { op: 'insertChar'; at: number; char: string }
  | { op: 'insertLine'; at: number; line: string }
  | { op: 'crlf' | 'tabs' };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'fence' as const, 'breakTable' as const, 'heading' as const, 'crlfFrom' as const), at: position }),
  fc.record({ op: fc.constant('swap' as const), at: position, to: position }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({ op: fc.constant('insertChar' as const), at: position, char: fc.constantFrom(...AWKWARD) }),
  fc.record({ op: fc.constant('insertLine' as const), at: position, line: markdownLine }),
  fc.record({ op: fc.constantFrom('crlf' as const, 'tabs' as const) }),
);

/** Apply one mutation to a list of lines (each without its ending); positions wrap around. */
function mutate(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  const n = Math.max(out.length, 1);
  switch (m.op) {
    case 'delete': out.splice(m.at % n, 1); break;
    case 'duplicate': out.splice(m.at % n, 0, out[m.at % n] ?? ''); break;
    case 'swap': {
      const a = m.at % n;
      const b = m.to % n;
      [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
      break;
    }
    case 'fence': out.splice(m.at % n, 0, '```'); break;
    case 'heading': out[m.at % n] = `#${out[m.at % n] ?? ''}`; break;
    case 'breakTable': {
      // The first table line at or after the position: drop a pipe, or turn it into a separator.
      const rows = out.map((line, index) => (line.includes('|') ? index : -1)).filter((index) => index !== -1);
      const row = rows[m.at % Math.max(rows.length, 1)];
      if (row === undefined) break;
      const line = out[row] ?? '';
      out[row] = m.at % 3 === 0 ? line.replace('|', '') : m.at % 3 === 1 ? `${line}|||` : '|-|-|-|-|';
      break;
    }
    case 'truncate': {
      const joined = out.join('\n');
      return joined.slice(0, m.at % (joined.length + 1)).split('\n');
    }
    case 'insertChar': {
      const joined = out.join('\n');
      const at = m.at % (joined.length + 1);
      return (joined.slice(0, at) + m.char + joined.slice(at)).split('\n');
    }
    case 'insertLine': out.splice(m.at % n, 0, m.line); break;
    case 'crlf': return out.map((line) => `${line}\r`);
    case 'crlfFrom': return out.map((line, index) => (index >= m.at % n ? `${line}\r` : line));
    case 'tabs': return out.map((line) => line.replace(/^( {2})+/, (spaces) => '\t'.repeat(spaces.length / 2)));
  }
  return out;
}

/**
 * A window of a real guide (its frontmatter plus up to `maxLines` consecutive lines, or the whole
 * guide when it is shorter) under a few mutations; sometimes as bytes with invalid UTF-8.
 */
export function mutationCase(seeds: readonly Seed[], maxLines: number): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      from: position,
      length: fc.integer({ min: 1, max: maxLines }),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
      bytes: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, fc.record({ at: position, bad: fc.constantFrom([0xff], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00]) })),
    })
    .map(({ seed, from, length, mutations, bytes }) => {
      const source = seeds[seed] ?? seeds[0];
      const all = (source?.text ?? '').split('\n');
      const frontEnd = all[0] === '---' ? all.indexOf('---', 1) + 1 : 0;
      const bodyLength = all.length - frontEnd;
      const start = frontEnd + (bodyLength > length ? from % (bodyLength - length + 1) : 0);
      let lines = [...all.slice(0, frontEnd), ...all.slice(start, start + length)];
      for (const m of mutations) lines = mutate(lines, m);
      const text = lines.join('\n');
      const label = `${source?.name ?? '?'} lines ${start + 1}-${start + length} ${mutations.map((m) => m.op).join(',')}`;
      if (!bytes) return { kind: 'mutation' as const, label, input: text };
      const encoded = new TextEncoder().encode(text);
      const at = bytes.at % (encoded.length + 1);
      const input = new Uint8Array([...encoded.subarray(0, at), ...bytes.bad, ...encoded.subarray(at)]);
      return { kind: 'mutation' as const, label: `${label},bytes@${at}`, input };
    });
}

/** All three families, weighted towards real-shaped guides. */
export function fuzzCase(seeds: readonly Seed[], maxLines: number): fc.Arbitrary<FuzzCase> {
  return fc.oneof({ arbitrary: mutationCase(seeds, maxLines), weight: 2 }, { arbitrary: markdownCase, weight: 1 }, { arbitrary: yamlCase, weight: 1 });
}
