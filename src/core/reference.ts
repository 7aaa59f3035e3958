import type { Crosswalks } from './crosswalk/crosswalks.ts';
import type { Catalogs } from './frameworks/catalog.ts';

/** The authoritative data every check runs against: framework catalogs and the crosswalks between them. */
export interface ReferenceData {
  catalogs: Catalogs;
  crosswalks: Crosswalks;
}
