import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GuideSchema, parseGuide } from '../../src/index.ts';

const PATH = 'content/guides/qualys.md';

/** Golden snapshot of the project's own guide: any change to the parser's output shows up in review. */
it('parses content/guides/qualys.md into the recorded model', async () => {
  const { guide, problems } = parseGuide(readFileSync(new URL(`../../${PATH}`, import.meta.url)), PATH);
  expect(problems).toEqual([]);
  expect(GuideSchema.parse(guide)).toEqual(guide);
  await expect(`${JSON.stringify(guide, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/qualys.model.json');
});
