/**
 * Deterministic synthetic guide collection shaped like the real 130-guide corpus (5.5 MB, 1,850
 * controls): controls per guide median 13, p90 20, max 58; about 44 lines per control with a
 * framework table, ClickOps steps, lists, inline NIST lines on some; quick references; changelogs;
 * and a few defects on purpose (withdrawn SA-12, stale anchors, missing quick-reference rows).
 *
 *   node bench/generate.ts --guides 130 --seed 1 --out bench/.tmp/synthetic-130
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** mulberry32: tiny, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NIST = ['AC-2', 'AC-2(1)', 'AC-3', 'AC-6', 'AC-6(1)', 'AC-17', 'AU-2', 'AU-6', 'AU-12', 'CM-2', 'CM-6', 'CM-7', 'CM-8', 'IA-2', 'IA-2(1)', 'IA-5', 'RA-5', 'SC-7', 'SC-8', 'SC-12', 'SC-28', 'SI-4', 'SI-7'];
const CIS = ['1.1', '3.11', '4.1', '5.4', '6.3', '6.5', '8.2', '12.5', '13.5'];
const WORDS = 'access account admin alert audit baseline certificate configure console credential data device enforce event identity key log monitor network policy privileged review role rotate scan secret session token user vault'.split(' ');

/** Controls per guide: median 13, p90 20, max 58 (an empirical shape, not a formula). */
function controlCount(random: () => number, index: number): number {
  if (index === 0) return 58;
  const r = random();
  return r < 0.5 ? 8 + Math.floor(random() * 6) : r < 0.9 ? 13 + Math.floor(random() * 8) : 20 + Math.floor(random() * 15);
}

function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'x');
  return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function pick<T>(random: () => number, list: readonly T[], count: number): T[] {
  return [...new Set(Array.from({ length: count }, () => list[Math.floor(random() * list.length)] as T))];
}

function control(random: () => number, number: string, title: string): { text: string; nist: string[] } {
  const nist = pick(random, NIST, 1 + Math.floor(random() * 3));
  if (random() < 0.02) nist.push('SA-12');
  const level = ['L1 (Crawl)', 'L2 (Walk)', 'L3 (Run)'][Math.floor(random() * 3)];
  const lines = [`### ${number} ${title}`, '', `**Profile Level:** ${level}`];
  if (random() < 0.3) lines.push(`**NIST 800-53:** ${nist.join(', ')}`);
  lines.push('', '| Framework | Control |', '|-----------|---------|', `| CIS Controls | ${pick(random, CIS, 2).join(', ')} |`, `| NIST 800-53 | ${nist.join(', ')} |`, '');
  lines.push('#### Description', sentence(random, 18), sentence(random, 14), sentence(random, 16), '', '#### Rationale', `**Why This Matters:** ${sentence(random, 16)} ${sentence(random, 14)}`, '', `**Attack Prevented:** ${sentence(random, 6)}`, '');
  lines.push('#### Prerequisites', `- ${sentence(random, 6)}`, `- ${sentence(random, 6)}`, '');
  lines.push('#### ClickOps Implementation', '');
  for (let step = 1; step <= 3; step++) {
    lines.push(`**Step ${step}: ${sentence(random, 3).slice(0, -1)}**`, `1. Navigate to: **Settings** → **${WORDS[step]}** → **${WORDS[step + 3]}**`, `2. ${sentence(random, 9)}`, `   - ${sentence(random, 5)}`, `3. ${sentence(random, 7)}`, '');
  }
  lines.push('#### Code Implementation', '', '```bash', `curl -s -H "Authorization: Bearer $TOKEN" https://api.example.com/v1/${WORDS[Math.floor(random() * WORDS.length)]}`, '```', '', '**Time to Complete:** ~15 minutes', '', '#### Validation', `1. ${sentence(random, 10)}`, `2. ${sentence(random, 8)}`, '', '#### Operational Impact', sentence(random, 20), sentence(random, 18), sentence(random, 22), sentence(random, 20), '', '---', '');
  return { text: lines.join('\n'), nist };
}

export function generateGuide(seed: number, index: number): string {
  const random = prng(seed * 100_003 + index);
  const slug = `vendor-${String(index).padStart(4, '0')}`;
  const count = controlCount(random, index);
  const sections = Math.max(2, Math.ceil(count / 6));
  const body: string[] = [];
  const rows: string[] = [];
  const toc: string[] = [];
  const anchorOf = (text: string): string => text.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
  let made = 0;
  for (let section = 1; section <= sections && made < count; section++) {
    const heading = `${section}. ${sentence(random, 3).slice(0, -1)}`;
    toc.push(`${section}. [${heading.slice(heading.indexOf(' ') + 1)}](#${anchorOf(heading)})`);
    body.push(`## ${heading}`, '');
    for (let n = 1; n <= 6 && made < count; n++, made++) {
      const title = sentence(random, 5).slice(0, -1);
      const { text, nist } = control(random, `${section}.${n}`, title);
      body.push(text);
      const anchor = anchorOf(`${section}.${n} ${title}`);
      // Drift on purpose: some rows are missing, some anchors are stale.
      if (random() < 0.6) rows.push(`| ${nist[0]} | ${title} | [${section}.${n}](#${random() < 0.05 ? `${anchor}-old` : anchor}) |`);
    }
  }
  const qr = sections + 1;
  return [
    '---', 'layout: guide', `title: "Vendor ${index} Hardening Guide"`, `vendor: "Vendor ${index}"`, `slug: "${slug}"`, `tier: "${1 + (index % 3)}"`, 'category: "Synthetic"',
    `description: "${sentence(random, 12)}"`, 'version: "0.3.0"', 'maturity: ["ai-drafted"]', 'last_updated: "2026-08-01"', '---', '',
    '## Overview', '', sentence(random, 40), sentence(random, 30), '', '### Intended Audience', '- Security engineers', '- GRC professionals', '',
    '## Table of Contents', '', ...toc, '', '---', '',
    ...body,
    `## ${qr}. Compliance Quick Reference`, '', '### NIST 800-53 Rev 5 Mapping', '', '| Control | Vendor Control | Guide Section |', '|---------|----------------|---------------|', ...rows, '', '---', '',
    '## Changelog', '', '| Date | Version | Maturity | Changes | Author |', '|------|---------|----------|---------|--------|',
    '| 2026-08-01 | 0.3.0 | ai-drafted | Synthetic update | bench |', '| 2026-05-01 | 0.2.0 | ai-drafted | Synthetic | bench |', '',
  ].join('\n');
}

export function generateCollection(guides: number, seed: number, out: string): { files: number; bytes: number } {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (let index = 0; index < guides; index++) {
    const text = generateGuide(seed, index);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(out, `vendor-${String(index).padStart(4, '0')}.md`), text);
  }
  return { files: guides, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { guides: { type: 'string', default: '130' }, seed: { type: 'string', default: '1' }, out: { type: 'string', default: 'bench/.tmp/synthetic' } } });
  const result = generateCollection(Number(values.guides), Number(values.seed), values.out);
  console.log(`${result.files} guides, ${(result.bytes / 1e6).toFixed(2)} MB in ${values.out}`);
}
