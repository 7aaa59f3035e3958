import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { analyzeGuide } from '../core/check.ts';
import type { Diagnostic } from '../core/model/diagnostic.ts';
import { ruleUrl } from '../core/rules/types.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { resultKey } from '../io/check-files.ts';
import { recallModel } from '../io/model-store.ts';
import { checkOptions, contentDir, contentFiles, digestSalt, readContentFile } from './content.ts';
import { decodeGuide, encodeEntry, storedGuideJson, type StoredGuide } from './stored.ts';
import { safeSlug, uniqueSlugs } from './slugs.ts';

interface FileState {
  path: string;
  fileDigest: string;
  requestedSlug: string;
  /** The entry JSON, when the file is new or changed in this run. */
  fresh: string | null;
}

/** Remembered per file path between builds, so an unchanged file is not even parsed for its slug. */
const metaKey = (path: string): string => `file:${path}`;

/** A note for the author when the published slug differs from the one the guide asked for. */
function slugDiagnostic(stored: StoredGuide, slug: string): Diagnostic {
  const place = stored.guide.frontmatter?.valuePositions['slug'] ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return {
    ruleId: 'site-slug', severity: 'warning', file: stored.guide.path, place, url: ruleUrl('site-slug'), fixable: false, actual: stored.requestedSlug, expected: [slug],
    message: `Unexpected slug \`${stored.requestedSlug}\` (unsafe in a URL or already used), published as \`${slug}\``,
  };
}

/** Files this loader had to parse itself, for the build log: 0 under `hardmap build`. */
let parsedHere = 0;

/**
 * The entry of one file: the model `hardmap build` already made while checking (see
 * io/model-store.ts), else an analysis here (`astro dev`, or a plain `astro build`).
 */
async function entryFor(root: string, path: string, bytes: Uint8Array): Promise<{ requestedSlug: string; json: string }> {
  const options = checkOptions(root);
  const model = await recallModel(resultKey(bytes, path, options));
  if (model) return { requestedSlug: model.slug, json: model.json };
  parsedHere++;
  const { parsed, diagnostics } = analyzeGuide(bytes, path, loadReferenceData(), options);
  return { requestedSlug: parsed.guide.slug, json: storedGuideJson(parsed, diagnostics) };
}

async function stateOf(context: LoaderContext, root: string, path: string, salt: string): Promise<FileState> {
  const bytes = await readContentFile(root, path);
  const fileDigest = context.generateDigest({ salt, path, bytes: Buffer.from(bytes).toString('base64') });
  const remembered = context.meta.get(metaKey(path))?.split('\u0000');
  if (remembered?.[0] === fileDigest && remembered[1]) return { path, fileDigest, requestedSlug: remembered[1], fresh: null };
  const entry = await entryFor(root, path, bytes);
  context.meta.set(metaKey(path), `${fileDigest}\u0000${entry.requestedSlug}`);
  return { path, fileDigest, requestedSlug: entry.requestedSlug, fresh: entry.json };
}

/** The entry republished under `slug`, with a note for the author saying so. */
function withSlug(json: string, slug: string): string {
  const stored = decodeGuide({ json });
  return encodeEntry({ ...stored, guide: { ...stored.guide, slug }, diagnostics: [...stored.diagnostics, slugDiagnostic(stored, slug)] }).json;
}

/**
 * Guides of the content folder as a content collection, one entry per guide, id = published
 * slug. Each entry carries a digest of the file bytes (plus hardmap version and config), and an
 * entry whose digest is unchanged is kept as stored instead of being parsed and checked again.
 */
export function guideLoader(options: { content?: string } = {}): Loader {
  return {
    name: 'hardmap-guides',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = options.content ?? contentDir();
      const salt = digestSalt(checkOptions(root));
      const { guides: paths } = await contentFiles(root, dir);
      parsedHere = 0;
      const states: FileState[] = [];
      for (const path of paths) states.push(await stateOf(context, root, path, salt));
      const slugs = uniqueSlugs(states.map((state) => safeSlug(state.requestedSlug, state.path)));
      let analyzedCount = 0;
      for (const [index, state] of states.entries()) {
        const slug = slugs[index] ?? state.requestedSlug;
        const digest = context.generateDigest({ file: state.fileDigest, slug });
        if (context.store.get(slug)?.digest === digest) continue;
        // The slug moved (a duplicate appeared or went away) while the file itself is unchanged.
        const json = state.fresh ?? (await entryFor(root, state.path, await readContentFile(root, state.path))).json;
        analyzedCount++;
        context.store.set({ id: slug, data: await context.parseData({ id: slug, data: { json: slug === state.requestedSlug ? json : withSlug(json, slug) } }), digest });
      }
      const keep = new Set(slugs);
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
      context.logger.info(`${states.length} guides from ${dir}: ${analyzedCount} new or changed (${parsedHere} parsed by the loader, the rest taken from hardmap check), ${states.length - analyzedCount} unchanged`);
    },
  };
}
