// A framework is a unit of data: a synthetic framework added as a folder to a temp copy of
// mappings/ (never ../shared), loaded by the same loader, gets label recognition, ID parsing, a
// catalog and an `<prefix>-id-unknown` rule from the same builders the shipped registry uses.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogsFromFolders } from '../../src/core/frameworks/folder-catalog.ts';
import { buildGrammars, parseIdCellWith } from '../../src/core/frameworks/ids.ts';
import { buildFrameworkInfos, resolveLabelIn } from '../../src/core/frameworks/registry.ts';
import { installedFrameworks } from '../../src/core/frameworks/installed.ts';
import { catalogIdRules } from '../../src/core/rules/catalog-id-rules.ts';
import type { RuleContext } from '../../src/core/rules/types.ts';
import { FRAMEWORKS_DIR, loadFrameworkFolders } from '../../src/io/framework-folders.ts';

const ACME = {
  id: 'acme-sec-1', name: 'ACME Security Baseline 1', short: 'ACME 1', version: '1.0', publisher: 'ACME',
  license: { terms: 'test data', content: 'titles' }, kind: 'catalog',
  labels: { patterns: [{ pattern: '^acme sec(urity baseline)?( v?1)?$' }], spellings: ['ACME Sec 1'], nearSpellings: [] },
  idGrammar: { kind: 'pattern', pattern: 'ACME-0*(\\d+)(?![\\d])', flags: 'i', normalize: 'ACME-{1:int}', examples: ['ACME-1'], otherEditions: [] },
  hierarchy: [{ name: 'requirement', pattern: 'ACME-\\d+' }],
  baselines: [], related: [], notes: [],
};
const CATALOG = {
  framework: 'acme-sec-1', version: '1.0', groups: [{ id: 'core', title: 'Core' }],
  entries: ['ACME-1', 'ACME-2'].map((id) => ({ id, title: `Requirement ${id}`, group: 'core', parent: null, level: 'requirement', withdrawn: false, incorporatedInto: [], tags: [] })),
};

const root = mkdtempSync(join(tmpdir(), 'hardmap-folder-only-'));
const dir = join(root, 'frameworks');
cpSync(FRAMEWORKS_DIR, dir, { recursive: true });
mkdirSync(join(dir, 'acme-sec-1'));
writeFileSync(join(dir, 'acme-sec-1', 'framework.json'), JSON.stringify(ACME));
writeFileSync(join(dir, 'acme-sec-1', 'catalog.json'), JSON.stringify(CATALOG));
writeFileSync(join(dir, 'acme-sec-1', 'PROVENANCE.md'), '# ACME Security Baseline 1\n\nSynthetic, for tests.\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const folders = loadFrameworkFolders(dir, root);
const files = [...folders.values()].map((folder) => folder.framework);

describe('a framework added as a folder only', () => {
  it('is loaded and validated with the others', () => {
    expect(folders.has('acme-sec-1')).toBe(true);
    expect(folders.size).toBe(readdirSync(FRAMEWORKS_DIR).length + 1);
  });

  it('has its labels recognised as catalogued, and unknown labels stay unknown', () => {
    const frameworks = buildFrameworkInfos(files);
    expect(resolveLabelIn(frameworks, '**ACME Security Baseline v1**')).toEqual({ key: 'acme-sec-1', known: true });
    expect(frameworks.find((f) => f.key === 'acme-sec-1')?.catalogued).toBe(true);
    expect(resolveLabelIn(frameworks, 'ACME Sec 2').known).toBe(false);
  });

  it('has its IDs parsed by its grammar and checked against its catalog by acme-sec-1-id-unknown', () => {
    const tokens = parseIdCellWith(buildGrammars(files), 'acme-sec-1', 'ACME-01, acme-9, Core family');
    expect(tokens.map((t) => [t.id, t.shaped])).toEqual([['ACME-1', true], ['ACME-9', true], ['Core family', false]]);
    const catalogs = catalogsFromFolders(folders, files.map((f) => f.id));
    expect([...(catalogs.get('acme-sec-1')?.entries.keys() ?? [])]).toEqual(['ACME-1', 'ACME-2']);
    const rule = catalogIdRules(files).find((r) => r.meta.id === 'acme-sec-1-id-unknown');
    expect(rule?.meta.description).toBe('ACME Security Baseline 1 IDs exist in the ACME Security Baseline 1 catalog.');
    const at = { line: 10, column: 5, offset: 100 };
    const mappings = tokens.filter((t) => t.shaped).map((t) => ({ framework: 'acme-sec-1', id: t.id, idText: t.idText, position: { start: at, end: at } }));
    const messages: string[] = [];
    rule?.check({ guide: { controls: [{ number: '1.1', mappings }], quickReference: null }, catalogs, report: (r: { message: string }) => messages.push(r.message) } as unknown as RuleContext);
    expect(messages).toEqual(['Unexpected ACME Security Baseline 1 ID `acme-9` in control 1.1: not in the ACME Security Baseline 1 catalog, did you mean `ACME-1` or `ACME-2`?']);
  });
});

describe('the shipped registry', () => {
  it('is every folder of mappings/frameworks, read by the io layer, in the order their framework.json files state', () => {
    expect(installedFrameworks().map((f) => f.id).sort()).toEqual([...loadFrameworkFolders().keys()]);
    expect(installedFrameworks().map((f) => f.order)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });
});
