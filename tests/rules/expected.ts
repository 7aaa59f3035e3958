import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The lines an invalid fixture must give, from its `invalid.expected.txt`; `UPDATE_FIXTURES=1`
 * rewrites the file from `lines` (review the diff), and a missing file is an error otherwise.
 */
export function expectedLines(expectedFile: URL, lines: readonly string[]): string[] {
  if (process.env['UPDATE_FIXTURES'] === '1' || !existsSync(expectedFile)) {
    if (process.env['UPDATE_FIXTURES'] !== '1') throw new Error(`missing ${expectedFile.pathname}; run with UPDATE_FIXTURES=1 and review it`);
    writeFileSync(expectedFile, `${lines.join('\n')}\n`);
  }
  return readFileSync(expectedFile, 'utf8').trimEnd().split('\n');
}
