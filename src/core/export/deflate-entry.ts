import { crc32, createDeflateRaw, type DeflateRaw } from 'node:zlib';
import { LEVEL, type PackedEntry } from './zip.ts';

/** Text is encoded and handed to zlib in batches of about this many UTF-16 units. */
const BATCH = 1 << 16;
const encoder = new TextEncoder();

/**
 * One zip entry deflated as its text arrives, with the CRC-32 and size counted on the way: a
 * worksheet of a million rows is never held uncompressed. zlib gives the same bytes for a stream
 * fed in pieces as for one call over the whole text (no flush between writes), so the entry is
 * byte-identical to `packEntry` of the same text.
 */
export class EntryDeflater {
  readonly path: string;
  readonly #stream: DeflateRaw;
  readonly #body: Uint8Array[] = [];
  readonly #done: Promise<void>;
  #pending: string[] = [];
  #length = 0;
  #crc = 0;
  #size = 0;
  #drained: Promise<void> | null = null;

  constructor(path: string) {
    this.path = path;
    this.#stream = createDeflateRaw({ level: LEVEL });
    this.#stream.on('data', (chunk: Uint8Array) => this.#body.push(chunk));
    this.#done = new Promise((resolve, reject) => {
      this.#stream.on('end', resolve);
      this.#stream.on('error', reject);
    });
  }

  write(text: string): void {
    this.#pending.push(text);
    this.#length += text.length;
    if (this.#length >= BATCH) this.#flush();
  }

  /** Resolves when zlib has taken what it was given, so text written faster than it deflates does not pile up. */
  drained(): Promise<void> {
    return this.#drained ?? Promise.resolve();
  }

  async end(): Promise<PackedEntry> {
    this.#flush();
    this.#stream.end();
    await this.#done;
    return { path: this.path, crc: this.#crc, size: this.#size, body: this.#body };
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const bytes = encoder.encode(this.#pending.join(''));
    this.#pending = [];
    this.#length = 0;
    this.#crc = crc32(bytes, this.#crc);
    this.#size += bytes.length;
    if (!this.#stream.write(bytes) && this.#drained === null) {
      this.#drained = new Promise((resolve) => this.#stream.once('drain', () => {
        this.#drained = null;
        resolve();
      }));
    }
  }
}
