/**
 * OSCAL's JSON schema types text strictly, and the guides' text does not always fit:
 * - token (ids, part and prop names): `^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`, so `1password-1.1` is invalid;
 * - string (prop values, versions): no leading or trailing space and no line break;
 * - markup-line (titles): at least one character and no line break.
 * These helpers make any input fit, so an export never fails schema validation on odd content.
 */

/** hardmap's namespace for props and parts OSCAL does not define. A URN, so it claims no domain. */
export const HARDMAP_NS = 'urn:hardmap:oscal';

/** Any text as a token: disallowed characters become `-`; a leading digit or mark gets a `_` first. */
export function token(raw: string): string {
  const cleaned = raw.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  if (cleaned === '') return '_';
  return /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`;
}

/** Text as one trimmed line (OSCAL string and markup-line); null when nothing is left. */
export function oneLine(raw: string | null | undefined): string | null {
  const line = (raw ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}

/**
 * A Markdown block as OSCAL prose (markup-multiline, which OSCAL JSON carries as Markdown).
 * The parser keeps a trailing `---` that separates controls in the guides; it is layout, not prose.
 */
export function prose(markdown: string | null | undefined): string | null {
  const text = (markdown ?? '').replace(/\r\n?/g, '\n').replace(/(\n\s*(?:-{3,}|\*{3,}|_{3,})\s*)+$/, '').trim();
  return text === '' ? null : text;
}

/** NIST SP 800-53 ID in the form the NIST OSCAL catalog uses for control ids: `AC-2(1)` -> `ac-2.1`. */
export function nistControlId(id: string): string {
  const match = /^([A-Za-z]{2})-(\d+)(?:\((\d+)\))?$/.exec(id.trim());
  if (!match) return token(id.toLowerCase());
  return `${(match[1] ?? '').toLowerCase()}-${Number(match[2])}${match[3] ? `.${Number(match[3])}` : ''}`;
}

/** `1.10` -> `001.010`: an OSCAL `sort-id` that sorts numerically when compared as text. */
export function sortKey(number: string): string {
  return number.replace(/\d+/g, (digits) => digits.padStart(3, '0'));
}

/** First-come ids stay as they are; a repeat gets `-2`, `-3`... (duplicate control numbers are a lint error, not a crash). */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
