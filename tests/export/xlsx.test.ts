import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NIST, SOC2, toXlsx, xlsxSheetName, type XlsxCoverage } from '../../src/index.ts';

/** The row type, taken from toXlsx itself: rows.ts is not (yet) on the public surface. */
type MappingRow = Parameters<typeof toXlsx>[0][number];

const HEADERS = ['Guide', 'Vendor', 'Control', 'Control Title', 'Level', 'Framework', 'Framework ID', 'Framework Title', 'Derivation', 'Relationship', 'Strength', 'Via', 'Path', 'Rolled Up', 'Implemented By Code', 'Source File', 'Source Line', 'Guide Version', 'Content Commit'];

function row(overrides: Partial<MappingRow>): MappingRow {
  return {
    guide: 'okta', vendor: 'Okta', guideVersion: '1.2', controlNumber: '1.1', controlTitle: 'Enforce MFA', controlAnchor: '11-enforce-mfa',
    level: 'L1', framework: NIST, frameworkName: 'NIST SP 800-53 Rev 5', frameworkId: 'IA-2', frameworkTitle: 'Identification and Authentication',
    derivation: 'asserted', relationship: '', strength: '', via: '', path: '', hops: [], rolledUp: false, implementedByCode: '', sourceFile: 'content/okta.md', sourceLine: 12, contentCommit: 'abc123', ...overrides,
  };
}

const ROWS: MappingRow[] = [
  row({}),
  row({ controlNumber: '1.2', controlTitle: '=HYPERLINK("http://evil","x")', frameworkId: 'AC-2' }),
  row({ controlNumber: '1.3', controlTitle: '@SUM(1+1)', framework: SOC2, frameworkName: 'SOC 2', frameworkId: 'CC6.1', derivation: 'derived', relationship: 'unspecified', strength: 'contributes-to', via: 'NIST IA-2 via x', path: 'NIST 800-53 IA-2 -[unspecified x]-> SOC 2 CC6.1', hops: [{ framework: NIST, id: 'IA-2', crosswalk: '', relationship: '' }, { framework: SOC2, id: 'CC6.1', crosswalk: 'x', relationship: 'unspecified' }], rolledUp: true }),
  row({ controlNumber: '2.1', framework: 'uncatalogued:foo/bar', frameworkName: 'foo/bar', frameworkId: '-7' }),
];
const COVERAGE: XlsxCoverage = {
  title: 'hardmap coverage',
  summary: [{ label: 'Guides', value: 1 }, { label: 'Generated from', value: '+commit' }],
  byFramework: [{ framework: NIST, requirements: 8, covered: 2 }, { framework: SOC2, requirements: 0, covered: 0 }],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

const values = (target: ExcelJS.Worksheet, n: number): unknown[] => (target.getRow(n).values as unknown[]).slice(1);

/** [time, date] of every local and central zip header, found by signature. */
function zipStamps(bytes: Uint8Array): Array<[number, number]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamps: Array<[number, number]> = [];
  for (let at = 0; at + 16 <= bytes.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) stamps.push([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]);
    if (signature === 0x02014b50) stamps.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]);
  }
  return stamps;
}

/** The entries of a zip by name, read from its central directory: the raw XML parts of a workbook. */
function unzipParts(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const parts = new Map<string, string>();
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n -= 1) {
    const nameLength = view.getUint16(at + 28, true);
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    parts.set(name, inflateRawSync(bytes.subarray(start, start + view.getUint32(at + 20, true))).toString('utf8'));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return parts;
}

const unzip = (() => {
  try { return execFileSync('which', ['unzip'], { stdio: 'pipe' }).length > 0; } catch { return false; }
})();

afterEach(() => vi.useRealTimers());

