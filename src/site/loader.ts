import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { analyzeGuide } from '../core/check.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { resultKey } from '../io/check-files.ts';
import { hasModel, recallSlug, rememberModel } from '../io/model-store.ts';
import { checkOptions, contentDir, contentFiles, digestSalt, readContentFile } from './content.ts';
import { storedGuideJson, type GuideRef } from './stored.ts';
import { safeSlug, slugCollision } from './slugs.ts';

interface FileState {
  path: string;
  fileDigest: string;
  /** Where the guide's model is kept (io/model-store.ts). */
  key: string;
  requestedSlug: string;
  /** True when the file is new or changed in this run. */
  fresh: boolean;
}

/** Remembered per file path between builds, so an unchanged file is not even parsed for its slug. */
const metaKey = (path: string): string => `file:${path}`;

/** Files this loader had to parse itself, for the build log: 0 under `hardmap build`. */
let parsedHere = 0;

/**
 * Make sure the model of one file is in the model store: `hardmap build` put it there while
 * checking; otherwise (`astro dev`, a plain `astro build`, a wiped cache) it is analyzed here.
 */
async function ensureModel(root: string, path: string, bytes: Uint8Array, key: string): Promise<string> {
  // By slug only: reading the model here would parse each guide's JSON once more before the pages do.
  const slug = await recallSlug(key);
  if (slug !== undefined) return slug;
  parsedHere++;
  const { parsed, diagnostics } = analyzeGuide(bytes, path, loadReferenceData(), checkOptions(root));
  await rememberModel(key, { slug: parsed.guide.slug, json: storedGuideJson(parsed, diagnostics) }, true);
  return parsed.guide.slug;
}

async function stateOf(context: LoaderContext, root: string, path: string, salt: string): Promise<FileState> {
  const bytes = await readContentFile(root, path);
  const fileDigest = context.generateDigest({ salt, path, bytes: Buffer.from(bytes).toString('base64') });
  const key = resultKey(bytes, path, checkOptions(root));
  const remembered = context.meta.get(metaKey(path))?.split('\u0000');
  if (remembered?.[0] === fileDigest && remembered[1] && (await hasModel(key))) return { path, fileDigest, key, requestedSlug: remembered[1], fresh: false };
  const requestedSlug = await ensureModel(root, path, bytes, key);
  context.meta.set(metaKey(path), `${fileDigest}\u0000${requestedSlug}`);
  return { path, fileDigest, key, requestedSlug, fresh: true };
}

/**
 * Guides of the content folder as a content collection, one entry per guide, id = published
 * slug. Each entry carries a digest of the file bytes (plus hardmap version and config), and an
 * entry whose digest is unchanged is kept as stored instead of being parsed and checked again.
 * Entries point at the model (see GuideRef) rather than hold it.
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
      const slugs = states.map((state) => safeSlug(state.requestedSlug, state.path));
      const clash = slugCollision(slugs, states.map((state) => state.path));
      if (clash) throw new Error(`hardmap: ${clash.second} and ${clash.first} would both be published as /guides/${clash.slug}/ [slug-duplicate]: give each guide its own slug`);
      let analyzedCount = 0;
      for (const [index, state] of states.entries()) {
        const slug = slugs[index] ?? state.requestedSlug;
        const digest = context.generateDigest({ file: state.fileDigest, slug });
        if (context.store.get(slug)?.digest === digest) continue;
        if (state.fresh) analyzedCount++;
        const ref: GuideRef = { kind: 'guide-ref', key: state.key, path: state.path, requestedSlug: state.requestedSlug, slug };
        context.store.set({ id: slug, data: await context.parseData({ id: slug, data: { json: JSON.stringify(ref) } }), digest });
      }
      const keep = new Set(slugs);
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
      context.logger.info(`${states.length} guides from ${dir}: ${analyzedCount} new or changed (${parsedHere} parsed by the loader, the rest taken from hardmap check), ${states.length - analyzedCount} unchanged`);
    },
  };
}
