/**
 * `npm run precision [-- --check] [--packs=DIR] [corpus]`: re-run `hardmap check` on the corpus (default
 * ../shared/corpus/how-to-harden) with its code packs (`--packs=DIR`, default `<corpus>-packs/packs`
 * when that folder exists, as ../shared/corpus/how-to-harden-packs/packs does), join its errors and warnings with docs/precision-verdicts.yaml
 * and write docs/precision.md. New findings get a `verdict: todo` stub in the verdicts file to
 * fill in. With --check, exit 1 when a finding has no verdict or one is judged false.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { renderReview } from './precision/render.ts';
import { review, verdictKey, type Finding, type Verdict } from './precision/review.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const corpusArg = args.find((arg) => !arg.startsWith('--')) ?? '../shared/corpus/how-to-harden';
const corpus = resolve(corpusArg);
const VERDICTS = 'docs/precision-verdicts.yaml';
// The packs root is passed explicitly: the corpus keeps its packs in a sibling folder, not in packs/ beside the guides.
const packsArg = args.find((arg) => arg.startsWith('--packs='))?.slice('--packs='.length) ?? (existsSync(`${corpus}-packs/packs`) ? `${corpus}-packs/packs` : null);
if (!existsSync(corpus)) {
  console.error(`precision: ${corpusArg} not found`);
  process.exit(2);
}
// A generous per-file budget: on a busy machine the default 4 s can stop a large guide, and the review must not depend on load.
const run = spawnSync(process.execPath, ['bin/hardmap.js', 'check', corpus, ...(packsArg ? ['--packs', resolve(packsArg)] : []), '--format', 'json', '--no-cache'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, HARDMAP_FILE_BUDGET_MS: '120000' } });
if (run.status !== 0 && run.status !== 1) {
  console.error(`precision: hardmap check exited ${run.status}: ${run.stderr}`);
  process.exit(2);
}
const report = JSON.parse(run.stdout) as { diagnostics: Array<{ ruleId: string; severity: Finding['severity']; file: string; message: string; place: { start: { line: number; column: number } } }> };
const findings: Finding[] = report.diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, file: basename(d.file), line: d.place.start.line, column: d.place.start.column, message: d.message }));
const stored = existsSync(VERDICTS) ? ((parse(readFileSync(VERDICTS, 'utf8')) ?? []) as Array<Omit<Verdict, 'verdict'> & { verdict: Verdict['verdict'] | 'todo' }>) : [];
const decided = stored.filter((v): v is Verdict => v.verdict === 'true' || v.verdict === 'false');
const result = review(findings, decided);
const unreviewed = result.findings.filter((finding) => !finding.verdict);
if (!check) {
  // Keep every verdict (stale ones too, so lost recall stays visible), add a stub per new finding.
  // Stubs nobody filled in are dropped when their finding went away; decided verdicts never are.
  const todo = new Map(stored.filter((v) => v.verdict === 'todo').map((v) => [verdictKey(v), v]));
  const stubs = unreviewed.map((f) => todo.get(verdictKey({ rule: f.ruleId, file: f.file, message: f.message })) ?? { rule: f.ruleId, file: f.file, line: f.line, message: f.message, verdict: 'todo', why: '' });
  writeFileSync(VERDICTS, stringify([...decided, ...stubs], { lineWidth: 0 }));
  writeFileSync('docs/precision.md', `${renderReview(result, corpusArg)}\n`);
}
const falses = result.findings.filter((finding) => finding.verdict?.verdict === 'false');
console.log(`precision: ${result.findings.length} errors and warnings on ${corpusArg}: ${result.findings.length - unreviewed.length - falses.length} true, ${falses.length} false, ${unreviewed.length} not reviewed; ${result.stale.length} reviewed findings no longer reported`);
if (check && (unreviewed.length > 0 || falses.length > 0)) {
  for (const finding of [...unreviewed, ...falses].slice(0, 20)) console.error(`  ${finding.verdict ? 'false' : 'not reviewed'}: ${finding.file}:${finding.line} [${finding.ruleId}] ${finding.message}`);
  process.exit(1);
}
