// The importer's framework folders: an OSCAL catalog fixture of our own imports into a folder the
// loader accepts, a profile over it selects by OSCAL id, and (with ../shared/reference present)
// building twice gives the same bytes, equal to the committed files.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AddFrameworkError, importOscalFolder } from '../../scripts/import-reference/folders/add-oscal.ts';
import { buildAll, renderFiles } from '../../scripts/import-reference/run.ts';
import { loadFrameworkFolders } from '../../src/io/framework-folders.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/oscal-framework/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REFERENCE = join(ROOT, '../shared/reference');
const fixture = (name: string) => readFileSync(join(FIXTURE, name));
const frameworkJson = () => JSON.parse(fixture('framework.json').toString()) as Record<string, any>;

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

function writeAll(files: Map<string, string>): string {
  temp ??= mkdtempSync(join(tmpdir(), 'hardmap-import-'));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(temp, path)), { recursive: true });
    writeFileSync(join(temp, path), text);
  }
  return temp;
}

describe('--add-oscal on a synthetic OSCAL catalog', () => {
  const imported = () => importOscalFolder({ path: 'tests/fixtures/oscal-framework/catalog.json', bytes: fixture('catalog.json') }, frameworkJson());

  it('writes a folder the loader accepts, with entries, parents, withdrawn targets', () => {
    const { files, problems } = imported();
    expect(problems).toEqual([]);
    expect([...files.keys()]).toEqual(['frameworks/example-ops-1.0/framework.json', 'frameworks/example-ops-1.0/catalog.json', 'frameworks/example-ops-1.0/PROVENANCE.md']);
    const dir = writeAll(files);
    const folder = loadFrameworkFolders(join(dir, 'frameworks'), dir).get('example-ops-1.0');
    expect(folder?.catalog.groups).toEqual([{ id: 'op', title: 'Operations' }, { id: 'mo', title: 'Monitoring' }]);
    expect(folder?.catalog.entries.map((e) => [e.id, e.level, e.parent, e.withdrawn, e.incorporatedInto.join()])).toEqual([
      ['OP-1', 'control', null, false, ''],
      ['OP-1(1)', 'enhancement', 'OP-1', false, ''],
      ['OP-1(2)', 'enhancement', 'OP-1', true, 'OP-1(1)'],
      ['OP-2', 'control', null, true, 'MO-1'],
      ['MO-1', 'control', null, false, ''],
    ]);
    expect(folder?.catalog.entries[3]?.withdrawnTo).toEqual([{ relation: 'moved-to', target: 'MO-1' }]);
    const digest = createHash('sha256').update(fixture('catalog.json')).digest('hex');
    expect(files.get('frameworks/example-ops-1.0/PROVENANCE.md')).toContain(`| \`tests/fixtures/oscal-framework/catalog.json\` | \`${digest}\` |`);
  });

  it('imports the same bytes twice', () => {
    expect([...imported().files]).toEqual([...imported().files]);
  });

  it('drops titles of a framework whose license allows short labels only', () => {
    const fw = frameworkJson();
    fw.license.content = 'short-labels';
    const { files } = importOscalFolder({ path: 'catalog.json', bytes: fixture('catalog.json') }, fw);
    const catalog = JSON.parse(files.get('frameworks/example-ops-1.0/catalog.json') ?? '{}') as { entries: Array<{ title: string }> };
    expect(catalog.entries.map((e) => e.title)).toEqual(['', '', '', '', '']);
  });

  it('refuses a hierarchy the catalog does not fit, naming the field', () => {
    const fw = frameworkJson();
    fw.hierarchy[0].parent = '{1}X';
    expect(() => importOscalFolder({ path: 'catalog.json', bytes: fixture('catalog.json') }, fw)).toThrow('mappings/frameworks/example-ops-1.0/catalog.json: unexpected catalog at `entries[1].parent`: OP-1, the hierarchy spells OP-1X');
  });

  it('refuses a broken framework.json, naming the field', () => {
    const fw = frameworkJson();
    delete fw.publisher;
    expect(() => importOscalFolder({ path: 'catalog.json', bytes: fixture('catalog.json') }, fw)).toThrow(AddFrameworkError);
    expect(() => importOscalFolder({ path: 'catalog.json', bytes: fixture('catalog.json') }, fw)).toThrow(/^framework\.json: unexpected framework at `publisher`: /);
  });

  it('imports an OSCAL profile over the imported catalog as selections, by OSCAL id', () => {
    const dir = writeAll(imported().files);
    const target = loadFrameworkFolders(join(dir, 'frameworks'), dir).get('example-ops-1.0');
    const profile = { profile: { uuid: 'x', metadata: { title: 'Example Ops Baseline', version: '1' }, imports: [{ href: '#cat', 'include-controls': [{ 'with-ids': ['mo-1', 'op-1', 'op-1.1', 'zz-9'] }], 'exclude-controls': [{ 'with-ids': ['op-1.1'] }] }] } };
    const fw = { ...frameworkJson(), id: 'example-ops-baseline', kind: 'profile', profileOf: 'example-ops-1.0', idGrammar: { kind: 'inherit', from: 'example-ops-1.0' }, baselines: [{ id: 'base', name: 'Baseline', source: 'fixture' }] };
    const { files, problems } = importOscalFolder({ path: 'profile.json', bytes: JSON.stringify(profile) }, fw, target);
    expect(problems).toEqual(['selects ZZ-9, which the catalog lacks']);
    writeAll(files);
    const loaded = loadFrameworkFolders(join(dir, 'frameworks'), dir);
    expect(loaded.get('example-ops-baseline')?.catalog.selections).toEqual({ base: ['OP-1', 'MO-1'] });
    expect(loaded.get('example-ops-baseline')?.framework.baselines[0]?.count).toBe(2);
  });
});

describe.skipIf(!existsSync(REFERENCE))('npm run import-reference with ../shared/reference', () => {
  it('builds the same bytes twice, equal to the committed mappings/', () => {
    const render = () => {
      const warnings: string[] = [];
      const built = buildAll(REFERENCE, (m) => warnings.push(m));
      return { files: renderFiles(built.artifacts, built.folders), warnings };
    };
    const first = render();
    const second = render();
    expect([...first.files]).toEqual([...second.files]);
    expect(first.warnings).toEqual(second.warnings);
    const differing = [...first.files].filter(([path, text]) => readFileSync(join(ROOT, 'mappings', path), 'utf8') !== text).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(first.warnings.filter((w) => w.includes('RA-4'))).toHaveLength(1);
  });
});
