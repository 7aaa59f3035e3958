// OSCAL catalog (JSON, any 1.x) -> catalog.json entries. Generic: it knows OSCAL, not a framework.
// The entry ID is the control's `label` prop (the display form, AC-2(1)), else its OSCAL id;
// withdrawn is `prop status=withdrawn` (OSCAL 1.x; `withdrawn` also accepted as a prop name), and
// where it went is read from `incorporated-into` / `moved-to` links.
import type { CatalogFileEntry } from '../../../src/core/frameworks/framework-schema.ts';

type Prop = { name: string; value: string; class?: string };
type Link = { href: string; rel?: string };
type Control = { id: string; title?: string; class?: string; props?: Prop[]; links?: Link[]; controls?: Control[] };
type Group = { id?: string; title?: string; props?: Prop[]; groups?: Group[]; controls?: Control[] };
export type OscalCatalogDoc = { catalog: { metadata: { title: string; version: string; 'oscal-version'?: string }; groups?: Group[]; controls?: Control[] } };

export type OscalImport = {
  title: string;
  version: string;
  groups: Array<{ id: string; title: string }>;
  entries: Array<Omit<CatalogFileEntry, 'level'>>;
  /** OSCAL id -> entry ID, for profiles and links that use OSCAL ids. */
  idByOscalId: Map<string, string>;
  problems: string[];
};

const labelOf = (props: Prop[] | undefined): string | undefined => props?.find((p) => p.name === 'label' && p.class !== 'zero-padded')?.value;
const isWithdrawn = (props: Prop[] | undefined) => (props ?? []).some((p) => (p.name === 'status' && p.value === 'withdrawn') || p.name === 'withdrawn');

export function isOscalCatalog(doc: unknown): doc is OscalCatalogDoc {
  const catalog = (doc as { catalog?: { metadata?: unknown } } | null)?.catalog;
  return typeof catalog === 'object' && catalog !== null && typeof catalog.metadata === 'object';
}

export function importOscalCatalog(doc: OscalCatalogDoc): OscalImport {
  const { catalog } = doc;
  const groups: OscalImport['groups'] = [];
  const pending: Array<{ control: Control; group: string; parent: string | null }> = [];
  const idByOscalId = new Map<string, string>();
  const problems: string[] = [];
  const visit = (control: Control, group: string, parent: string | null) => {
    const id = labelOf(control.props) ?? control.id;
    if (idByOscalId.has(control.id)) problems.push(`duplicate OSCAL control id ${control.id}`);
    idByOscalId.set(control.id, id);
    pending.push({ control, group, parent });
    for (const child of control.controls ?? []) visit(child, group, id);
  };
  const visitGroup = (g: Group, top: string | null) => {
    const id = top ?? labelOf(g.props) ?? g.id ?? `group-${groups.length + 1}`;
    if (top === null) groups.push({ id, title: g.title ?? '' });
    for (const sub of g.groups ?? []) visitGroup(sub, id);
    for (const control of g.controls ?? []) visit(control, id, null);
  };
  for (const g of catalog.groups ?? []) visitGroup(g, null);
  if (catalog.controls?.length) {
    groups.push({ id: 'ungrouped', title: 'Controls outside any group' });
    for (const control of catalog.controls) visit(control, 'ungrouped', null);
  }
  const entries = pending.map(({ control, group, parent }) => {
    const withdrawn = isWithdrawn(control.props);
    const withdrawnTo = (control.links ?? []).flatMap((link): Array<{ relation: 'incorporated-into' | 'moved-to'; target: string }> => {
      const relation = link.rel;
      if (relation !== 'incorporated-into' && relation !== 'moved-to') return [];
      const target = idByOscalId.get(link.href.replace(/^#/, ''));
      if (!target) problems.push(`${control.id}: ${link.rel} target ${link.href} is not a control of the catalog; kept as written`);
      return [{ relation, target: target ?? link.href.replace(/^#/, '') }];
    });
    if (!withdrawn && withdrawnTo.length) problems.push(`${control.id}: ${withdrawnTo[0]?.relation ?? ''} link on a control that is not withdrawn`);
    return {
      id: idByOscalId.get(control.id) ?? control.id,
      title: control.title ?? '',
      group,
      parent,
      withdrawn,
      incorporatedInto: withdrawn ? withdrawnTo.map((w) => w.target) : [],
      ...(withdrawn && withdrawnTo.length ? { withdrawnTo } : {}),
      tags: [],
    };
  });
  return { title: catalog.metadata.title, version: catalog.metadata.version, groups, entries, idByOscalId, problems };
}
