// A framework is a unit of data: tests/fixtures/framework-unit/mappings holds one synthetic
// framework folder and a crosswalk, loaded through HARDMAP_MAPPINGS by the CLI as a user runs it.
// It gets label recognition, its `-id-unknown` and `-id-withdrawn` checks, export rows (asserted
// and derived through its crosswalk), OSCAL mappings and a framework page in a built site, while
// no file of src/ or site/ names it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const BIN = join(ROOT, 'bin', 'hardmap.js');
const FIXTURE = 'tests/fixtures/framework-unit';
const CONTENT = `${FIXTURE}/content`;
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'hardmap-framework-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('HARDMAP_'))), HARDMAP_MAPPINGS: `${FIXTURE}/mappings`, SOURCE_DATE_EPOCH: '1780272000' };

async function hardmap(args: string[], extra: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...env, ...extra }, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

interface Finding { ruleId: string; message: string; place: { start: { line: number; column: number } } }

describe('a framework added as a folder only (tests/fixtures/framework-unit)', () => {
  let findings: Finding[] = [];
  beforeAll(async () => {
    const { stdout } = await hardmap(['check', CONTENT, '--format', 'json']);
    findings = (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics;
  });

  it('has its label recognised (no label finding) and its IDs checked by acme-id-unknown', () => {
    expect(findings.filter((f) => f.ruleId.startsWith('framework-label'))).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'acme-id-unknown').map((f) => `${f.place.start.line}:${f.place.start.column} ${f.message}`)).toEqual([
      '36:39 Unexpected ACME Security Baseline 1 ID `ACME-9` in control 1.1: not in the ACME Security Baseline 1 catalog, did you mean `ACME-1` or `ACME-2` or `ACME-3`?',
    ]);
  });

  it('has its withdrawn IDs reported by acme-id-withdrawn with where each went', () => {
    expect(findings.filter((f) => f.ruleId === 'acme-id-withdrawn').map((f) => `${f.place.start.line}:${f.place.start.column} ${f.message}`)).toEqual([
      '62:30 Unexpected withdrawn ACME Security Baseline 1 requirement `ACME-3` (Shared accounts are reviewed) in control 1.2, expected where it went: incorporated into `ACME-1`',
    ]);
  });

  it('is unknown without the mappings root: the same guide then has no ACME framework at all', async () => {
    const { stdout } = await hardmap(['check', CONTENT, '--format', 'json'], { HARDMAP_MAPPINGS: '' });
    const ids = (JSON.parse(stdout) as { diagnostics: Finding[] }).diagnostics.map((f) => f.ruleId);
    expect(ids).not.toContain('acme-id-unknown');
    expect(ids).toContain('framework-label-uncatalogued');
  });

  it('gets export rows, asserted and derived through its crosswalk, and OSCAL mappings', async () => {
    const out = join(scratch, 'exports');
    const result = await hardmap(['export', CONTENT, '--out', out]);
    expect(result.code).toBe(0);
    const csv = readFileSync(join(out, 'mappings.csv'), 'utf8').split('\r\n');
    expect(csv.filter((line) => line.includes(',ACME Security Baseline 1,')).map((line) => line.split(',').slice(2, 12).join(','))).toEqual([
      '1.1,Give Every Administrator a Named Account,L1,ACME Security Baseline 1,ACME-1,Named accounts only,asserted,,,',
      '1.1,Give Every Administrator a Named Account,L1,ACME Security Baseline 1,ACME-9,,asserted,,,',
      '1.2,Keep the Audit Log,L1,ACME Security Baseline 1,ACME-2,Audit events are kept,derived,superset-of,meets,NIST SP 800-53 Rev 5 AU-6 via acme-sec-1__nist-800-53-r5',
      '1.2,Keep the Audit Log,L1,ACME Security Baseline 1,ACME-3,Shared accounts are reviewed,asserted,,,',
    ]);
    const collection = (JSON.parse(readFileSync(join(out, 'oscal', 'mapping-collection.json'), 'utf8')) as { 'mapping-collection': { mappings: Array<{ 'mapping-description': string; 'target-resource': { href: string }; maps: Array<{ targets: Array<{ 'id-ref': string }> }> }>; 'back-matter': { resources: Array<{ uuid: string; title: string }> } } })['mapping-collection'];
    const acme = collection.mappings.filter((m) => m['mapping-description'].startsWith('Guide controls to ACME Security Baseline 1,'));
    expect(acme.map((m) => m.maps.map((map) => map.targets[0]?.['id-ref']))).toEqual([['ACME-1', 'ACME-9', 'ACME-3'], ['ACME-2']]);
    const resource = collection['back-matter'].resources.find((r) => `#${r.uuid}` === acme[0]?.['target-resource'].href);
    expect(resource?.title).toBe('ACME Security Baseline 1');
  });

  it('gets a framework page and a page per requirement in a built site', async () => {
    const out = join(scratch, 'site');
    const result = await hardmap(['build', '--no-cache', '--content', CONTENT], { HARDMAP_OUT: out });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(out, 'frameworks', 'acme-sec-1')).sort()).toEqual(['acme-1', 'acme-2', 'acme-3', 'index.html']);
    expect(readFileSync(join(out, 'frameworks', 'acme-sec-1', 'index.html'), 'utf8')).toContain('<h1>ACME Security Baseline 1');
    expect(readFileSync(join(out, 'frameworks', 'acme-sec-1', 'acme-1', 'index.html'), 'utf8')).toContain('Give Every Administrator a Named Account');
  }, 300_000);

  it('refuses a mappings root without frameworks/, and a framework folder shipped twice, naming the path (exit 2, no stack trace)', async () => {
    const missing = await hardmap(['check', CONTENT], { HARDMAP_MAPPINGS: `${FIXTURE}/content` });
    expect([missing.code, missing.stderr]).toEqual([2, `hardmap check: HARDMAP_MAPPINGS: ${ROOT}/${FIXTURE}/content has no frameworks/ folder, expected a mappings root (frameworks/<id>/, crosswalks/)\n`]);
    const twice = await hardmap(['check', CONTENT], { HARDMAP_MAPPINGS: 'mappings' });
    expect([twice.code, twice.stderr]).toEqual([2, 'hardmap check: mappings/frameworks/cis-controls-v8: unexpected second folder for cis-controls-v8, expected one (the first is mappings/frameworks/cis-controls-v8)\n']);
  });

  it('is named by no file of src/ or site/', () => {
    const named = (dir: string): string[] => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|astro|json|css)$/.test(name) && /acme-sec|ACME Security/i.test(readFileSync(join(ROOT, dir, name), 'utf8')));
    expect([...named('src'), ...named('site')]).toEqual([]);
  });
});
