// The mappings/README.md sections about framework folders, generated from the folders themselves.
import type { Artifact } from '../types.ts';
import { frameworkJson, type FolderSpec } from './folder.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const n = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function entriesText(folder: FolderSpec): string {
  const { entries, selections } = folder.catalog;
  if (folder.meta.kind === 'profile') return `profile of \`${folder.meta.profileOf ?? ''}\` (${Object.keys(selections ?? {}).length} selections)`;
  const levels = new Map<string, number>();
  for (const e of entries) levels.set(e.level, (levels.get(e.level) ?? 0) + 1);
  return `${n(entries.length)} (${[...levels].map(([l, c]) => `${n(c)} ${l}`).join(', ')})`;
}

export function frameworksSection(folders: FolderSpec[], artifacts: Artifact[]): string[] {
  if (!folders.length) return [];
  const crosswalksOf = (id: string) => artifacts.filter((a) => a.file.startsWith('crosswalks/') && (a.json.from === id || a.json.to === id)).map((a) => {
    const other = a.json.from === id ? `→ ${String(a.json.to)}` : `← ${String(a.json.from)}`;
    return `${other} (${n(Number(a.counts.edges))})`;
  });
  return [
    '## Frameworks',
    '',
    'One folder per framework under `frameworks/<id>/`: `framework.json` (name, version, publisher, license, label spellings, ID grammar, hierarchy, baselines), `catalog.json` (entries with level, group, parent, withdrawn status and targets, tags) and `PROVENANCE.md` (sources, SHA-256, counts, gaps). Both JSON files are validated by the Zod schemas in `src/core/frameworks/framework-schema.ts` when `src/io/framework-folders.ts` loads them.',
    '',
    '| id | framework | version | entries | withdrawn | baselines | license | crosswalks |',
    '|---|---|---|---|---|---|---|---|',
    ...folders.map((f) => {
      const fw = frameworkJson(f) as { baselines: Array<{ name: string; count: number }> };
      const withdrawn = f.catalog.entries.filter((e) => e.withdrawn).length;
      const baselines = fw.baselines.map((b) => `${b.name} ${n(b.count)}`).join(' / ') || '–';
      const license = f.meta.license.content === 'titles' ? 'public domain' : cell(f.meta.license.terms.split('. ')[0] ?? '');
      return `| \`${f.meta.id}\` | ${cell(f.meta.name)} | ${cell(f.meta.version)} | ${entriesText(f)} | ${n(withdrawn)} | ${cell(baselines)} | ${license} | ${cell(crosswalksOf(f.meta.id).join(', ') || '–')} |`;
    }),
    '',
  ];
}

export const ADDING_A_FRAMEWORK = [
  '## Adding a framework (draft)',
  '',
  'A framework published as an OSCAL catalog (or an OSCAL profile over a catalogued framework) is one command: write its `framework.json` by hand (id, name, version, publisher, license, label patterns and spellings, ID grammar, hierarchy, baselines; `kind: "profile"` with `profileOf` for a profile) and run',
  '',
  '```sh',
  'npm run import-reference -- --add-oscal path/to/catalog-or-profile.json --framework path/to/framework.json',
  '```',
  '',
  'It writes `mappings/frameworks/<id>/` with `framework.json` (baseline counts filled in), `catalog.json` (IDs from the controls\' `label` props, titles where `license.content` is `titles`, groups, parents, withdrawn status with `incorporated-into` / `moved-to` targets; a profile\'s `with-ids` as `selections`) and `PROVENANCE.md` (input path, SHA-256, counts), and refuses to write a folder the loader would reject. A folder must hold those three files; the folder name is the `id`. For a copyrighted framework keep `license.content: "short-labels"`: titles are dropped and only IDs and short labels stay. Crosswalks go to `crosswalks/<a>__<b>.json` in the crosswalk file format. Sources in other shapes need a builder in `scripts/import-reference/folders/` and a line in `folders/build.ts`, so that `npm run import-reference` regenerates them byte for byte.',
];
