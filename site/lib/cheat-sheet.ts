import { compareNumeric, type Control } from 'hardmap';
import { shortName } from './frameworks.ts';

export interface CheatRow { control: Control; mappings: Array<{ framework: string; name: string; ids: string[] }> }
export interface CheatGroup { level: string; label: string; rows: CheatRow[] }

/**
 * A guide's controls grouped by profile level (L1 first, then controls without a level), each
 * with its mapping IDs per framework in the order the guide lists them, duplicates dropped.
 */
export function cheatSheet(controls: readonly Control[]): CheatGroup[] {
  const groups = new Map<string, CheatGroup>();
  for (const control of controls) {
    const level = control.level?.level ?? '';
    const label = level ? `${level}${control.level?.name ? ` ${control.level.name}` : ''}` : 'No profile level';
    const group = groups.get(level) ?? { level, label, rows: [] };
    const byFramework = new Map<string, string[]>();
    for (const mapping of control.mappings) {
      const ids = byFramework.get(mapping.framework) ?? [];
      if (!ids.includes(mapping.id)) ids.push(mapping.id);
      byFramework.set(mapping.framework, ids);
    }
    group.rows.push({ control, mappings: [...byFramework].map(([framework, ids]) => ({ framework, name: shortName(framework), ids })) });
    groups.set(level, group);
  }
  // Levels in order; the group without a level last.
  return [...groups.values()].sort((a, b) => (a.level === '' ? 1 : b.level === '' ? -1 : compareNumeric(a.level, b.level)));
}
