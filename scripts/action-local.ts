/**
 * The GitHub Action's own steps (action.yml), run on a fixture repository with no network: a
 * temporary git repository built from tests/fixtures/action, a base commit, then a work tree that
 * changes a control's mappings. Checks the SARIF report, the annotations and the job summary of a
 * run with findings, of a clean run, and of a run with no base revision. Exit 0 when all hold.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runComposite, type CompositeRun } from './action/composite.ts';
import { checks, fixtureRepo } from './action/fixture-repo.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const GUIDE = 'content/guides/acme-cloud.md';
const TABLE_ROW = '| NIST 800-53 Rev 5 | IA-2(1) |';

const { expect, finish } = checks('action-local');
const { repo, base } = fixtureRepo(join(ROOT, 'tests/fixtures/action'), 'hardmap-action-repo-');
const original = readFileSync(join(repo, GUIDE), 'utf8');
const context = (baseSha: string): Record<string, string> => ({ action_path: ROOT, token: '', 'event.pull_request.base.sha': baseSha, 'event.pull_request.number': '' });
const annotationsOf = (run: CompositeRun): string[] => (run.steps.find((step) => step.name === 'hardmap check (annotations)')?.stdout ?? '').split('\n').filter((line) => line.startsWith('::'));
const sarifResults = (): Array<[string, string, number]> => {
  const sarif = JSON.parse(readFileSync(join(repo, 'hardmap.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
  expect(sarif.version === '2.1.0', 'the SARIF report is SARIF 2.1.0');
  return sarif.runs.flatMap((run) => run.results.map((result): [string, string, number] => [result.ruleId, result.locations[0]?.physicalLocation.artifactLocation.uri ?? '', result.locations[0]?.physicalLocation.region.startLine ?? 0]));
};

// 1. A pull request that adds an unknown NIST ID and a real one without regenerating the quick reference.
writeFileSync(join(repo, GUIDE), original.replace(TABLE_ROW, '| NIST 800-53 Rev 5 | IA-2(1), AC-99, AC-2 |'));
const withFindings = runComposite(join(ROOT, 'action.yml'), repo, {}, context(base));
expect(withFindings.code === 1, 'a run with an error ends the job with exit code 1', JSON.stringify(withFindings.steps, null, 2));
expect(JSON.stringify(withFindings.steps.filter((step) => step.skipped).map((step) => step.skipped)) === JSON.stringify(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']), 'only setup-node and upload-sarif are skipped (they need the network)');
const results = sarifResults();
expect(JSON.stringify(results) === JSON.stringify([['nist-id-unknown', GUIDE, 35], ['quickref-nist-missing', GUIDE, 35]]), 'the SARIF report has the error and the warning', JSON.stringify(results));
const annotations = annotationsOf(withFindings);
expect(annotations.length === 2 && annotations[0]!.startsWith(`::error file=${GUIDE},line=35,col=32,endLine=35,endColumn=37,title=nist-id-unknown::Unexpected NIST SP 800-53 Rev 5 ID \`AC-99\``) && annotations[1]!.startsWith(`::warning file=${GUIDE},line=35,col=39,`), 'the annotations name file, line and column of each finding', annotations.join('\n'));
expect(withFindings.summary.startsWith(`### hardmap: mapping changes since \`${base}\``) && withFindings.summary.includes('| ✏️ | acme-cloud | 1.1 Enforce Multi-Factor Authentication | mappings added: NIST 800-53 AC-2, NIST 800-53 AC-99 |'), 'the job summary is the Markdown diff against the base, with the mappings added to control 1.1', withFindings.summary);

// 2. The same change made clean: the unknown ID dropped and `hardmap fix` run.
writeFileSync(join(repo, GUIDE), original.replace(TABLE_ROW, '| NIST 800-53 Rev 5 | IA-2(1), AC-2 |'));
execFileSync(process.execPath, [join(ROOT, 'bin/hardmap.js'), 'fix'], { cwd: repo, stdio: 'ignore' });
const clean = runComposite(join(ROOT, 'action.yml'), repo, { 'max-warnings': '0' }, context(base));
expect(clean.code === 0, 'a clean run ends the job with exit code 0', JSON.stringify(clean.steps, null, 2));
expect(sarifResults().length === 0, 'the clean SARIF report has no results');
expect(annotationsOf(clean).length === 0, 'a clean run writes no annotations');
expect(clean.summary.includes('| 1.1 Enforce Multi-Factor Authentication | mappings added: NIST 800-53 AC-2 |'), 'the clean summary lists AC-2 only', clean.summary);

// 3. A push (no pull request, no base input): no diff, and the summary says why.
const push = runComposite(join(ROOT, 'action.yml'), repo, {}, context(''));
expect(push.code === 0 && push.summary.startsWith('hardmap: no base revision'), 'without a base revision the summary says there is nothing to compare', push.summary);

finish();