describe('toXlsx', () => {
  it('is byte-identical across runs at different wall-clock times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const first = await toXlsx(ROWS, COVERAGE);
    vi.setSystemTime(new Date('2044-10-11T12:13:14Z'));
    const second = await toXlsx(ROWS, COVERAGE);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('stamps every zip entry and the document properties with the given date', async () => {
    const bytes = await toXlsx(ROWS, COVERAGE, new Date('2024-03-15T10:20:30Z'));
    const stamps = zipStamps(bytes);
    expect(stamps.length).toBeGreaterThan(10);
    // 10:20:30 -> 10<<11 | 20<<5 | 15; 2024-03-15 -> 44<<9 | 3<<5 | 15
    expect(new Set(stamps.map(String))).toEqual(new Set([[21135, 22639].join(',')]));
    const workbook = await load(bytes);
    expect(workbook.creator).toBe('hardmap');
    expect(workbook.created.toISOString()).toBe('2024-03-15T10:20:30.000Z');
    expect(workbook.modified.toISOString()).toBe('2024-03-15T10:20:30.000Z');
    expect((await load(await toXlsx(ROWS, COVERAGE))).created.toISOString()).toBe('2000-01-01T00:00:00.000Z');
  });

  it('lays out Summary, one sheet per framework and All mappings', async () => {
    const workbook = await load(await toXlsx(ROWS, COVERAGE));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'NIST 800-53', 'SOC 2', 'foo-bar', 'All mappings']);
    const counts = { 'NIST 800-53': 2, 'SOC 2': 1, 'foo-bar': 1, 'All mappings': 4 };
    for (const [name, count] of Object.entries(counts)) {
      const target = sheet(workbook, name);
      expect(values(target, 1)).toEqual(HEADERS);
      expect(target.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(target.rowCount).toBe(count + 1);
      expect(target.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(target.autoFilter).toBe(`A1:S${count + 1}`);
      expect(target.getColumn(4).width).toBeGreaterThanOrEqual(8);
    }
    expect(values(sheet(workbook, 'SOC 2'), 2)).toContain(true);
    expect(values(sheet(workbook, 'All mappings'), 2)[HEADERS.indexOf('Source Line')]).toBe(12);
  });

  it('stores formula-looking text as neutralized strings, never as formulas', async () => {
    const workbook = await load(await toXlsx(ROWS, COVERAGE));
    const all = sheet(workbook, 'All mappings');
    const cells = [all.getCell('D3'), all.getCell('D4'), all.getCell('G5'), sheet(workbook, 'Summary').getCell('B4')];
    expect(cells.map((c) => c.value)).toEqual(["'=HYPERLINK(\"http://evil\",\"x\")", "'@SUM(1+1)", "'-7", "'+commit"]);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
    }
  });

  it('writes the coverage table on the Summary sheet', async () => {
    const summary = sheet(await load(await toXlsx(ROWS, COVERAGE)), 'Summary');
    expect(values(summary, 1)).toEqual(['hardmap coverage']);
    expect(values(summary, 3)).toEqual(['Guides', 1]);
    expect(values(summary, 6)).toEqual(['Framework', 'Requirements in catalog', 'Covered by at least one control', 'Percent covered']);
    expect(values(summary, 7)).toEqual(['NIST SP 800-53 Rev 5', 8, 2, 0.25]);
    expect(summary.getCell('D7').numFmt).toBe('0.0%');
    expect(values(summary, 8)).toEqual(['SOC 2 Trust Services Criteria (2017)', 0, 0]);
  });

  it('sanitizes sheet names to Excel rules', () => {
    expect(xlsxSheetName('a[b]:c*d?e/f\\g', new Set())).toBe('a-b--c-d-e-f-g');
    expect(xlsxSheetName("'quoted'", new Set())).toBe('quoted');
    expect(xlsxSheetName('x'.repeat(40), new Set())).toHaveLength(31);
    expect(xlsxSheetName('summary', new Set(['Summary']))).toBe('summary (2)');
    expect(xlsxSheetName('y'.repeat(40), new Set(['y'.repeat(31)]))).toBe(`${'y'.repeat(27)} (2)`);
  });

  const soffice = ['soffice', 'libreoffice'].find((bin) => {
    try { return execFileSync('which', [bin], { stdio: 'pipe' }).length > 0; } catch { return false; }
  });
  it.skipIf(!soffice)('opens in LibreOffice with the same cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-xlsx-'));
    writeFileSync(join(dir, 'map.xlsx'), await toXlsx(ROWS, COVERAGE));
    // Filter options: comma, quote, UTF-8, ..., sheet -1 = every sheet to its own `map-<Sheet>.csv`.
    execFileSync(soffice ?? 'soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, join(dir, 'map.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const file = readdirSync(dir).find((name) => name.endsWith('All mappings.csv'));
    const lines = readFileSync(join(dir, file ?? 'map.csv'), 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe(HEADERS.join(','));
    expect(lines).toHaveLength(ROWS.length + 1);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });
});

