import { isAbsolute, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { exportDate, exportStreams } from '../../core/export/bundle.ts';
import { heldGuides } from '../../core/export/guide-handle.ts';
import { exportSlugProblems } from '../../core/export/slug-check.ts';
import { formatMessageLine } from '../reporters/stylish.ts';
import { loadReferenceData } from '../../io/catalogs.ts';
import { loadConfig } from '../../io/config.ts';
import { contentCommit } from '../../io/git.ts';
import { guidesOf, guidesUnder } from '../guides.ts';
import { guardRoot, prepareFile } from '../../io/out-dir.ts';
import { writeFileAtomic } from '../../io/write-atomic.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { sourceDateEpoch } from '../env.ts';
import { exportFormats, exportFrameworks, exportGuides, exportLevels } from '../export-filters.ts';
import { formatPlace } from '../reporters/stylish.ts';
import { visible } from '../terminal.ts';
import { toolInfo } from '../../io/tool-info.ts';
import { readPackTree, resolvePacksRoot } from '../../io/packs.ts';

export const EXPORT_HELP = `Usage: hardmap export [paths...] [options]

Write the mapping tables of the guides: one row per mapping edge (guide control x framework
requirement, asserted or derived through a crosswalk).

Options:
  --format <list>     comma-separated: csv, xlsx, json, oscal, md (default: all)
  --out <dir>         output folder (default: dist/exports)
  --packs <dir>       code packs folder, for the "Implemented By Code" column and the OSCAL evidence
                      (default: hardmap.config \`packs\`, else packs/ beside the content folder)
  --framework <list>  only these frameworks (nist, cis, soc2, iso, pci or a label)
  --level <list>      only these levels (L1, L2, L3, L4)
  --guide <list>      only these guide slugs
  -h, --help

Dates come from SOURCE_DATE_EPOCH, else the newest guide last_updated, never the clock, so the same
content always gives byte-identical files.
`;


export async function exportCommand(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    format: { type: 'string' }, out: { type: 'string' }, framework: { type: 'string' }, level: { type: 'string' }, guide: { type: 'string' }, config: { type: 'string' }, packs: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  } });
  if (values.help) {
    context.stdout.write(EXPORT_HELP);
    return EXIT.ok;
  }
  const formats = exportFormats(values.format);
  const levels = exportLevels(values.level);
  const epoch = sourceDateEpoch(context.env);
  const { config } = loadConfig(context.cwd, values.config);
  // An audit export must not be missing a guide without anyone noticing: nothing is written.
  const analyzed = await guidesUnder(positionals.length > 0 ? positionals : config.content, context, { rules: config.rules, quickref: config.quickref.mode }, 'not exporting');
  // A guide that was not read (over the size limit or the time budget) is named, and the run ends with exit code 1.
  const unread = analyzed.flatMap(({ result }) => result.diagnostics.filter((d) => d.ruleId === 'input-limit').map((d) => `${visible(result.path)}:${formatPlace(d.place)}: ${visible(d.message)} [input-limit]`));
  for (const line of unread) context.stderr.write(`hardmap export: not exported: ${line}\n`);
  const guides = guidesOf(analyzed);
  const slugProblems = exportSlugProblems(guides);
  if (slugProblems.length > 0) {
    for (const problem of slugProblems) context.stderr.write(`${formatMessageLine(problem)}\n`);
    context.stderr.write(`hardmap export: not exporting: ${slugProblems.length} slug ${slugProblems.length === 1 ? 'problem' : 'problems'} above (the rows of a guide are named by its slug); nothing written\n`);
    return EXIT.findings;
  }
  const frameworks = exportFrameworks(values.framework, guides);
  const only = exportGuides(values.guide, guides);
  const out = resolve(context.cwd, values.out ?? 'dist/exports');
  const packsRoot = resolvePacksRoot({ cwd: context.cwd, explicit: values.packs, configured: config.packs, content: positionals.length > 0 ? positionals : config.content });
  const packs = packsRoot ? await readPackTree(packsRoot.path, context.cwd).then((read) => read.tree, (error: Error) => { throw new UsageError(`cannot read the packs folder ${visible(packsRoot.path)}: ${error.message}`); }) : null;
  const handles = heldGuides(guides);
  const files = exportStreams(handles, loadReferenceData(), {
    packs,
    formats,
    filter: { frameworks, levels, guides: only },
    contentCommit: contentCommit(context.cwd),
    date: exportDate(handles, epoch),
    generator: toolInfo(),
    title: 'hardmap mapping export',
  });
  const root = guardRoot(out, context.cwd);
  for (const file of files) {
    const target = join(out, file.path);
    // Paths are fixed names chosen by hardmap, but keep the guarantee explicit: nothing lands outside --out.
    if (!target.startsWith(out + sep) || isAbsolute(file.path)) throw new UsageError(`refusing to write outside ${out}: ${file.path}`);
    await prepareFile(target, root);
    // Streamed: a file of a thousand guides' rows is never one string.
    await writeFileAtomic(target, file.pieces());
    context.stderr.write(`wrote ${visible(target)}\n`);
  }
  return unread.length > 0 ? EXIT.findings : EXIT.ok;
}
