import type { Position } from '../model/position.ts';

/**
 * Something the parser could not read as the format expects. The parser never decides severity:
 * each problem names the rule that reports it, so configuration and docs stay in the rule registry.
 */
export interface ParseProblem {
  ruleId: string;
  message: string;
  position: Position;
  actual?: string;
  expected?: string[];
}
