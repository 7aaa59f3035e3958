import { liquidStrip, packSection, RENDERED_PACK_TYPES, type Include, type PackEntry, type PackTree } from 'hardmap';
import { codeBlockHtml, escapeHtml } from './code-html.ts';

const TYPE_LABELS: Record<string, string> = {
  terraform: 'Terraform', config: 'Config', api: 'API Script', cli: 'CLI Script', sdk: 'SDK Script', db: 'DB Query', siem: 'SIEM Queries',
};

/** `AI Validated (2026-08-19): evidence`, as status-mark.html labels a mark. */
export function markLabel(mark: { status: string; evidence: string | null; date: string | null }): string {
  const [agent = '', stage = ''] = mark.status.split('-');
  return `${agent.toUpperCase()} ${stage.charAt(0).toUpperCase()}${stage.slice(1)}${mark.date ? ` (${mark.date})` : ''}${mark.evidence ? `: ${mark.evidence}` : ''}`;
}

function entryHtml(entry: PackEntry): string {
  const header = `<p class="pack-file"><span class="pack-file-name">${escapeHtml(entry.fileName)}</span></p>`;
  const excerpts = entry.excerpts.map((excerpt) => codeBlockHtml(liquidStrip(excerpt.text), entry.lang, `${entry.fileName}, ${excerpt.startLine === excerpt.endLine ? `line ${excerpt.startLine}` : `lines ${excerpt.startLine}–${excerpt.endLine}`}`));
  return header + excerpts.join('');
}

/**
 * What `{% include pack-code.html vendor=V section=S %}` shows where it stands: one collapsible
 * block per pack type the section has, in the upstream template's order (terraform, config, api,
 * cli, sdk, db, siem, sigma), each with the validation mark when `validated_types` names it.
 * An include the packs cannot resolve says so in words (pack-include-unresolved reports it).
 */
export function packIncludeHtml(include: Include, tree: PackTree | null): string {
  const key = include.pack;
  if (!key) return '';
  const section = packSection(tree, key.vendor, key.section);
  const where = `data-pack-vendor="${escapeHtml(key.vendor)}" data-pack-section="${escapeHtml(key.section)}"`;
  if (!section || section.entries.length === 0) return `<p class="pack-code pack-missing" ${where}>No code pack for ${escapeHtml(key.vendor)} section ${escapeHtml(key.section)} in this collection.</p>`;
  const parts: string[] = [];
  for (const type of RENDERED_PACK_TYPES) {
    const entries = section.entries.filter((entry) => entry.type === type);
    if (entries.length === 0) continue;
    const title = type === 'sigma' ? `Sigma Detection ${entries.length > 1 ? `Rules (${entries.length})` : 'Rule'}` : (TYPE_LABELS[type] ?? type);
    const mark = key.mark && key.validatedTypes.includes(type) ? ` <span class="status-mark">${escapeHtml(markLabel(key.mark))}</span>` : '';
    const bodies = entries.map(entryHtml);
    parts.push(`<details class="pack-details pack-type-${type}"><summary>Code Pack: ${escapeHtml(title)}${mark}</summary><div class="pack-body">${bodies.join('<hr class="pack-rule-divider">')}</div></details>`);
  }
  return `<div class="pack-code" ${where}>${parts.join('')}</div>`;
}
