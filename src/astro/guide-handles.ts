import type { GuideHandle } from '../core/export/guide-handle.ts';
import type { Guide } from '../core/model/guide.ts';
import type { CheckOptions } from '../core/rules/run-rules.ts';
import { loadStoredGuide, type GuideRef } from './entries.ts';

/**
 * The last models read, shared by every handle: an export's passes go guide by guide, and one
 * guide's download set reads its model several times in a row (rows, OSCAL index, catalog).
 */
const recent = new Map<string, Guide>();
const RECENT = 2;

function loadRecent(ref: GuideRef, options: CheckOptions): Guide {
  const key = `${ref.folder}\u0000${ref.key}\u0000${ref.slug}`;
  const kept = recent.get(key);
  if (kept) {
    recent.delete(key);
    recent.set(key, kept);
    return kept;
  }
  const { guide } = loadStoredGuide(ref, options);
  recent.set(key, guide);
  for (const old of recent.keys()) {
    if (recent.size <= RECENT) break;
    recent.delete(old);
  }
  return guide;
}

/** A handle on a stored model (published slug applied): its facts read once now, the model again on each `load`. */
export function storedGuideHandle(ref: GuideRef, options: CheckOptions): GuideHandle {
  const guide = loadRecent(ref, options);
  return { slug: ref.slug, path: guide.path, title: guide.title, lastUpdated: guide.frontmatter?.fields.last_updated, load: () => loadRecent(ref, options) };
}
