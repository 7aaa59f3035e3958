import type { ControlYaml, Pack } from '../../packs/model.ts';
import type { GuideSummary } from '../../summary.ts';
import { guidesOf, type PackContext } from './types.ts';

export interface ControlTarget {
  guide: GuideSummary;
  control: GuideSummary['controls'][number] | null;
  /** The anchor of `guide_url`, when it has one. */
  anchor: string | null;
}

/** `https://host/guides/<slug>/#<anchor>` → slug and anchor. */
export function guideUrlParts(url: string): { slug: string | null; anchor: string | null } {
  const slug = /\/guides\/([a-z0-9][a-z0-9-]*)\/?(?:#|$)/.exec(url)?.[1] ?? null;
  const hash = url.indexOf('#');
  return { slug, anchor: hash === -1 ? null : decodeURIComponent(url.slice(hash + 1)) };
}

/** Titles compared as words: `Enforce MFA (All Members)` equals `enforce mfa all members`. */
export function sameTitle(a: string | null, b: string): boolean {
  const words = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return a !== null && words(a) === words(b);
}

/**
 * The guide control a control YAML describes: the guide its `guide_url` names (else the one that
 * includes the pack), and there the control at the URL's anchor. When the anchor does not resolve,
 * the control numbered `section` counts only when its title is the YAML's: guides get renumbered,
 * and comparing mappings with the wrong control would be a false claim.
 * Null when no guide of the run is that guide: nothing can be compared then.
 */
export function controlTarget(context: PackContext, pack: Pack, yaml: ControlYaml): ControlTarget | null {
  const { slug, anchor } = yaml.guideUrl ? guideUrlParts(yaml.guideUrl.value) : { slug: null, anchor: null };
  const guide = (slug ? context.guides.find((candidate) => candidate.slug === slug) : undefined) ?? guidesOf(context, pack)[0];
  if (!guide) return null;
  const byAnchor = anchor ? guide.controls.find((control) => control.anchor === anchor) : undefined;
  const numbered = yaml.section ? guide.controls.find((control) => control.number === yaml.section?.value) : undefined;
  const bySection = numbered && sameTitle(yaml.title, numbered.title) ? numbered : undefined;
  return { guide, control: byAnchor ?? bySection ?? null, anchor };
}
