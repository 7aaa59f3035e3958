import type { ControlChange, MappingDiff } from './mapping-diff.ts';

function describe(change: ControlChange): string[] {
  const parts: string[] = [];
  if (change.previousNumber) parts.push(`renumbered from ${change.previousNumber}`);
  if (change.previousTitle) parts.push(`renamed from "${change.previousTitle}"`);
  if (change.levelBefore !== change.levelAfter) parts.push(`level ${change.levelBefore ?? 'none'} -> ${change.levelAfter ?? 'none'}`);
  if (change.mappingsAdded.length) parts.push(`mappings added: ${change.mappingsAdded.join(', ')}`);
  if (change.mappingsRemoved.length) parts.push(`mappings removed: ${change.mappingsRemoved.join(', ')}`);
  return parts;
}

export function isEmptyDiff(diff: MappingDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0;
}

export function formatDiffText(diff: MappingDiff, revision: string): string {
  if (isEmptyDiff(diff)) return `No mapping changes since ${revision}.\n`;
  const lines = [`Mapping changes since ${revision}:`];
  for (const control of diff.added) lines.push(`+ ${control.guide} ${control.number} ${control.title}`);
  for (const control of diff.removed) lines.push(`- ${control.guide} ${control.number} ${control.title}`);
  for (const change of diff.changed) lines.push(`~ ${change.guide} ${change.number} ${change.title}: ${describe(change).join('; ')}`);
  return `${lines.join('\n')}\n`;
}

/** A summary fit for a pull-request comment. */
export function formatDiffMarkdown(diff: MappingDiff, revision: string): string {
  if (isEmptyDiff(diff)) return `### hardmap: no mapping changes since \`${revision}\`\n`;
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  const lines = [`### hardmap: mapping changes since \`${revision}\``, '', `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`, '', '| | Guide | Control | Change |', '|---|---|---|---|'];
  for (const control of diff.added) lines.push(`| ➕ | ${control.guide} | ${control.number} ${cell(control.title)} | added |`);
  for (const control of diff.removed) lines.push(`| ➖ | ${control.guide} | ${control.number} ${cell(control.title)} | removed |`);
  for (const change of diff.changed) lines.push(`| ✏️ | ${change.guide} | ${change.number} ${cell(change.title)} | ${cell(describe(change).join('; '))} |`);
  return `${lines.join('\n')}\n`;
}
