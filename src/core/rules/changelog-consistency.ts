import { isCalendarDate as isDate } from '../model/frontmatter.ts';
import type { Rule } from './types.ts';

export const rule: Rule = {
  meta: {
    id: 'changelog-consistency',
    description: 'The changelog is newest first, its dates are valid, and its newest entry (by date) matches the frontmatter version and last_updated.',
    severity: 'warning',
    docs: 'The changelog table (`| Date | Version | Maturity | Changes | Author |`) is the history auditors read. The entry with the newest date (wherever it sits, so an oldest-first table is read right) must carry the frontmatter `version`, its date must equal `last_updated`, and rows run newest first with real YYYY-MM-DD dates. A table that runs oldest first throughout gets one finding for the order, not one per row.',
    reads: ['The first table of `## Changelog` with Date and Version columns, in either order (newest or oldest first)', 'Frontmatter `version` and `last_updated`'],
    ignores: ['Tables without Date and Version columns', 'Rows without a real YYYY-MM-DD date when finding the newest entry and the order (they get their own finding)', 'A leading `v` on a version (`v1.1.0` is `1.1.0`)'],
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
    const dated = changelog.filter((entry) => isDate(entry.date.text));
    const inversion = dated.findIndex((entry, index) => index > 0 && entry.date.text > (dated[index - 1]?.date.text ?? ''));
    // Oldest first throughout is one consistent choice, reported once; otherwise the first row out of place.
    const oldestFirst = inversion !== -1 && dated.every((entry, index) => index === 0 || entry.date.text >= (dated[index - 1]?.date.text ?? ''));
    const first = dated[0];
    const outOfPlace = dated[inversion];
    const before = dated[inversion - 1];
    if (oldestFirst && first) {
      context.report({ message: `Unexpected changelog order: oldest first, from ${first.date.text} to ${dated.at(-1)?.date.text ?? ''}, expected newest first`, place: first.date.position });
    } else if (outOfPlace && before) {
      context.report({ message: `Unexpected changelog order: ${outOfPlace.date.text} comes after ${before.date.text}, expected newest first`, place: outOfPlace.date.position, cause: { message: 'the newer-looking entry above', place: before.date.position } });
    }
    // The newest entry is the one with the latest date wherever it sits; without dates, the top row.
    const latest = dated.reduce<typeof first>((best, entry) => (!best || entry.date.text > best.date.text || (oldestFirst && entry.date.text === best.date.text) ? entry : best), undefined) ?? changelog[0];
    const version = frontmatter?.fields.version ?? null;
    if (latest && version !== null && latest.version.text.replace(/^v/, '') !== version) {
      const when = isDate(latest.date.text) ? ` (${latest.date.text})` : '';
      context.report({ message: `Unexpected version \`${latest.version.text}\` in the newest changelog entry${when}, expected the frontmatter version \`${version}\``, place: latest.version.position, actual: latest.version.text, expected: [version], ...(frontmatter?.valuePositions['version'] ? { cause: { message: 'frontmatter version', place: frontmatter.valuePositions['version'] } } : {}) });
    }
    const newest = changelog.map((entry) => entry.date.text).filter(isDate).sort().at(-1);
    const updated = frontmatter?.fields.last_updated ?? null;
    if (newest && updated !== null && updated !== newest && frontmatter) {
      context.report({ message: `Unexpected last_updated \`${updated}\`, expected the newest changelog date \`${newest}\``, place: frontmatter.valuePositions['last_updated'] ?? frontmatter.position, actual: updated, expected: [newest] });
    }
  },
};
