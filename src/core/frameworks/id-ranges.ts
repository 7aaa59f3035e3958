/**
 * IDs of frameworks hardmap has no grammar for (CISA SCuBA `GWS.GMAIL.18.1v1`, CIS Benchmark
 * `1.1.3`) are kept as written, with two exceptions a reader resolves without thinking:
 * an abbreviated entry after a full one (`GWS.DRIVEDOCS.2.1v1, 2.2v1`) inherits its prefix, and a
 * range (`GWS.GMAIL.18.1v1–18.3v1`) whose ends differ only in their last number stands for each ID.
 */

/** Digit runs as `#`: `GWS.GMAIL.18.1v1` has the skeleton `GWS.GMAIL.#.#v#`. */
const skeleton = (id: string): string => id.replace(/\d+/g, '#');

/** `GWS.GMAIL.` of `GWS.GMAIL.18.1v1`: the part before the first digit, when it ends in a separator. */
function prefixOf(id: string): string {
  const match = /^([^\d\s]*[.\-_:])\d/.exec(id);
  return match?.[1] ?? '';
}

/** Complete an abbreviated entry (`2.2v1`) from the previous full one (`GWS.DRIVEDOCS.2.1v1`). */
export function inheritPrefix(entry: string, previous: string | null): string {
  if (previous === null || !/^\d/.test(entry)) return entry;
  const prefix = prefixOf(previous);
  if (!prefix) return entry;
  return skeleton(previous.slice(prefix.length)) === skeleton(entry) ? prefix + entry : entry;
}

const RANGE = /^(\S+?)\s*(?:–|—|\.\.|\s-\s|\s+to\s+)\s*(\S+)$/;
/** A trailing version (`v1`) is not the number a range counts. */
const LAST_NUMBER = /^(.*?)(\d+)((?:v\d+)?)$/;
const MAX_RANGE = 100;

/**
 * The IDs a range stands for, or null when `text` is no range or one hardmap cannot expand safely
 * (ends that differ in more than their last number, a descending or very long range).
 */
export function expandRange(text: string, previous: string | null): string[] | null {
  const match = RANGE.exec(text.trim());
  if (!match) return null;
  const from = inheritPrefix(match[1] ?? '', previous);
  const to = inheritPrefix(match[2] ?? '', from);
  const first = LAST_NUMBER.exec(from);
  const last = LAST_NUMBER.exec(to);
  if (!first || !last || first[1] !== last[1] || first[3] !== last[3]) return null;
  const start = Number(first[2]);
  const end = Number(last[2]);
  if (!(end > start) || end - start > MAX_RANGE) return null;
  // Zero padding as written (`01–03`) is kept in every expanded ID.
  const width = first[2]?.startsWith('0') ? (first[2]?.length ?? 0) : 0;
  const ids: string[] = [];
  for (let value = start; value <= end; value++) ids.push(`${first[1]}${String(value).padStart(width, '0')}${first[3]}`);
  return ids;
}
