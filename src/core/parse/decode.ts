import type { ParseProblem } from './problems.ts';
import { SourceText } from './source.ts';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export interface DecodedSource {
  text: string;
  bom: boolean;
  binary: boolean;
  problems: ParseProblem[];
}

/**
 * Bytes to text. Invalid UTF-8 is decoded lossily (U+FFFD) and reported at the first bad byte so
 * the rest of the guide is still checked; a NUL byte marks a binary file, which is not parsed.
 */
export function decodeSource(input: Uint8Array | string): DecodedSource {
  const problems: ParseProblem[] = [];
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = strictDecoder.decode(input);
    } catch {
      text = lossyDecoder.decode(input);
      // Positions are in the text without its BOM, like every other position (found by fuzzing).
      const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const offset = Math.max(text.indexOf('\uFFFD') - bomLength, 0);
      const source = new SourceText(text.slice(bomLength));
      problems.push({
        ruleId: 'input-encoding',
        message: 'Unexpected invalid UTF-8 byte sequence, expected a UTF-8 encoded file (shown as U+FFFD)',
        position: source.position(offset, offset + 1),
      });
    }
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    // A binary file is reported as binary, not also as bad UTF-8.
    problems.length = 0;
    const source = new SourceText(text);
    problems.push({
      ruleId: 'input-binary',
      message: 'Unexpected NUL byte: this looks like a binary file, expected a Markdown guide; it was not parsed',
      position: source.position(nul, nul + 1),
    });
  }
  return { text, bom, binary: nul !== -1, problems };
}
