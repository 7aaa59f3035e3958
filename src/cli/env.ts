import { UsageError } from './context.ts';

/** Dates in exports are ISO 8601 with a four-digit year: 1970-01-01 to 9999-12-31. */
export const MAX_SOURCE_DATE_EPOCH = 253_402_300_799;

/**
 * `SOURCE_DATE_EPOCH` as the reproducible-builds spec defines it: whole seconds since 1970 in
 * decimal digits. Anything else is refused, not ignored: a pinned date that silently falls back
 * to another one makes two "reproducible" exports differ.
 */
export function sourceDateEpoch(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > MAX_SOURCE_DATE_EPOCH) {
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 from 0 to ${MAX_SOURCE_DATE_EPOCH} (9999-12-31), got \`${value}\``);
  }
  return value;
}
