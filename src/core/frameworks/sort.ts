/**
 * Natural order for framework IDs: text compared as text, digit runs as numbers, so that
 * AC-2 < AC-2(1) < AC-2(10) < AC-10 and CC6.1 < CC6.10 < CC7.1. Locale collation is not
 * used because it may ignore punctuation, which would put AC-2(1) next to AC-21.
 */
export function compareIds(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const x = left[index] ?? '';
    const y = right[index] ?? '';
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
