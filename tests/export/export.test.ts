import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvField, ROW_COLUMNS, mappingExportJsonSchema, mappingRows, parseGuide, toCsv } from '../../src/index.ts';
import { main, loadReferenceData } from '../../src/node.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const reference = loadReferenceData();
const base = parseGuide(readFileSync(new URL('../fixtures/base-guide.md', import.meta.url)), 'base-guide.md').guide;

async function exportTo(args: string[], env: Record<string, string> = { SOURCE_DATE_EPOCH: '1767225600' }): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'hardmap-export-'));
  const code = await main(['export', 'content', '--out', out, ...args], { cwd: ROOT, env, stdout: { write: () => true }, stderr: { write: () => true } });
  expect(code).toBe(0);
  return out;
}

describe('mapping rows', () => {
  const rows = mappingRows([base], reference, { contentCommit: 'abc' });

  it('has one row per asserted mapping and marks crosswalk-derived ones with their chain', () => {
    const asserted = rows.filter((row) => row.derivation === 'asserted').map((row) => `${row.controlNumber} ${row.frameworkId}`);
    expect(asserted).toContain('1.1 IA-2(1)');
    expect(asserted).toContain('1.1 CC6.1');
    const derived = rows.find((row) => row.controlNumber === '2.1' && row.frameworkId === 'CC7.2');
    expect(derived).toMatchObject({ derivation: 'derived', frameworkName: 'SOC 2 Trust Services Criteria (2017)' });
    expect(derived?.via).toMatch(/^NIST SP 800-53 Rev 5 AU-2 via soc2-tsc-2017__nist-800-53-r5/);
    expect(derived).toMatchObject({ relationship: 'unspecified', strength: 'contributes-to', path: 'NIST 800-53 AU-2 -[unspecified soc2-tsc-2017__nist-800-53-r5]-> SOC 2 CC7.2' });
    expect(rows.filter((row) => row.derivation === 'asserted').every((row) => row.relationship === '' && row.strength === '' && row.path === '')).toBe(true);
    // IA-2(1) is asserted: its base IA-2 is a contributing roll-up, unless the control asserts IA-2 too.
    const rolled = rows.filter((row) => row.derivation === 'derived' && row.rolledUp && row.framework === 'nist-800-53-r5');
    expect(rolled.length).toBeGreaterThan(0);
    for (const row of rolled) expect(row).toMatchObject({ strength: 'contributes-to', path: expect.stringContaining('roll-up to base') });
    expect(rows.find((row) => row.frameworkId === 'IA-2(1)')).toMatchObject({ frameworkTitle: 'Multi-factor Authentication to Privileged Accounts', sourceFile: 'base-guide.md', sourceLine: 42, contentCommit: 'abc' });
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 and neutralizes formula-looking cells', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('writes CRLF rows with a header', () => {
    const csv = toCsv(mappingRows([base], reference, { contentCommit: null }));
    expect(csv.split('\r\n')[0]).toBe('Guide,Vendor,Control,Control Title,Level,Framework,Framework ID,Framework Title,Derivation,Relationship,Strength,Via,Path,Rolled Up,Implemented By Code,Source File,Source Line,Guide Version,Content Commit');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('hardmap export', () => {
  it('writes every format, and the JSON validates against its generated schema', async () => {
    const out = await exportTo([]);
    expect(readdirSync(out).sort()).toEqual(['mappings.csv', 'mappings.json', 'mappings.md', 'mappings.schema.json', 'mappings.xlsx', 'oscal']);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(mappingExportJsonSchema()) as object);
    const document = JSON.parse(readFileSync(join(out, 'mappings.json'), 'utf8')) as { rows: unknown[] };
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(document.rows.length).toBeGreaterThan(100);
    expect(validate({ ...document, rows: [{ guide: 1 }] })).toBe(false);
  });

  it('is byte-identical across runs', async () => {
    const first = await exportTo([]);
    const second = await exportTo([]);
    for (const name of ['mappings.csv', 'mappings.json', 'mappings.md', 'mappings.xlsx', 'oscal/catalog.json', 'oscal/mapping-collection.json']) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    }
  });

  it('writes the same cells to the XLSX All mappings sheet as to the CSV', async () => {
    const out = await exportTo(['--format', 'csv,xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(out, 'mappings.xlsx')) as unknown as ExcelJS.Buffer);
    const all = workbook.getWorksheet('All mappings');
    const lines: string[] = [];
    all?.eachRow((row) => {
      const cells = Array.from({ length: ROW_COLUMNS.length }, (_, i) => row.getCell(i + 1).value);
      lines.push(cells.map((value) => csvField(value === null || value === undefined ? '' : (value as string | number | boolean))).join(','));
    });
    expect(lines.length).toBeGreaterThan(100);
    expect(`${lines.join('\r\n')}\r\n`).toBe(readFileSync(join(out, 'mappings.csv'), 'utf8'));
  });

  it('filters by framework, level and guide', async () => {
    const out = await exportTo(['--format', 'csv', '--framework', 'nist', '--level', 'L1', '--guide', 'qualys']);
    const lines = readFileSync(join(out, 'mappings.csv'), 'utf8').trim().split('\r\n').slice(1);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toMatch(/^qualys,Qualys,[\d.]+,[^,]*,L1,NIST SP 800-53 Rev 5,/);
  });

  it('rejects unknown formats and levels with exit 2', async () => {
    const io = { cwd: ROOT, env: {}, stdout: { write: () => true }, stderr: { write: () => true } };
    expect(await main(['export', '--format', 'pdf'], io)).toBe(2);
    expect(await main(['export', '--level', 'L9'], io)).toBe(2);
  });
});

describe('XLSX summary coverage', () => {
  it('counts only catalogued requirements as covered, so no framework passes 100%', async () => {
    const { xlsxCoverage } = await import('../../src/core/export/bundle.ts');
    const rows = mappingRows([base], reference, { contentCommit: null });
    const nist = rows.find((row) => row.framework === 'nist-800-53-r5');
    expect(nist).toBeTruthy();
    if (!nist) return;
    // IDs outside the counted set: a withdrawn control, an enhancement-looking typo, a Rev 4-only ID.
    const stray = ['SA-12', 'AC-2(99)', 'XX-1'].map((id) => ({ ...nist, frameworkId: id }));
    const plain = xlsxCoverage(rows, reference, 't').byFramework.find((entry) => entry.framework === 'nist-800-53-r5');
    const withStray = xlsxCoverage([...rows, ...stray], reference, 't').byFramework.find((entry) => entry.framework === 'nist-800-53-r5');
    expect(withStray?.covered).toBe(plain?.covered);
    for (const entry of xlsxCoverage([...rows, ...stray], reference, 't').byFramework) expect(entry.covered).toBeLessThanOrEqual(entry.requirements);
  });
});
