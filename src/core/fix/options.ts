/** What `hardmap fix` may write, from hardmap.config (`quickref.derived`, `fix.spelling`). */
export interface FixOptions {
  /**
   * Also write the SOC 2 criteria the AICPA mapping derives from the controls' NIST IDs, in a
   * separate table labelled as derived. Off by default: a guide must not gain claims its authors never made.
   */
  derived: boolean;
  /** Spell framework labels and IDs canonically in the controls' mapping tables (opt-in: it touches every control). */
  spelling: boolean;
}

export const DEFAULT_FIX_OPTIONS: FixOptions = { derived: false, spelling: false };
