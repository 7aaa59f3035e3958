// Natural ordering for control IDs ("AC-2(2)" before "AC-2(10)", "9.1" before
// "10.1"). Plain code-unit comparison for the non-digit parts, never
// localeCompare: output must not depend on the machine's locale.

const DIGIT_RUNS = /(\d+)/;

export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  // split with a capture group alternates text (even index) and digits (odd index)
  const ta = a.split(DIGIT_RUNS);
  const tb = b.split(DIGIT_RUNS);
  const n = Math.min(ta.length, tb.length);
  for (let i = 0; i < n; i++) {
    const x = ta[i] ?? '';
    const y = tb[i] ?? '';
    if (x === y) continue;
    if (i % 2 === 1) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    }
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

export function sortNatural<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((p, q) => naturalCompare(key(p), key(q)));
}

export function uniqueNatural(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(naturalCompare);
}
