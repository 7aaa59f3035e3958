import type { IndexRecord } from './nist.ts';
import type { Warn } from './types.ts';

// The derived index is what we publish; the COPIED 5.0.1 catalog is NIST's own
// file. Comparing the two catches a stale or hand-edited index before it ships.

type OscalControl = {
  id: string;
  props?: { name: string; value: string }[];
  links?: { href: string; rel?: string }[];
  controls?: OscalControl[];
};
type OscalCatalog = { catalog: { groups: { controls?: OscalControl[] }[] } };

const REDIRECT_RELS = new Set(['incorporated-into', 'moved-to']);

export function crossCheckFullCatalog(records: IndexRecord[], doc: unknown, warn: Warn): void {
  const byId = new Map(records.map((r) => [r.id, r]));
  const seen = new Set<string>();
  for (const control of walk((doc as OscalCatalog).catalog.groups.flatMap((g) => g.controls ?? []))) {
    seen.add(control.id);
    const rec = byId.get(control.id);
    if (!rec) {
      warn(`NIST ${control.id} is in the 5.0.1 catalog but not in the index`);
      continue;
    }
    compareWithdrawal(rec, control, warn);
  }
  for (const rec of records) {
    if (!seen.has(rec.id) && !rec.addedInRelease) warn(`NIST ${rec.label} is in the index but not in the 5.0.1 catalog`);
  }
}

function* walk(controls: OscalControl[]): Generator<OscalControl> {
  for (const control of controls) {
    yield control;
    yield* walk(control.controls ?? []);
  }
}

function compareWithdrawal(rec: IndexRecord, control: OscalControl, warn: Warn): void {
  const withdrawn = (control.props ?? []).some((p) => p.name === 'status' && p.value === 'withdrawn');
  if (withdrawn !== rec.withdrawn) warn(`NIST ${rec.label}: withdrawn index=${rec.withdrawn} catalog=${withdrawn}`);
  const fromCatalog = (control.links ?? [])
    .filter((l) => l.rel && REDIRECT_RELS.has(l.rel))
    .map((l) => `${l.rel}:${l.href.replace(/^#/, '')}`);
  const fromIndex = (rec.withdrawnTo ?? []).map((t) => `${t.rel}:${t.target}`);
  if (fromCatalog.join('|') !== fromIndex.join('|')) {
    warn(`NIST ${rec.label}: redirects index=[${fromIndex}] catalog=[${fromCatalog}]`);
  }
}
