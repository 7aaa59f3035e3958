/**
 * exceljs zips through JSZip without passing a date, so every entry carries the time of the
 * call and two exports of the same data differ. JSZip offers no generate-time option, and its
 * global `defaults.date` would leak into every other JSZip user in the process, so the archive
 * is patched afterwards: each local and central header gets the same DOS date and time. CRCs
 * cover file data only, and JSZip writes no extended-timestamp extra field, so nothing else moves.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time fields (2-second resolution, years 1980-2107), read in UTC like JSZip. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function endOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65535 bytes, so search backwards from the end.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new Error('Not a zip archive: end of central directory record not found');
}

/** A copy of `zip` whose entries all carry `date`; throws on an archive it cannot walk (ZIP64). */
export function pinZipTimestamps(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const eocd = endOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  const stamp = dosDateTime(date);
  let at = view.getUint32(eocd + 16, true);
  for (let index = 0; index < entries; index += 1) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`Bad central directory header at byte ${at}`);
    view.setUint16(at + 12, stamp.time, true);
    view.setUint16(at + 14, stamp.date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`Bad local file header at byte ${local}`);
    view.setUint16(local + 10, stamp.time, true);
    view.setUint16(local + 12, stamp.date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
