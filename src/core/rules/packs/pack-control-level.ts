import { controlTarget } from './control-target.ts';
import type { PackRule } from './types.ts';

export const rule: PackRule = {
  meta: {
    id: 'pack-control-level',
    description: 'A control YAML\'s `profile_level` is the level of its guide control.',
    severity: 'warning',
    docs: '`profile_level: 2` claims the control belongs to profile L2; the guide\'s `**Profile Level:**` line says which level it is. Two answers to one question: one of them is stale. The guide control is found by the `guide_url` anchor, else by `section`.',
    reads: ['`profile_level` of `controls/*.yaml`', 'The guide control\'s profile level'],
    ignores: ['Control YAML whose guide is not in the run, or whose control cannot be found', 'Guide controls without a known level (`profile-level` reports them)'],
  },
  check(context) {
    for (const pack of context.tree.packs) {
      for (const yaml of pack.controls) {
        const target = controlTarget(context, pack, yaml);
        const level = target?.control?.levelKey;
        if (!yaml.profileLevel || !target?.control || !level || level === `L${yaml.profileLevel.value}`) continue;
        context.report(context.fileTarget(yaml), {
          message: `Unexpected profile_level \`${yaml.profileLevel.value}\` for control ${target.control.number} of \`${target.guide.slug}\`: the guide says ${level}, expected \`${level.slice(1)}\``,
          place: yaml.profileLevel.position,
          actual: String(yaml.profileLevel.value),
          expected: [level.slice(1)],
        });
      }
    }
  },
};
