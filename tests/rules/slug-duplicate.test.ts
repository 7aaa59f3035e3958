import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedLines } from './expected.ts';
import { checkCollection, DEFAULT_CHECK_OPTIONS, parseGuide, summarizeGuide } from '../../src/index.ts';
import { formatMessageLine, loadReferenceData } from '../../src/node.ts';

const FIXTURE = new URL('../fixtures/rules/slug-duplicate/', import.meta.url);
const reference = loadReferenceData();

/** A collection rule's fixture is a folder of guides checked together (`valid/`, `invalid/`). */
function run(kind: 'valid' | 'invalid'): string[] {
  const folder = new URL(`${kind}/`, FIXTURE);
  const guides = readdirSync(folder).sort().map((name) => summarizeGuide(parseGuide(readFileSync(new URL(name, folder)), `${kind}/${name}`).guide));
  return checkCollection(guides, reference, DEFAULT_CHECK_OPTIONS).map((d) => `${formatMessageLine(d)}${d.cause ? ` (cause: ${d.cause.message})` : ''}`);
}

describe('slug-duplicate', () => {
  it('has no findings when every guide has its own slug', () => {
    expect(run('valid')).toEqual([]);
  });

  it('reports every later guide that reuses a slug, at its slug key, with the first definition as cause', () => {
    const lines = run('invalid').filter((line) => line.includes('[slug-duplicate]'));
    const expected = expectedLines(new URL('invalid.expected.txt', FIXTURE), lines);
    expect(lines.length).toBe(2);
    expect(lines).toEqual(expected);
  });

  it('does not depend on the order the guides come in', () => {
    const parse = (slug: string, path: string) => summarizeGuide(parseGuide(readFileSync(new URL('invalid/a-first.md', FIXTURE), 'utf8').replace('slug: "example"', `slug: "${slug}"`), path).guide);
    const guides = [parse('x', 'z.md'), parse('x', 'a.md')];
    const found = checkCollection(guides, reference, DEFAULT_CHECK_OPTIONS).filter((d) => d.ruleId === 'slug-duplicate');
    expect(found.map((d) => `${d.file} ${d.cause?.message}`)).toEqual(['z.md first defined in a.md:5:1']);
  });
});
