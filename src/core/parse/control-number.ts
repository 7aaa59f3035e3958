/**
 * The number of a `###` entry. Guides write control numbers `1.1`, `2.1.1`, `A.1`, and also in
 * forms a reader reads as the same number without a second thought (`1.4)`, `1.7:`, `Control 1.6:`,
 * `1.2a`): those are accepted. A form that can mean two things (`1-3`: control 1.3, or controls 1
 * to 3?) is kept as written and flagged, so the control is neither lost nor silently renumbered.
 */
export interface EntryNumber {
  /** `1.4` for `1.4)`, `1.2a` as written, `1-3` as written. */
  number: string;
  title: string;
  /** `ambiguous`: kept as written, reported by `control-number-invalid`. */
  form: 'standard' | 'accepted' | 'ambiguous';
}

const STANDARD = /^((?:\d+|[A-Z])(?:\.\d+)+)\.?\s+(.+)$/;
const ACCEPTED = /^(?:control\s+)?((?:\d+|[A-Z])(?:\.\d+)+[a-z]?)(?:[.):]|\s+[-–—:])?\s+(.+)$/i;
const AMBIGUOUS = /^(?:control\s+)?((?:\d+|[A-Z])(?:[-–_/]\d+)+)[.):]?\s+(.+)$/i;

export function entryNumber(text: string): EntryNumber | null {
  const standard = STANDARD.exec(text);
  if (standard) return { number: standard[1] ?? '', title: (standard[2] ?? '').trim(), form: 'standard' };
  const accepted = ACCEPTED.exec(text);
  if (accepted) return { number: accepted[1] ?? '', title: (accepted[2] ?? '').trim(), form: 'accepted' };
  const ambiguous = AMBIGUOUS.exec(text);
  if (ambiguous) return { number: ambiguous[1] ?? '', title: (ambiguous[2] ?? '').trim(), form: 'ambiguous' };
  return null;
}
