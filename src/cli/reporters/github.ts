import type { Diagnostic } from '../../core/model/diagnostic.ts';
import { visible } from '../terminal.ts';

/** Controls made visible, CR and LF kept: the workflow escaping below encodes those. */
const shown = (text: string): string => text.split(/(\r|\n)/).map((part, index) => (index % 2 === 1 ? part : visible(part))).join('');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping for a workflow command's message, as the runner's own toolkit (`@actions/core`) does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values end at `,` and the properties at `::`, so those are escaped as well. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per line, which the runner turns into annotations on the
 * pull request. Annotations have no related locations, so a cause is appended on its own line.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const { start, end } = d.place;
      // Annotations match repository paths, which use `/` even on Windows runners.
      const file = shown(d.file.replace(/\\/g, '/'));
      const properties = `file=${escapeProperty(file)},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=${escapeProperty(shown(d.ruleId))}`;
      const cause = d.cause ? `\n↳ ${d.cause.place.start.line}:${d.cause.place.start.column} ${shown(d.cause.message)}` : '';
      // The runner prints messages to its log: controls are made visible before the workflow escaping.
      return `::${COMMAND[d.severity]} ${properties}::${escapeData(shown(d.message) + cause)}\n`;
    })
    .join('');
}
