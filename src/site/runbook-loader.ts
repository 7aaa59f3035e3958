import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseRunbook } from '../core/parse/parse-runbook.ts';
import { renderIndex } from '../core/render/html.ts';
import { checkOptions, contentDir, contentFiles, digestSalt, readContentFile } from './content.ts';
import { safeSlug, uniqueSlugs } from './slugs.ts';
import { encodeEntry, type StoredRunbook } from './stored.ts';

/**
 * Runbooks (`runbooks/` inside the content folder) as a collection, id = published slug. They
 * are few and small, so each is parsed; the digest still spares the store a rewrite when
 * nothing changed. Their rules need the guides and run once both collections are loaded.
 */
export function runbookLoader(options: { content?: string } = {}): Loader {
  return {
    name: 'hardmap-runbooks',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = options.content ?? contentDir();
      const salt = digestSalt(checkOptions(root));
      const { runbooks: paths } = await contentFiles(root, dir);
      const parsed: Array<{ stored: StoredRunbook; digest: string }> = [];
      for (const path of paths) {
        const bytes = await readContentFile(root, path);
        const result = parseRunbook(bytes, path);
        const stored: StoredRunbook = { kind: 'runbook', requestedSlug: result.runbook.slug, runbook: result.runbook, problems: result.problems, html: result.root ? renderIndex(result.root) : [] };
        parsed.push({ stored, digest: context.generateDigest({ salt, path, bytes: Buffer.from(bytes).toString('base64') }) });
      }
      const slugs = uniqueSlugs(parsed.map(({ stored }) => safeSlug(stored.requestedSlug, stored.runbook.path)));
      for (const [index, { stored, digest }] of parsed.entries()) {
        const slug = slugs[index] ?? stored.requestedSlug;
        const entry: StoredRunbook = slug === stored.requestedSlug ? stored : { ...stored, runbook: { ...stored.runbook, slug } };
        const entryDigest = context.generateDigest({ digest, slug });
        if (context.store.get(slug)?.digest === entryDigest) continue;
        context.store.set({ id: slug, data: await context.parseData({ id: slug, data: encodeEntry(entry) }), digest: entryDigest });
      }
      const keep = new Set(slugs);
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
    },
  };
}
