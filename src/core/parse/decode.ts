import type { ParseProblem } from './problems.ts';
import { SourceText } from './source.ts';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export interface DecodedSource {
  /** The text every position refers to: BOM removed, lone CR line endings as LF. */
  text: string;
  /** The text as the file has it, when that differs from `text` (lone CR line endings). */
  original?: string;
  bom: boolean;
  binary: boolean;
  problems: ParseProblem[];
}

/**
 * Bytes to text. Invalid UTF-8 is decoded lossily (U+FFFD) and reported at the first bad byte so
 * the rest of the guide is still checked; a NUL byte marks a binary file, which is not parsed.
 *
 * A lone CR (old Mac OS) is a line ending in CommonMark, but the YAML parser and the line-based
 * parts of hardmap know only LF and CRLF: a CR-only guide lost its frontmatter. CR becomes LF
 * here, one character for one, so every offset is the same in both texts and lines and columns
 * are those of the file; `fix` applies its edits to `original` and keeps the file's endings.
 */
export function decodeSource(input: Uint8Array | string): DecodedSource {
  let text: string;
  let invalid = false;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = strictDecoder.decode(input);
    } catch {
      text = lossyDecoder.decode(input);
      invalid = true;
    }
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const normalized = text.includes('\r') ? text.replace(LONE_CR, '\n') : text;
  const decoded: DecodedSource = { text: normalized, bom, binary: false, problems: [], ...(normalized === text ? {} : { original: text }) };
  const nul = normalized.indexOf('\0');
  // A binary file is reported as binary, not also as bad UTF-8.
  if (nul !== -1) {
    decoded.binary = true;
    decoded.problems.push({
      ruleId: 'input-binary',
      message: 'Unexpected NUL byte: this looks like a binary file, expected a Markdown guide; it was not parsed',
      position: new SourceText(normalized).position(nul, nul + 1),
    });
  } else if (invalid) {
    // Positions are in the text without its BOM, like every other position (found by fuzzing).
    const offset = Math.max(normalized.indexOf('\uFFFD'), 0);
    decoded.problems.push({
      ruleId: 'input-encoding',
      message: 'Unexpected invalid UTF-8 byte sequence, expected a UTF-8 encoded file (shown as U+FFFD)',
      position: new SourceText(normalized).position(offset, offset + 1),
    });
  }
  return decoded;
}

const LONE_CR = /\r(?!\n)/g;
