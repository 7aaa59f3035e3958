import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { addControl, ScaffoldError } from '../../core/scaffold/control.ts';
import { guideSkeleton } from '../../core/scaffold/guide.ts';
import { runbookSkeleton } from '../../core/scaffold/runbook.ts';
import { loadReferenceData } from '../../io/catalogs.ts';
import { loadConfig } from '../../io/config.ts';
import { guidesOf, guidesUnder } from '../guides.ts';
import { readInput, tooLargeMessage } from '../../io/read-input.ts';
import { writeFileAtomic } from '../../io/write-atomic.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';

export const NEW_HELP = `Usage:
  hardmap new guide <vendor> [--dir content/guides]
  hardmap new control <guide-file> <section-number>
  hardmap new runbook <slug> --applies-to <guide#control> [--applies-to ...] [--dir content/runbooks]

Write a skeleton that passes \`hardmap check\` as written. Never overwrites an existing file.
`;

const today = (): string => new Date().toISOString().slice(0, 10);

/** Create a file only if it does not exist (`wx`), so a scaffold can never clobber work. */
async function createNew(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists; refusing to overwrite it`);
    throw error;
  }
}

export async function newCommand(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { dir: { type: 'string' }, 'applies-to': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  const [kind, ...rest] = positionals;
  if (values.help || !kind) {
    context.stdout.write(NEW_HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  const resolve = (path: string): string => (isAbsolute(path) ? path : join(context.cwd, path));
  if (kind === 'guide') {
    const vendor = rest.join(' ').trim();
    if (!vendor) throw new UsageError('new guide expects a vendor name, e.g. `hardmap new guide "Acme Cloud"`');
    const { slug, text } = guideSkeleton(vendor, today(), loadReferenceData());
    const path = resolve(join(values.dir ?? 'content/guides', `${slug}.md`));
    await createNew(path, text);
    context.stdout.write(`created ${path}\n`);
    return EXIT.ok;
  }
  if (kind === 'control') {
    const [file, section] = rest;
    if (!file || !section) throw new UsageError('new control expects a guide file and a section number, e.g. `hardmap new control content/guides/acme.md 2`');
    const path = resolve(file);
    const read = await readInput(path);
    if (!read.ok) throw new UsageError(`cannot add a control to ${file}: ${tooLargeMessage(read)}`);
    const text = new TextDecoder().decode(read.bytes);
    try {
      const result = addControl(text, file, section, loadReferenceData());
      await writeFileAtomic(path, result.text);
      context.stdout.write(`added control ${result.number} to ${file}\n`);
    } catch (error) {
      if (error instanceof ScaffoldError) throw new UsageError(error.message);
      throw error;
    }
    return EXIT.ok;
  }
  if (kind === 'runbook') {
    const [slug] = rest;
    const appliesTo = values['applies-to'] ?? [];
    if (!slug || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new UsageError('new runbook expects a slug of lowercase letters, digits and hyphens');
    if (appliesTo.length === 0) throw new UsageError('new runbook expects at least one --applies-to guide#control');
    const { config } = loadConfig(context.cwd);
    const guides = guidesOf(await guidesUnder(config.content, context, { rules: config.rules, quickref: config.quickref.mode }).catch(() => []));
    for (const entry of appliesTo) {
      const [guide, control] = entry.split('#');
      if (!guides.some((candidate) => candidate.slug === guide && candidate.controls.some((c) => c.number === control))) throw new UsageError(`--applies-to ${entry}: no such guide control in ${config.content.join(', ')}`);
    }
    const path = resolve(join(values.dir ?? 'content/runbooks', `${slug}.md`));
    await createNew(path, runbookSkeleton(slug, appliesTo, today()));
    context.stdout.write(`created ${path}\n`);
    return EXIT.ok;
  }
  throw new UsageError(`unknown kind \`${kind}\`, expected guide, control or runbook`);
}
