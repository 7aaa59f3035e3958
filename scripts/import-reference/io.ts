import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Input, Warn } from './types.ts';
import type { InputSpec } from './inputs.ts';

/** Thrown when the reference data is incomplete; the CLI turns it into exit code 2. */
export class MissingInputError extends Error {
  readonly path: string;
  constructor(path: string) {
    super(`missing reference input: ${path}`);
    this.path = path;
  }
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function loadInput(refDir: string, spec: InputSpec, warn: Warn): Input {
  const abs = join(refDir, spec.path);
  if (!existsSync(abs)) throw new MissingInputError(spec.path);
  const bytes = readFileSync(abs);
  const digest = sha256(bytes);
  // COPIED files have a published hash; a mismatch means the snapshot drifted
  if (spec.expectedSha256 && spec.expectedSha256 !== digest) {
    warn(`${spec.path}: SHA-256 ${digest} differs from SOURCES.md (${spec.expectedSha256})`);
  }
  const data: unknown = JSON.parse(bytes.toString('utf8'));
  return { data, ref: { path: spec.path, sha256: digest, upstream: upstreamOf(spec, data, warn) } };
}

// Derived files name their own upstream in a `source` field; prefer that over
// our table so the provenance follows the data if the data is regenerated.
function upstreamOf(spec: InputSpec, data: unknown, warn: Warn): string {
  const own = (data as { source?: unknown }).source;
  if (typeof own === 'string') return own;
  if (spec.upstream) return spec.upstream;
  warn(`${spec.path}: no upstream recorded`);
  return 'unknown';
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes only when the content changed, so reruns leave mtimes alone. */
export function writeIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return true;
}
