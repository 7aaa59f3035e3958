import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'raw-html',
    description: 'Guides are plain Markdown, without raw HTML.',
    severity: 'warning',
    docs: 'Raw HTML renders differently on GitHub, Jekyll and the hardmap site, and it is how a hostile pull request would try to put script on the site. The site sanitizes it regardless; this rule asks for Markdown instead. HTML comments are allowed (and `<!-- hardmap-disable-next-line rule-id -->` is a directive).',
    reads: ['Raw HTML nodes anywhere in the guide'],
    ignores: ['HTML comments and `hardmap-disable-next-line` directives', 'Liquid tags (`{% include ... %}`), which are not HTML', 'Markup inside code spans and fenced code'],
  },
  check(context) {
    for (const node of context.guide.html) {
      const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(node.value.trim())?.[1] ?? node.value.trim().slice(0, 20);
      context.report({ message: `Unexpected raw HTML \`<${tag}>\`, expected Markdown`, place: node.position, actual: tag });
    }
  },
};
