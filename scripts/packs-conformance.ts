/**
 * Code packs conformance over the sample (`.ci/run`; needs ../shared): `node scripts/packs-conformance.ts GUIDES SAMPLE`.
 * 1. The pack tree reproduces every data file of the sample (`SAMPLE/data/<vendor>.yml`): for each
 *    section the same types in the same order, the same files, excerpt names and excerpt text (as
 *    the include template shows it, after Liquid's `strip`).
 * 2. Every `pack-code` include of the guides resolves to that section and stands alone in its
 *    rendered piece, so the site replaces it by the excerpts: 0 includes are shown as literal text.
 * 3. Every heading anchor of the model equals the id kramdown's GFM parser gives the heading on the
 *    published site (raw heading text, Liquid tags removed but not the space before one).
 * Exits 1 on any difference, naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { includePieces, liquidStrip, packSection, parseGuide, RENDERED_PACK_TYPES } from '../src/index.ts';
import { readPackTree } from '../src/node.ts';
import { renderIndex } from '../src/core/render/html.ts';
import { kramdownIds } from './packs-conformance/kramdown-id.ts';

const guides = resolve(process.argv[2] ?? '../shared/corpus/how-to-harden');
const sample = resolve(process.argv[3] ?? '../shared/corpus/how-to-harden-packs');
const problems: string[] = [];
const { tree } = await readPackTree(join(sample, 'packs'), '/');

type DataEntry = { lang: string; filename: string; excerpts?: Record<string, { content?: string }> };
let sections = 0;
for (const file of readdirSync(join(sample, 'data')).filter((name) => name.endsWith('.yml')).sort()) {
  const vendor = file.replace(/\.yml$/, '');
  const data = parse(readFileSync(join(sample, 'data', file), 'utf8')) as Record<string, Record<string, DataEntry | DataEntry[]>>;
  for (const [key, types] of Object.entries(data)) {
    sections++;
    const expected = RENDERED_PACK_TYPES.flatMap((type) => {
      const value = types?.[type];
      return (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((entry) => JSON.stringify([type, entry.lang, entry.filename, Object.entries(entry.excerpts ?? {}).map(([name, excerpt]) => [name, liquidStrip(excerpt.content ?? '')])]));
    });
    const actual = (packSection(tree, vendor, key)?.entries ?? []).map((entry) => JSON.stringify([entry.type, entry.lang, entry.fileName, entry.excerpts.map((excerpt) => [excerpt.name, liquidStrip(excerpt.text)])]));
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${vendor} ${key}: the pack tree gives ${actual.length} entries (${actual.join(' ').slice(0, 200)}), the data file ${expected.length}`);
  }
}

let includes = 0;
let headings = 0;
for (const name of readdirSync(guides).filter((entry) => entry.endsWith('.md')).sort()) {
  const text = readFileSync(join(guides, name), 'utf8');
  const parsed = parseGuide(text, name);
  const pieces = parsed.root ? renderIndex(parsed.root) : [];
  const replaced = [...includePieces(pieces, parsed.guide.includes).values()].flat();
  for (const include of parsed.guide.includes) {
    if (!include.pack) continue;
    includes++;
    const where = `${name}:${include.position.start.line}`;
    if (!packSection(tree, include.pack.vendor, include.pack.section)?.entries.length) problems.push(`${where}: include of ${include.pack.vendor} ${include.pack.section} renders no code`);
    if (!replaced.includes(include)) problems.push(`${where}: the include does not stand alone in its block, so it would be shown as text`);
  }
  const ids = kramdownIds(text, parsed.guide.headings.map((heading) => heading.position.start.offset));
  parsed.guide.headings.forEach((heading, at) => {
    headings++;
    if (heading.anchor !== ids[at]) problems.push(`${name}:${heading.position.start.line}: anchor \`${heading.anchor}\`, kramdown gives \`${ids[at]}\``);
  });
}

console.log(`packs conformance: ${sections} data sections, ${includes} includes, ${headings} headings of ${readdirSync(guides).filter((entry) => entry.endsWith('.md')).length} guides: ${problems.length} differences`);
for (const problem of problems.slice(0, 40)) console.error(`  ${problem}`);
if (problems.length > 0) process.exit(1);
