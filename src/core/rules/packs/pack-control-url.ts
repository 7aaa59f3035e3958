import { guideUrlParts, sameTitle } from './control-target.ts';
import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-control-url',
    description: 'A control YAML\'s `guide_url` anchor is a heading of its guide.',
    severity: 'error',
    docs: 'Tools that read the control YAML link back to the guide through `guide_url`; once the guide renames or renumbers the control the link lands at the top of the page. Checked when the guide the URL names (`/guides/<slug>/`) is part of the run; the expected anchor is named only when the control numbered `section` has the YAML\'s `title`.',
    reads: ['`guide_url` of `controls/*.yaml`', 'The heading anchors of the guide it names'],
    ignores: ['URLs of guides outside the run', 'URLs without an anchor'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      for (const yaml of pack.controls) {
        if (!yaml.guideUrl) continue;
        const { slug, anchor } = guideUrlParts(yaml.guideUrl.value);
        const guide = slug ? context.guides.find((candidate) => candidate.slug === slug) : undefined;
        if (!guide || !anchor || guide.headings.some((heading) => heading.anchor === anchor)) continue;
        // A suggestion only when the control numbered `section` has the YAML's title: else it is a guess.
        const candidate = yaml.section ? guide.controls.find((control) => control.number === yaml.section?.value) : undefined;
        const numbered = candidate && sameTitle(yaml.title, candidate.title) ? candidate : undefined;
        context.report(context.fileTarget(yaml), {
          message: `Unexpected guide_url anchor \`#${anchor}\`: guide \`${guide.slug}\` has no heading with that anchor${numbered ? `, expected \`#${numbered.anchor}\` (control ${numbered.number})` : ''}`,
          place: yaml.guideUrl.position,
          actual: anchor,
          ...(numbered ? { expected: [numbered.anchor] } : {}),
        });
      }
    }
  },
};
