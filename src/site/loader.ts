import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { analyzeGuide } from '../core/check.ts';
import type { Diagnostic } from '../core/model/diagnostic.ts';
import { ruleUrl } from '../core/rules/types.ts';
import { loadReferenceData } from '../io/catalogs.ts';
import { checkOptions, contentDir, contentFiles, digestSalt, readContentFile } from './content.ts';
import { encodeEntry, type StoredGuide } from './stored.ts';
import { safeSlug, uniqueSlugs } from './slugs.ts';

interface FileState {
  path: string;
  fileDigest: string;
  requestedSlug: string;
  /** Set when the file had to be analyzed in this run (new or changed). */
  fresh: StoredGuide | null;
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

async function stateOf(context: LoaderContext, root: string, path: string, salt: string): Promise<FileState> {
  const bytes = await readContentFile(root, path);
  const fileDigest = context.generateDigest({ salt, path, bytes: Buffer.from(bytes).toString('base64') });
  const remembered = context.meta.get(metaKey(path))?.split('\u0000');
  if (remembered?.[0] === fileDigest && remembered[1]) return { path, fileDigest, requestedSlug: remembered[1], fresh: null };
  const { parsed, diagnostics } = analyzeGuide(bytes, path, loadReferenceData(), checkOptions(root));
  context.meta.set(metaKey(path), `${fileDigest}\u0000${parsed.guide.slug}`);
  return { path, fileDigest, requestedSlug: parsed.guide.slug, fresh: { kind: 'guide', requestedSlug: parsed.guide.slug, guide: parsed.guide, text: parsed.text, diagnostics } };
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
      const states: FileState[] = [];
      for (const path of paths) states.push(await stateOf(context, root, path, salt));
      const slugs = uniqueSlugs(states.map((state) => safeSlug(state.requestedSlug, state.path)));
      let analyzed = 0;
      for (const [index, state] of states.entries()) {
        const slug = slugs[index] ?? state.requestedSlug;
        const digest = context.generateDigest({ file: state.fileDigest, slug });
        if (context.store.get(slug)?.digest === digest) continue;
        let stored = state.fresh;
        if (!stored) {
          // The slug moved (a duplicate appeared or went away): the file itself is unchanged.
          const { parsed, diagnostics } = analyzeGuide(await readContentFile(root, state.path), state.path, loadReferenceData(), checkOptions(root));
          stored = { kind: 'guide', requestedSlug: parsed.guide.slug, guide: parsed.guide, text: parsed.text, diagnostics };
        }
        analyzed++;
        if (slug !== stored.requestedSlug) stored = { ...stored, guide: { ...stored.guide, slug }, diagnostics: [...stored.diagnostics, slugDiagnostic(stored, slug)] };
        context.store.set({ id: slug, data: await context.parseData({ id: slug, data: encodeEntry(stored) }), digest });
      }
      const keep = new Set(slugs);
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
      context.logger.info(`${states.length} guides from ${dir}: ${analyzed} analyzed, ${states.length - analyzed} unchanged`);
    },
  };
}
