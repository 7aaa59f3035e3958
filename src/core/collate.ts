/**
 * Text order for everything hardmap sorts. One collator per process: `a.localeCompare(b, 'en', …)`
 * builds a collator on every call (a 130-guide build spent 3.9 s in one sort), and a bare
 * `localeCompare` follows the machine's locale, so exports sorted with it could differ between
 * machines. The locale is fixed, and the ICU data ships with the pinned Node binary.
 */
const plain = new Intl.Collator('en');
const numeric = new Intl.Collator('en', { numeric: true });

/** Fixed-locale text order (guide slugs, titles, file paths, framework keys). */
export const compareText = (a: string, b: string): number => plain.compare(a, b);

/** Fixed-locale order with digit runs compared as numbers (`L2` < `L10`). */
export const compareNumeric = (a: string, b: string): number => numeric.compare(a, b);
