import type { GuideSummary } from '../summary.ts';
import { linkedSlug } from '../parse/link-target.ts';
import type { CollectionRule } from './types.ts';

export { linkedSlug };

export const rule: CollectionRule = {
  meta: {
    id: 'cross-guide-anchor',
    description: 'Links to another guide\'s anchor point at a heading that guide has.',
    severity: 'error',
    docs: 'A link such as `../github/#11-enforce-mfa` or `github.md#11-enforce-mfa` is checked against the headings of the guide with that slug when it is part of the same run. Links to guides outside the run are not checked.',
    reads: ['Links with a path and a fragment (`../github/#x`, `/guides/github/#x`, `github.md#x`) to a guide of the same run, and that guide\'s heading anchors'],
    ignores: ['Links to guides outside the run', 'External URLs (with a scheme)', 'Links within the guide itself (`anchor-broken`)'],
  },
  check(context) {
    const bySlug = new Map<string, GuideSummary>(context.guides.map((guide) => [guide.slug, guide]));
    for (const guide of context.guides) {
      for (const link of guide.links) {
        const slug = linkedSlug(link.url);
        const target = slug ? bySlug.get(slug) : undefined;
        if (!target || target === guide || link.anchor === null || link.anchor === '') continue;
        if (target.headings.some((heading) => heading.anchor === link.anchor)) continue;
        const number = /^(\d+)-/.exec(link.anchor)?.[1];
        const control = number ? target.controls.find((c) => c.number.replace(/\./g, '') === number) : undefined;
        context.report(guide, {
          message: `Unexpected link to \`${slug}#${link.anchor}\`: guide \`${slug}\` has no heading with that anchor${control ? `, expected \`#${control.anchor}\` (control ${control.number})` : ''}`,
          place: link.position,
          actual: link.anchor,
          ...(control ? { expected: [control.anchor] } : {}),
        });
      }
    }
  },
};
