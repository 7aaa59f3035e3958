import { parseArgs } from 'node:util';
import { diffMappings } from '../../core/diff/mapping-diff.ts';
import { formatDiffMarkdown, formatDiffText } from '../../core/diff/format.ts';
import { parseGuide, tooLargeGuide } from '../../core/parse/parse-guide.ts';
import { loadConfig } from '../../io/config.ts';
import { isRunbookPath } from '../../io/files.ts';
import { fileAtRevision, filesAtRevision } from '../../io/git.ts';
import { INPUT_LIMIT_BYTES } from '../../io/read-input.ts';
import { guidesOf, guidesUnder } from '../guides.ts';
import { EXIT, UsageError, type CliContext } from '../context.ts';
import { visible, visibleLines } from '../terminal.ts';

export const DIFF_HELP = `Usage: hardmap diff <git-ref> [paths...] [--format text|json|md]

Compare the guides' mappings at a git revision with the work tree: controls added, removed,
renumbered or renamed, framework mappings added or removed, level changes. --format md gives a
summary for a pull-request comment.
`;

export async function diffCommand(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    context.stdout.write(DIFF_HELP);
    return EXIT.ok;
  }
  const [revision, ...paths] = positionals;
  if (!revision) throw new UsageError('diff expects a git revision, e.g. `hardmap diff origin/main`');
  const format = values.format ?? 'text';
  if (!['text', 'json', 'md'].includes(format)) throw new UsageError(`unknown --format \`${format}\`, expected text, json or md`);
  const { config } = loadConfig(context.cwd, values.config);
  const roots = paths.length > 0 ? paths : config.content;
  // The work tree first: a path that does not exist is named as such, not blamed on the revision.
  const after = guidesOf(await guidesUnder(roots, context, { rules: config.rules, quickref: config.quickref.mode }, 'not comparing'));
  const listed = filesAtRevision(context.cwd, revision, roots);
  if ('failure' in listed) {
    if (listed.failure === 'not-a-repository') throw new UsageError(`${context.cwd} is not in a git repository (${listed.detail})`);
    if (listed.failure === 'unknown-revision') throw new UsageError(`\`${revision}\` is not a revision of the git repository at ${context.cwd}`);
    throw new UsageError(`cannot list ${roots.join(', ')} at \`${revision}\`: ${listed.detail}`);
  }
  const before = listed.files.filter((file) => !isRunbookPath(file)).flatMap((file) => {
    const bytes = fileAtRevision(listed.root, revision, file, INPUT_LIMIT_BYTES);
    if (bytes === null) return [];
    if ('size' in bytes) {
      context.stderr.write(`hardmap diff: ${visible(file)} at ${visible(revision)}: file of ${bytes.size} bytes, over the limit of ${INPUT_LIMIT_BYTES} bytes; not read\n`);
      return [tooLargeGuide(file, bytes.size, INPUT_LIMIT_BYTES).guide];
    }
    return [parseGuide(bytes, file).guide];
  });
  const diff = diffMappings(before, after);
  if (format === 'json') context.stdout.write(`${JSON.stringify({ revision, ...diff }, null, 2)}\n`);
  else if (format === 'md') context.stdout.write(visibleLines(formatDiffMarkdown(diff, revision)));
  else context.stdout.write(visibleLines(formatDiffText(diff, revision)));
  return EXIT.ok;
}
