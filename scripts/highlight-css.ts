// Writes site/styles/code-highlight.css from the highlighter's palette (site/lib/highlight.ts).
import { writeFileSync } from 'node:fs';
import { highlightCss } from '../site/lib/highlight.ts';

const target = new URL('../site/styles/code-highlight.css', import.meta.url);
writeFileSync(target, highlightCss());
console.log(`wrote ${target.pathname}`);
