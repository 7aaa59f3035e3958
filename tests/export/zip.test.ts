import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// Internals of the XLSX writer, not on the public surface: tested here directly because no
// workbook hardmap writes reaches column AA or a zip limit.
import { cellRef, columnName, escapeXml } from '../../src/core/export/xlsx-xml.ts';
import { dosDateTime, zip } from '../../src/core/export/zip.ts';

describe('xlsx-xml', () => {
  it('names columns in bijective base 26, up to Excel\'s last column XFD', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(cellRef(14, 551)).toBe('O552');
  });

  it('escapes markup, keeps CR as a reference and drops what XML 1.0 forbids', () => {
    expect(escapeXml('<a href="x">&amp;</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeXml('a\r\nb\tc')).toBe('a&#13;\nb\tc');
    expect(escapeXml('\u0000\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uDC00ok\uD83D\uDE00')).toBe('ok\uD83D\uDE00');
  });
});

describe('zip', () => {
  const entries = [{ path: 'a.txt', data: new TextEncoder().encode('hello hello hello') }, { path: 'dir/é.xml', data: new Uint8Array(0) }];

  it('writes local headers, a central directory and its end record that agree', () => {
    const bytes = zip(entries, new Date('2024-03-15T10:20:31Z'));
    const view = new DataView(bytes.buffer);
    const end = bytes.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(2);
    let at = view.getUint32(end + 16, true);
    expect(at + view.getUint32(end + 12, true)).toBe(end);
    for (const entry of entries) {
      expect(view.getUint32(at, true)).toBe(0x02014b50);
      expect(view.getUint16(at + 8, true) & 0x0800).toBe(0x0800); // UTF-8 names
      const nameLength = view.getUint16(at + 28, true);
      expect(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))).toBe(entry.path);
      const local = view.getUint32(at + 42, true);
      expect(view.getUint32(local, true)).toBe(0x04034b50);
      // Same fields from "version needed" to the name length in both headers.
      expect(bytes.subarray(local + 4, local + 28)).toEqual(bytes.subarray(at + 6, at + 30));
      const start = local + 30 + nameLength;
      expect(new Uint8Array(inflateRawSync(bytes.subarray(start, start + view.getUint32(at + 20, true))))).toEqual(entry.data);
      at += 46 + nameLength;
    }
  });

  it('stamps DOS time in UTC with 2-second resolution, clamped to 1980-2107', () => {
    expect(dosDateTime(new Date('2024-03-15T10:20:31Z'))).toEqual({ time: (10 << 11) | (20 << 5) | 15, date: (44 << 9) | (3 << 5) | 15 });
    expect(dosDateTime(new Date('1970-01-01T00:00:00Z')).date).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('refuses what a zip without ZIP64 cannot record, saying what', () => {
    expect(() => zip(Array.from({ length: 65_536 }, () => ({ path: 'x', data: new Uint8Array(0) })), new Date(0))).toThrow(/number of entries is 65536, over the 65535/);
    expect(() => zip([{ path: 'n'.repeat(70_000), data: new Uint8Array(0) }], new Date(0))).toThrow(/name length/);
  });
});
