import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { allRuleMetas, analyzeGuide, checkCollection, checkRunbook, DEFAULT_CHECK_OPTIONS, parseRunbook, rulesReference, summarizeGuide, type Diagnostic } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';
import { stoppedGuide, tooLargeResult } from '../../src/core/check.ts';
import { exportSlugProblems } from '../../src/core/export/slug-check.ts';
import { tooLargeRunbook } from '../../src/core/parse/parse-runbook.ts';
import { checkPublishedPage } from '../../src/core/rules/site-slug.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const reference = loadReferenceData();
const registered = new Set(allRuleMetas().map((meta) => meta.id));

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Every test input the repository holds (no ../shared): fixtures and content, guides and runbooks. */
function emitted(): Diagnostic[] {
  const markdown = [...files('tests/fixtures', (name) => name.endsWith('.md')), ...files('content', (name) => name.endsWith('.md'))];
  const isRunbook = (path: string): boolean => /(^|\/)runbooks\//.test(path);
  const guides = markdown.filter((path) => !isRunbook(path)).map((path) => analyzeGuide(readFileSync(join(root, path)), path, reference));
  const runbooks = markdown.filter(isRunbook).map((path) => parseRunbook(readFileSync(join(root, path)), path));
  const summaries = guides.map((result) => summarizeGuide(result.parsed.guide));
  const start = { line: 1, column: 1, offset: 0 };
  return [
    ...guides.flatMap((result) => result.diagnostics),
    ...checkCollection(summaries, reference, DEFAULT_CHECK_OPTIONS),
    ...runbooks.flatMap((parsed) => checkRunbook(parsed, summaries, DEFAULT_CHECK_OPTIONS)),
    ...checkRunbook(tooLargeRunbook('big.md', 10, 1), [], DEFAULT_CHECK_OPTIONS),
    ...stoppedGuide('# A\n', 'slow.md', { budget: 'time', limitMs: 1000 }, reference).diagnostics,
    ...tooLargeResult('big.md', 10, 1, reference).diagnostics,
    ...exportSlugProblems(guides.map((result) => result.parsed.guide)),
    ...checkPublishedPage({ path: 'r.md', directives: [], requestedSlug: 'a b', slug: 'r', slugPlace: { start, end: start } }, DEFAULT_CHECK_OPTIONS),
  ];
}

it('every rule id emitted over the fixtures and content is registered, with a docs entry', () => {
  const found = emitted();
  const ids = new Set(found.map((d) => d.ruleId));
  // The inputs exercise most rules; a regression to a narrow run would hide unregistered ids.
  expect(ids.size).toBeGreaterThan(30);
  const page = rulesReference(allRuleMetas());
  for (const id of ids) {
    expect(registered.has(id), id).toBe(true);
    expect(page, id).toContain(`\n## ${id}\n`);
  }
  for (const d of found) expect(d.url).toBe(`docs/rules.md#${d.ruleId}`);
});

it('every rule id written as a literal in src/ is registered', () => {
  const literals = files('src', (name) => name.endsWith('.ts')).flatMap((path) => [...readFileSync(join(root, path), 'utf8').matchAll(/ruleId(?:\(|: ?)'([a-z0-9-]+)'/g)].map((match) => [path, match[1] ?? '']));
  expect(literals.length).toBeGreaterThan(5);
  expect(literals.filter(([, id]) => !registered.has(id ?? ''))).toEqual([]);
});