describe('toXlsx with hostile and edge-case text', () => {
  const LONG = 'x'.repeat(40_000);
  const TRICKY: Array<[string, string]> = [
    ['a < b && c > "d" \'e\'', 'a < b && c > "d" \'e\''],
    ['bell\u0001 and nul\u0000 and \u001F are gone', 'bell and nul and  are gone'],
    ['line one\nline two', 'line one\nline two'],
    ['windows\r\nline', 'windows\r\nline'],
    // Excel reads `_xHHHH_` as an escaped character: a literal one must survive as written.
    ['_x0041_ stays', '_x0041_ stays'],
    ['lone \uD800 surrogate, pair \uD83D\uDE00 kept', 'lone  surrogate, pair \uD83D\uDE00 kept'],
    ['  padded  ', '  padded  '],
    ['=1+1', "'=1+1"],
    // Excel's limit is 32,767 characters per cell: longer text is cut, not left for Excel to reject.
    [LONG, LONG.slice(0, 32_767)],
    [`${'a'.repeat(32_766)}\uD83D\uDE00`, 'a'.repeat(32_766)],
  ];
  const rows = TRICKY.map(([title], i) => row({ controlNumber: `9.${i}`, controlTitle: title, framework: 'uncatalogued:R&D\'s <list>', frameworkName: 'R&D\'s <list>' }));
  const coverage: XlsxCoverage = { ...COVERAGE, title: 'Coverage & <gaps>' };

  it('stores each text exactly, minus what XML 1.0 or Excel cannot hold', async () => {
    const workbook = await load(await toXlsx(rows, coverage));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'R&D\'s <list>', 'All mappings']);
    const all = sheet(workbook, 'All mappings');
    TRICKY.forEach(([, expected], i) => {
      const target = all.getCell(`D${i + 2}`);
      expect(target.type).toBe(ExcelJS.ValueType.String);
      expect(target.value).toBe(expected);
    });
    expect(sheet(workbook, 'Summary').getCell('A1').value).toBe('Coverage & <gaps>');
    expect(all.getColumn(4).width).toBe(60);
  });

  it('freezes and filters every rows sheet, with the header in bold, and names the filters as Excel does', async () => {
    const bytes = await toXlsx(rows, coverage);
    const workbook = await load(bytes);
    for (const name of ['R&D\'s <list>', 'All mappings']) {
      const target = sheet(workbook, name);
      expect(target.views).toEqual([expect.objectContaining({ state: 'frozen', ySplit: 1 })]);
      expect(target.autoFilter).toBe(`A1:S${TRICKY.length + 1}`);
      expect(target.getCell('A1').font?.bold).toBe(true);
      expect(target.getCell('A2').font?.bold).toBeFalsy();
    }
    expect(sheet(workbook, 'Summary').autoFilter).toBeFalsy();
    const parts = unzipParts(bytes);
    expect(parts.get('xl/workbook.xml')).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'R&amp;D''s &lt;list&gt;'!$A$1:$S$${TRICKY.length + 1}</definedName>`);
    expect(parts.get('xl/workbook.xml')).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">\'All mappings\'!$A$1:$S$11</definedName>');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>Coverage &amp; &lt;gaps&gt;</dc:title>');
    for (const [name, xml] of parts) expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('is byte-identical across calls', async () => {
    const first = await toXlsx(rows, coverage, new Date('2030-01-02T03:04:05Z'));
    const second = await toXlsx(rows, coverage, new Date('2030-01-02T03:04:05Z'));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });

  it('writes an empty export as a header-only table', async () => {
    const workbook = await load(await toXlsx([], { title: 'none', summary: [], byFramework: [] }));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Summary', 'All mappings']);
    const all = sheet(workbook, 'All mappings');
    expect(values(all, 1)).toEqual(HEADERS);
    expect(all.rowCount).toBe(1);
    expect(all.autoFilter).toBe('A1:S1');
  });

  it.skipIf(!unzip)('passes `unzip -t` (every CRC and size checked by Info-ZIP)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardmap-xlsx-'));
    const file = join(dir, 'tricky.xlsx');
    writeFileSync(file, await toXlsx([...ROWS, ...rows], coverage));
    const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(out).toContain('No errors detected');
    expect(out).toContain('xl/worksheets/sheet6.xml');
  });
});
