import { DEFAULT_BUDGET_MS, defaultThreads, MAX_BUDGET_MS } from '../io/pool.ts';
import { UsageError } from './context.ts';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Environment variables are validated, never silently replaced by a default: a typo in CI
 * would otherwise change what a run does without a word. Each bad value is a usage error (exit 2).
 */
function wholeNumber(env: Env, name: string, min: number, max: number, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got \`${value}\``);
  return Number(value);
}

/** HARDMAP_THREADS: analysis threads, 0 for the main thread. */
export function threadsFromEnv(env: Env): number {
  return wholeNumber(env, 'HARDMAP_THREADS', 0, 256, defaultThreads());
}

/** HARDMAP_FILE_BUDGET_MS: per-file budget, at most what setTimeout can wait. */
export function budgetFromEnv(env: Env): number {
  return wholeNumber(env, 'HARDMAP_FILE_BUDGET_MS', 1, MAX_BUDGET_MS, DEFAULT_BUDGET_MS);
}

/** Dates in exports are ISO 8601 with a four-digit year: 1970-01-01 to 9999-12-31. */
export const MAX_SOURCE_DATE_EPOCH = 253_402_300_799;

/**
 * `SOURCE_DATE_EPOCH` as the reproducible-builds spec defines it: whole seconds since 1970 in
 * decimal digits. Anything else is refused, not ignored: a pinned date that silently falls back
 * to another one makes two "reproducible" exports differ.
 */
export function sourceDateEpoch(env: Env): string | undefined {
  const value = env['SOURCE_DATE_EPOCH'];
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > MAX_SOURCE_DATE_EPOCH) {
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 from 0 to ${MAX_SOURCE_DATE_EPOCH} (9999-12-31), got \`${value}\``);
  }
  return value;
}
