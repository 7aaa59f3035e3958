import { isCalendarDate as isDate } from '../model/frontmatter.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'changelog-consistency',
    description: 'The changelog is newest first, its dates are valid, and its newest entry matches the frontmatter version and last_updated.',
    severity: 'warning',
    fixable: false,
    docs: 'The changelog table (`| Date | Version | Maturity | Changes | Author |`) is the history auditors read. Its top row must carry the frontmatter `version`, the newest date must equal `last_updated`, and rows run newest first with real YYYY-MM-DD dates.',
  },
  check(context) {
    const { changelog, frontmatter, changelogPosition } = context.guide;
    if (changelog === null || changelogPosition === null) return;
    if (changelog.length === 0) {
      context.report({ message: 'Missing changelog table, expected `| Date | Version | Maturity | Changes | Author |` with at least one row', place: changelogPosition });
      return;
    }
    for (const entry of changelog) {
      if (!isDate(entry.date.text)) context.report({ message: `Unexpected changelog date \`${entry.date.text}\`, expected a real date written YYYY-MM-DD`, place: entry.date.position, actual: entry.date.text });
    }
    for (let index = 1; index < changelog.length; index++) {
      const previous = changelog[index - 1];
      const entry = changelog[index];
      if (!previous || !entry || !isDate(previous.date.text) || !isDate(entry.date.text)) continue;
      if (entry.date.text > previous.date.text) {
        context.report({ message: `Unexpected changelog order: ${entry.date.text} comes after ${previous.date.text}, expected newest first`, place: entry.date.position, cause: { message: 'the newer-looking entry above', place: previous.date.position } });
        break;
      }
    }
    const top = changelog[0];
    const data = frontmatter?.data ?? {};
    const version = typeof data['version'] === 'string' ? data['version'] : null;
    if (top && version !== null && top.version.text.replace(/^v/, '') !== version) {
      context.report({ message: `Unexpected version \`${top.version.text}\` in the newest changelog entry, expected the frontmatter version \`${version}\``, place: top.version.position, actual: top.version.text, expected: [version], ...(frontmatter?.valuePositions['version'] ? { cause: { message: 'frontmatter version', place: frontmatter.valuePositions['version'] } } : {}) });
    }
    const newest = changelog.map((entry) => entry.date.text).filter(isDate).sort().at(-1);
    const updated = typeof data['last_updated'] === 'string' ? data['last_updated'] : null;
    if (newest && updated !== null && updated !== newest && frontmatter) {
      context.report({ message: `Unexpected last_updated \`${updated}\`, expected the newest changelog date \`${newest}\``, place: frontmatter.valuePositions['last_updated'] ?? frontmatter.position, actual: updated, expected: [newest] });
    }
  },
};
