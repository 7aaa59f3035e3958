// The loader against the committed folders, and against broken synthetic folders in a temp dir
// (never ../shared): each broken file is refused with the file and the field named.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FRAMEWORKS_DIR, FrameworkFolderError, loadFrameworkFolders } from '../../src/io/framework-folders.ts';

const NINE = ['cis-controls-v8', 'fedramp-rev5', 'hipaa-security-rule', 'iso27001-2022', 'nist-800-171-r3', 'nist-800-53-r5', 'nist-csf-2.0', 'pci-dss-4.0.1', 'soc2-tsc-2017'];

describe('committed framework folders', () => {
  it('load and validate, all nine', () => {
    expect([...loadFrameworkFolders().keys()]).toEqual(NINE);
  });
});

describe('broken framework folders', () => {
  let root: string;
  let dir: string;
  const copy = (...ids: string[]) => ids.forEach((id) => cpSync(join(FRAMEWORKS_DIR, id), join(dir, id), { recursive: true }));
  const edit = (rel: string, change: (doc: Record<string, any>) => void) => {
    const doc = JSON.parse(readFileSync(join(dir, rel), 'utf8')) as Record<string, any>;
    change(doc);
    writeFileSync(join(dir, rel), JSON.stringify(doc));
  };
  const failure = () => {
    try {
      loadFrameworkFolders(dir, root);
    } catch (error) {
      expect(error).toBeInstanceOf(FrameworkFolderError);
      return (error as Error).message;
    }
    return 'loaded';
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'hardmap-frameworks-'));
    dir = join(root, 'frameworks');
    copy('nist-csf-2.0');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a copy of a good folder loads', () => {
    expect(failure()).toBe('loaded');
  });

  it('names a missing file', () => {
    unlinkSync(join(dir, 'nist-csf-2.0', 'PROVENANCE.md'));
    expect(failure()).toBe('frameworks/nist-csf-2.0/PROVENANCE.md: missing (a framework folder holds framework.json, catalog.json, PROVENANCE.md)');
  });

  it('names a file that is not JSON', () => {
    writeFileSync(join(dir, 'nist-csf-2.0', 'catalog.json'), '{"framework": ');
    expect(failure()).toMatch(/^frameworks\/nist-csf-2\.0\/catalog\.json: not JSON: /);
  });

  it('names the field of a framework.json that breaks the schema', () => {
    edit('nist-csf-2.0/framework.json', (fw) => { fw.labels.patterns[1].pattern = '(unclosed'; });
    expect(failure()).toBe('frameworks/nist-csf-2.0/framework.json: unexpected framework at `labels.patterns[1].pattern`: expected a regular expression that compiles with the u flag');
  });

  it('names a wrong enum value in the license', () => {
    edit('nist-csf-2.0/framework.json', (fw) => { fw.license.content = 'full-text'; });
    expect(failure()).toMatch(/^frameworks\/nist-csf-2\.0\/framework\.json: unexpected framework at `license\.content`: /);
  });

  it('names a catalog entry field of the wrong type', () => {
    edit('nist-csf-2.0/catalog.json', (cat) => { cat.entries[7].withdrawn = 'yes'; });
    expect(failure()).toMatch(/^frameworks\/nist-csf-2\.0\/catalog\.json: unexpected catalog at `entries\[7\]\.withdrawn`: /);
  });

  it('refuses a parent that is not an entry', () => {
    edit('nist-csf-2.0/catalog.json', (cat) => { cat.entries[10].parent = 'ZZ.ZZ'; });
    expect(failure()).toBe('frameworks/nist-csf-2.0/catalog.json: unexpected catalog at `entries[10].parent`: parent ZZ.ZZ is not an entry');
  });

  it('refuses a parent other than the one the hierarchy spells', () => {
    edit('nist-csf-2.0/catalog.json', (cat) => {
      const index = (cat.entries as Array<{ id: string }>).findIndex((e) => e.id === 'PR.AA-01');
      cat.entries[index].parent = 'GV.OC';
    });
    expect(failure()).toMatch(/^frameworks\/nist-csf-2\.0\/catalog\.json: unexpected catalog at `entries\[\d+\]\.parent`: GV\.OC, the hierarchy spells PR\.AA$/);
  });

  it('refuses a folder named otherwise than its id', () => {
    cpSync(join(dir, 'nist-csf-2.0'), join(dir, 'csf'), { recursive: true });
    expect(failure()).toBe('frameworks/csf/framework.json: unexpected framework at `id`: nist-csf-2.0 differs from the folder name csf');
  });

  it('refuses a baseline count the catalog does not have', () => {
    copy('nist-800-53-r5');
    edit('nist-800-53-r5/framework.json', (fw) => { fw.baselines[0].count = 150; });
    expect(failure()).toBe('frameworks/nist-800-53-r5/framework.json: unexpected framework at `baselines[0].count`: 150, the catalog has 149');
  });

  it('refuses a profile without the framework it selects from, or selecting IDs it lacks', () => {
    copy('fedramp-rev5');
    expect(failure()).toBe('frameworks/fedramp-rev5/framework.json: unexpected framework at `profileOf`: no folder for nist-800-53-r5');
    copy('nist-800-53-r5');
    expect(failure()).toBe('loaded');
    edit('fedramp-rev5/catalog.json', (cat) => { cat.selections.moderate[2] = 'AC-99'; });
    expect(failure()).toBe('frameworks/fedramp-rev5/catalog.json: unexpected catalog at `selections.moderate[2]`: AC-99 is not in nist-800-53-r5');
  });

  it('refuses an unknown template transform', () => {
    edit('nist-csf-2.0/framework.json', (fw) => { fw.idGrammar.normalize = '{1:title}'; });
    expect(failure()).toBe('frameworks/nist-csf-2.0/framework.json: unexpected framework at `idGrammar.normalize`: unknown transform title');
  });
});
