import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { fixGuide } from '../../core/fix/fix-guide.ts';
import { parseGuide } from '../../core/parse/parse-guide.ts';
import { loadReferenceData } from '../../io/catalogs.ts';
import { loadConfig } from '../../io/config.ts';
import { findMarkdownFiles, isRunbookPath } from '../../io/files.ts';
import { tooLargeMessage } from '../../io/read-input.ts';
import { analyzeFiles, type GuideFileResult } from '../../io/analyze.ts';
import { budgetFromEnv, threadsFromEnv } from '../env.ts';
import { explainCode } from '../io-error.ts';
import { writeFileAtomic } from '../../io/write-atomic.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { reportDiscovery } from '../skipped-links.ts';
import { visible } from '../terminal.ts';

export const FIX_HELP = `Usage: hardmap fix [paths...] [--dry-run] [--force]

Regenerate each guide's Compliance Quick Reference (SOC 2 and NIST 800-53 tables) from what
its controls claim, and repair links to renamed controls. With \`quickref: {"derived": true}\`
in hardmap.config it also writes the SOC 2 criteria the AICPA mapping derives, in a separate
labelled table; with \`fix: {"spelling": true}\` it spells framework labels and IDs in the
controls' tables canonically. Every other byte of the file is kept. Files that do not parse
cleanly are refused, and so are read-only files (mode without a write bit, or not writable by
you) unless --force. Writes are atomic (temporary file, then rename); the file keeps its mode.

Options:
  --dry-run     print a unified diff instead of writing
  --force       rewrite read-only files too (the rename replaces them; the mode is kept)
  --config <path>
  -h, --help
`;

export async function fixCommand(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    context.stdout.write(FIX_HELP);
    return EXIT.ok;
  }
  const { config } = loadConfig(context.cwd, values.config);
  const roots = positionals.length > 0 ? positionals : config.content;
  const found = await findMarkdownFiles(roots, context.cwd);
  if (found.missing.length > 0) throw new UsageError(`no such file or folder: ${found.missing.join(', ')}`);
  const unread = reportDiscovery(found, context);
  const reference = loadReferenceData();
  let changed = 0;
  let refused = 0;
  let readOnly = 0;
  const paths = found.files.filter((file) => !isRunbookPath(file));
  // The one road: each file read once, checked within the budget; the fix parses those same bytes.
  const results: GuideFileResult[] = [];
  let failed = 0;
  for await (const result of analyzeFiles(paths, { cwd: context.cwd, reference, check: { rules: config.rules, quickref: config.quickref.mode }, threads: Math.min(threadsFromEnv(context.env), paths.length), budgetMs: budgetFromEnv(context.env), cache: true })) {
    if (result.kind === 'guide') results.push(result);
    else if (result.kind === 'failure') {
      failed++;
      context.stderr.write(`hardmap fix: cannot read ${visible(result.path)}: ${visible(explainCode(result.error))}\n`);
    }
  }
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, bytes, diagnostics, tooLarge } of results) {
    const limit = diagnostics.find((d) => d.ruleId === 'input-limit');
    if (limit) {
      refused++;
      context.stderr.write(`hardmap fix: refusing to rewrite ${visible(path)}: ${tooLarge ? tooLargeMessage(tooLarge) : visible(limit.message)}\n`);
      continue;
    }
    const parsed = parseGuide(bytes, path);
    const result = fixGuide(parsed, reference, { derived: config.quickref.derived, spelling: config.fix.spelling });
    if (result.text === null) {
      refused++;
      context.stderr.write(`hardmap fix: refusing to rewrite ${visible(path)}: ${visible(result.refusedBecause.join('; '))}\n`);
      continue;
    }
    if (result.applied.length === 0) continue;
    changed++;
    if (values['dry-run']) {
      // Shown with lone CRs as LF, as parsed.text has them: the diff tool splits lines at LF only,
      // and would show a CR-only file as one changed line. The file itself keeps its CRs.
      context.stdout.write(createTwoFilesPatch(`a/${path}`, `b/${path}`, parsed.text, result.text.replace(/\r(?!\n)/g, '\n'), '', '', { context: 3 }).replace(/^=+\n/, ''));
    } else if (!values.force && (await isReadOnly(absolute(context.cwd, path)))) {
      // The rename of an atomic write would replace the file whatever its mode: someone made it
      // read-only on purpose, so it takes --force.
      readOnly++;
      const { mode } = await stat(absolute(context.cwd, path));
      context.stderr.write(`hardmap fix: refusing to rewrite ${visible(path)}: the file is read-only (mode ${(mode & 0o777).toString(8).padStart(4, '0')}); --force rewrites it anyway\n`);
    } else {
      await writeFileAtomic(absolute(context.cwd, path), `${parsed.bom ? '\uFEFF' : ''}${result.text}`);
      const kinds = [...new Set(result.applied.map((edit) => edit.source))].join(', ');
      context.stderr.write(`fixed ${visible(path)} (${result.applied.length} edits: ${kinds})\n`);
    }
  }
  if (!values['dry-run'] && changed === 0 && refused === 0 && unread === 0) context.stderr.write('hardmap fix: nothing to fix\n');
  if (unread > 0 || readOnly > 0 || failed > 0) return EXIT.usage;
  return refused > 0 ? EXIT.findings : EXIT.ok;
}

/** No write bit at all (root may write anything, so access() alone would never say no), or not writable by this user. */
async function isReadOnly(path: string): Promise<boolean> {
  if (((await stat(path)).mode & 0o222) === 0) return true;
  return access(path, constants.W_OK).then(() => false, () => true);
}

function absolute(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}
