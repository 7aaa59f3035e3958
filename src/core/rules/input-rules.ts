import { rule as inputBinary } from './input-binary.ts';
import { rule as inputEmpty } from './input-empty.ts';
import { rule as inputEncoding } from './input-encoding.ts';
import { rule as inputLimit } from './input-limit.ts';

/** The rules that report what the reader found before any parsing; guides and runbooks share them. */
export const INPUT_RULES = [inputBinary, inputEmpty, inputEncoding, inputLimit] as const;
