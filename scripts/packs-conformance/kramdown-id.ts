/**
 * Heading ids as kramdown's GFM parser makes them on the published (Jekyll) site, written
 * independently of the model's anchor code so the conformance run compares two implementations:
 * the raw heading text (Liquid already rendered by Jekyll: a status mark renders no text), lower
 * case, every character that is not a word character, hyphen, space or tab dropped, spaces and
 * tabs turned into hyphens, and a repeated id numbered `-1`, `-2`, ... in document order.
 */
const NON_WORD = /[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu;
const LIQUID = /\{%-?[\s\S]*?-?%\}/g;

/** The ids of the ATX headings starting at `offsets` of `text`, in that order. */
export function kramdownIds(text: string, offsets: readonly number[]): string[] {
  const counter = new Map<string, number>();
  return offsets.map((offset) => {
    const line = text.slice(offset, text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset)).replace(/\r$/, '');
    const raw = line.replace(/^ {0,3}#{1,6}[ \t]+/, '').replace(/[ \t]+#+[ \t]*$/, '').replace(LIQUID, '').replace(/^[ \t]+/, '').replace(/[ \t]+$/, (tail) => (line.includes('{%') ? tail : ''));
    const base = raw.toLowerCase().replace(NON_WORD, '').replace(/[ \t]/g, '-');
    const seen = (counter.get(base) ?? -1) + 1;
    counter.set(base, seen);
    return seen > 0 ? `${base}-${seen}` : base;
  });
}
