/** The baseline the performance targets are stated against: a plain full-GFM remark parse of each file. */
import { readFileSync } from 'node:fs';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export function naiveParse(files: readonly string[]): number {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
  let nodes = 0;
  for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
  return nodes;
}
