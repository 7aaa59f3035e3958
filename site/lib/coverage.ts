import { baselineCoverage, cisGroupCoverage, levelCoverageOfCounts, nistFamilyCoverage, type LevelCoverage } from 'hardmap';
import { siteData } from './data.ts';

type Coverage = {
  families: ReturnType<typeof nistFamilyCoverage>;
  baselines: ReturnType<typeof baselineCoverage>;
  cisGroups: ReturnType<typeof cisGroupCoverage>;
  levels: LevelCoverage;
};

let pending: Promise<Coverage> | undefined;

/** Collection-wide coverage, computed once per build from the summary of the mapping rows (rows.ts). */
export function coverage(): Promise<Coverage> {
  pending ??= siteData().then(({ rows, reference, guides }) => ({
    families: nistFamilyCoverage(rows.coverage, reference.catalogs),
    baselines: baselineCoverage(rows.coverage, reference.catalogs),
    cisGroups: cisGroupCoverage(rows.coverage, reference.catalogs),
    levels: levelCoverageOfCounts(rows.perLevel, guides.flatMap((info) => info.controls.map((control) => ({ guide: info.slug, level: control.level })))),
  }));
  return pending;
}

/**
 * Upper bounds of heat buckets 1-4 (bucket 5 is everything above). Guides reach a small share of
 * a NIST family, so equal quarters would paint almost every cell the same pale color.
 */
export const BUCKET_LIMITS = [0.05, 0.1, 0.2, 0.4] as const;

/** Heat bucket 0-5 for a share of requirements covered; 0 only when nothing is. */
export function bucket(covered: number, total: number): number {
  if (covered === 0 || total === 0) return 0;
  const share = covered / total;
  const index = BUCKET_LIMITS.findIndex((limit) => share < limit);
  return index === -1 ? 5 : index + 1;
}

export const percent = (covered: number, total: number): string => `${total === 0 ? 0 : Math.round((100 * covered) / total)}%`;
