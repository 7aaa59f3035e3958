import { NIST } from '../../frameworks/registry.ts';
import { compareIds } from '../../frameworks/sort.ts';
import type { GuideIndex, IndexedControl } from './guide-index.ts';
import { metadata, NIST_CATALOG_URL, nonEmpty, prop, type Json, type OscalOptions } from './metadata.ts';
import { nistControlId } from './text.ts';
import { uuidV5 } from './uuid.ts';
import { evidenceLinks, packFileResources, packFilesOf } from './pack-evidence.ts';
import type { PackTree } from '../../packs/model.ts';

/**
 * Hardening guides cover vendors' hosted platforms, which OSCAL types as `service` ("a service
 * that may provide APIs"), not installed `software`.
 */
const COMPONENT_TYPE = 'service';

function describeControl(c: IndexedControl): string {
  const level = c.control.level?.level ? ` (${c.control.level.level})` : '';
  return `- ${c.guide.title} ${c.control.number} ${c.control.title}${level} [${c.id}]`;
}

/** Asserted NIST mappings only: a derived mapping is an inference, not a claim that a control implements anything. */
function implementedRequirements(vendor: string, controls: readonly IndexedControl[], packs: PackTree | null): Json[] {
  const byNistId = new Map<string, IndexedControl[]>();
  for (const c of controls) {
    for (const id of new Set(c.control.mappings.filter((m) => m.framework === NIST).map((m) => m.id))) {
      byNistId.set(id, [...(byNistId.get(id) ?? []), c]);
    }
  }
  return [...byNistId.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, implementing]) => {
      // The code that implements the controls, as evidence: links to back-matter resources with hashes.
      const evidence = evidenceLinks(packFilesOf(implementing, packs));
      return {
        uuid: uuidV5(`implemented-requirement:${vendor}:${id}`),
        'control-id': nistControlId(id),
        description: `${id} is supported by these hardening guide controls:\n\n${implementing.map(describeControl).join('\n')}`,
        props: implementing.flatMap((c) => prop('guide-control', c.id)),
        ...nonEmpty('links', evidence),
      };
    });
}

function component(vendor: string, index: GuideIndex, packs: PackTree | null): Json {
  const guides = index.guides.filter((g) => g.vendor === vendor);
  const requirements = implementedRequirements(vendor, guides.flatMap((g) => g.sections.flatMap((s) => s.controls)), packs);
  return {
    uuid: uuidV5(`component:${vendor}`),
    type: COMPONENT_TYPE,
    title: vendor,
    description: `${vendor}, configured as described in: ${guides.map((g) => g.title).join('; ')}.`,
    props: guides.flatMap((g) => prop('guide', g.id)),
    ...(requirements.length === 0 ? {} : {
      'control-implementations': [{
        uuid: uuidV5(`control-implementation:${vendor}:${NIST}`),
        source: NIST_CATALOG_URL,
        description: `NIST SP 800-53 Rev 5 controls that the ${vendor} hardening guides map their controls to.`,
        'implemented-requirements': requirements,
      }],
    }),
  };
}

export function componentDefinitionDocument(index: GuideIndex, options: OscalOptions): Json {
  const vendors = [...new Set(index.guides.map((g) => g.vendor))].sort(compareIds);
  const packs = options.packs ?? null;
  const files = packFilesOf(index.guides.flatMap((g) => g.sections.flatMap((s) => s.controls)), packs);
  return {
    'component-definition': {
      uuid: uuidV5('component-definition'),
      metadata: metadata('hardmap: Vendor Components', options, 'One component per vendor; implemented requirements are the NIST controls its guides assert. `guide` and `guide-control` props name group and control ids in catalog.json.'),
      ...nonEmpty('components', vendors.map((vendor) => component(vendor, index, packs))),
      ...(files.length === 0 ? {} : { 'back-matter': { resources: packFileResources(files) } }),
    },
  };
}
