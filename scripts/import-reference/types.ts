// Shared shapes for the reference importer. Kept apart so each framework
// module depends only on these, not on each other.

export type Warn = (message: string) => void;

/** One input file as recorded in an output's provenance. */
export type SourceRef = {
  path: string;
  sha256: string;
  upstream: string;
};

export type Input = {
  data: unknown;
  ref: SourceRef;
};

/** What a framework's Markdown note says beyond what the JSON already holds. */
export type NoteSpec = {
  heading: string;
  what: string[];
  terms: string[];
  gaps: string[];
};

/** A JSON file to write under mappings/, plus the note written beside it. */
export type Artifact = {
  file: string;
  json: Record<string, unknown>;
  sources: SourceRef[];
  counts: Record<string, unknown>;
  note: NoteSpec;
};

/** The ID sets a crosswalk needs to check its endpoints against. */
export type CatalogIndex = {
  key: string;
  ids: Set<string>;
  /** IDs that a crosswalk could reasonably map (not withdrawn, not containers). */
  mappable: string[];
};
