import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Diagnostic } from '../model/diagnostic.ts';

/**
 * Diagnostics as vfile messages, for tools in the unified ecosystem (vfile-reporter, editors'
 * language servers): same rule id, place, docs URL, actual/expected; errors are fatal, warnings
 * not, infos null, as vfile defines them.
 */
export function toVFileMessage(diagnostic: Diagnostic): VFileMessage {
  const message = new VFileMessage(diagnostic.message, { place: diagnostic.place, ruleId: diagnostic.ruleId, source: 'hardmap' });
  message.file = diagnostic.file;
  message.url = diagnostic.url;
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined;
  if (diagnostic.actual !== undefined) message.actual = diagnostic.actual;
  if (diagnostic.expected !== undefined) message.expected = diagnostic.expected;
  if (diagnostic.cause) message.cause = new VFileMessage(diagnostic.cause.message, { place: diagnostic.cause.place, source: 'hardmap' });
  return message;
}

/** One VFile per guide, its messages in position order. */
export function toVFile(path: string, text: string, diagnostics: readonly Diagnostic[]): VFile {
  const file = new VFile({ path, value: text });
  for (const diagnostic of diagnostics) file.messages.push(toVFileMessage(diagnostic));
  return file;
}
