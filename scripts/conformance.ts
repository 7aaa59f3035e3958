/**
 * Conformance run over a real-world guide collection (default ../shared/corpus/how-to-harden).
 * Fails when a guide crashes the parser, yields zero controls, loses a numbered control heading
 * that carries a Profile Level, or when the CLI exits with a usage/internal error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeGuide, changedLines, fixableLines, fixGuide, parseGuide } from '../src/index.ts';
import { findMarkdownFiles, loadReferenceData } from '../src/node.ts';

const dir = resolve(process.argv[2] ?? '../shared/corpus/how-to-harden');
if (!existsSync(dir)) {
  console.error(`conformance: ${dir} not found`);
  process.exit(2);
}
const { files } = await findMarkdownFiles([dir], process.cwd());
const reference = loadReferenceData();
const failures: string[] = [];
const perRule = new Map<string, number>();
let controls = 0;
let fixedGuides = 0;
console.log(`${'guide'.padEnd(32)} ${'controls'.padStart(8)} ${'headings'.padStart(8)} ${'errors'.padStart(6)} ${'warnings'.padStart(8)}`);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  // Independent count: a numbered ### heading whose next non-blank line is a Profile Level line.
  const expected = [...text.matchAll(/^###\s+(?:\d+|[A-Z])(?:\.\d+)+\.?\s+.*\n(?:\s*\n)*\*\*Profile Level:\*\*/gm)].length;
  let result;
  try {
    result = analyzeGuide(readFileSync(file), file, reference);
  } catch (error) {
    failures.push(`${file}: crashed: ${(error as Error).stack}`);
    continue;
  }
  const found = result.parsed.guide.controls.filter((control) => control.level !== null).length;
  controls += result.parsed.guide.controls.length;
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  for (const d of result.diagnostics) perRule.set(d.ruleId, (perRule.get(d.ruleId) ?? 0) + 1);
  console.log(`${file.split('/').pop()!.padEnd(32)} ${String(result.parsed.guide.controls.length).padStart(8)} ${String(expected).padStart(8)} ${String(errors).padStart(6)} ${String(warnings).padStart(8)}`);
  if (result.parsed.guide.controls.length === 0) failures.push(`${file}: zero controls extracted`);
  if (found < expected) failures.push(`${file}: ${found} controls with a level extracted, but ${expected} numbered headings carry a Profile Level`);
  // hardmap fix on a copy: only quick-reference, mapping and link lines change, a second run
  // changes nothing, and the quick-reference rules are satisfied afterwards.
  const fixed = fixGuide(result.parsed, reference);
  if (fixed.text === null) failures.push(`${file}: fix refused: ${fixed.refusedBecause.join('; ')}`);
  else {
    const allowed = fixableLines(result.parsed.guide);
    const outside = changedLines(result.parsed.text, fixed.text).filter((line) => !allowed(line));
    if (outside.length > 0) failures.push(`${file}: fix changed lines outside its spans: ${outside.slice(0, 10).join(', ')}`);
    if (fixGuide(parseGuide(fixed.text, file), reference).applied.length > 0) failures.push(`${file}: a second fix changed the file again`);
    const left = analyzeGuide(fixed.text, file, reference).diagnostics.filter((d) => d.ruleId.startsWith('quickref-'));
    if (left.length > 0) failures.push(`${file}: quick-reference findings after fix: ${left.slice(0, 3).map((d) => d.message).join(' | ')}`);
    fixedGuides++;
  }
  if (file.endsWith('github.md') && !result.diagnostics.some((d) => d.ruleId === 'nist-id-withdrawn' && d.message.includes('SA-12'))) failures.push(`${file}: SA-12 withdrawal not reported`);
}
console.log(`\n${files.length} guides, ${controls} controls; hardmap fix verified on ${fixedGuides} copies (lossless, idempotent, no quick-reference findings after)`);
for (const [rule, count] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(32)} ${count}`);

const cli = spawnSync(process.execPath, ['bin/hardmap.js', 'check', dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (cli.status !== 0 && cli.status !== 1) failures.push(`hardmap check exited ${cli.status}: ${cli.stderr.slice(0, 2000)}`);
else console.log(`hardmap check exit code ${cli.status} (1 = findings, as expected for third-party guides)`);

if (failures.length > 0) {
  console.error(`\nconformance FAILED:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('conformance passed');
