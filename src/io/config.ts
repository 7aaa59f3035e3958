import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { yamlWarningMessage } from '../core/parse/frontmatter.ts';
import { z } from 'zod';
import { rulesById } from '../core/rules/registry.ts';
import { CONFIG_LIMIT_BYTES, readInputSync, tooLargeMessage } from './read-input.ts';

export const CONFIG_FILES = ['hardmap.config.json', 'hardmap.config.yaml', 'hardmap.config.yml'];

const QuickrefMode = z.enum(['auto', 'complete', 'curated']);

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Guide folders or files checked when no paths are given. */
  content: z.array(z.string()).default(['content']),
  /** The code packs folder (`packs/<vendor>/...`); default: `packs/` beside the first content folder, when present. */
  packs: z.string().optional(),
  /** Severity per rule id: error, warning, info or off. */
  rules: z.record(z.string(), z.enum(['error', 'warning', 'info', 'off'])).default({}),
  /**
   * Quick references: `complete` (every control mapping must have a row), `curated` (hand-picked
   * subsets; only wrong rows are reported), or by default `auto`: complete for the ones
   * `hardmap fix` generated, curated for hand-written ones. The object form also says whether
   * `hardmap fix` writes derived rows, in a separate labelled table (default: asserted only).
   */
  quickref: z
    .union([QuickrefMode, z.strictObject({ mode: QuickrefMode.default('auto'), derived: z.boolean().default(false) })])
    .default('auto')
    .transform((value) => (typeof value === 'string' ? { mode: value, derived: false } : value)),
  /** What `hardmap fix` may change besides the quick reference and stale anchors. */
  fix: z.strictObject({ spelling: z.boolean().default(false) }).default({ spelling: false }),
  /**
   * Where the site is published and where its guides live. Without `url` the site has no canonical
   * URLs, no absolute OpenGraph URLs and no sitemap.xml (a sitemap needs absolute URLs); without
   * `repository` the guide pages have no "edit this guide" link.
   */
  site: z
    .strictObject({
      url: z.url({ protocol: /^https?$/ }).optional(),
      /** The repository's web address, e.g. https://github.com/acme/guides. */
      repository: z.url({ protocol: /^https?$/ }).optional(),
      branch: z.string().regex(/^[\w./-]+$/).default('main'),
      /** The guide collection's folder inside the repository (default: the content folder as given to hardmap). */
      contentPath: z.string().regex(/^[\w./-]*$/).optional(),
    })
    .default({ branch: 'main' }),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Read `--config PATH` or the first hardmap.config.* in `cwd`; defaults when there is none. */
export function loadConfig(cwd: string, explicit?: string): { config: Config; path: string | null } {
  const path = explicit ?? CONFIG_FILES.map((name) => join(cwd, name)).find((candidate) => existsSync(candidate)) ?? null;
  if (path === null) return { config: ConfigSchema.parse({}), path: null };
  let raw: unknown;
  try {
    const read = readInputSync(path, CONFIG_LIMIT_BYTES);
    if (!read.ok) throw new Error(tooLargeMessage(read));
    const text = new TextDecoder().decode(read.bytes);
    raw = path.endsWith('.json') ? JSON.parse(text) : parseConfigYaml(text, path);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const kind = (error as { kind?: string }).kind;
    throw new ConfigError(`${path}: cannot read config: ${kind ? `not a regular file (${kind})` : (error as Error).message.split('\n')[0]}`);
  }
  const result = ConfigSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${path}: unexpected config at \`${issue?.path.join('.') || '(root)'}\`: ${issue?.message}`);
  }
  const unknown = Object.keys(result.data.rules).filter((id) => !rulesById().has(id));
  if (unknown.length > 0) throw new ConfigError(`${path}: unknown rule id(s) ${unknown.join(', ')}; run \`hardmap rules\` to list them`);
  return { config: result.data, path };
}

/**
 * YAML through parseDocument, so errors and warnings come back as data with positions: the `yaml`
 * package's parse() hands warnings to process.emitWarning, which printed Node's raw YAMLWarning.
 * A config is read exactly or not at all, so a warning (an unknown tag) is an error here.
 */
function parseConfigYaml(text: string, path: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [problem] = [...document.errors, ...document.warnings];
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    const message = document.errors.length > 0 ? problem.message.split('\n')[0] : yamlWarningMessage(problem);
    throw new ConfigError(`${path}:${line}:${col}: ${message}`);
  }
  return document.toJS({ maxAliasCount: 50 });
}
