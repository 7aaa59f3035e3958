import type { FrameworkFile } from '../../frameworks/framework-schema.ts';
import { fromRegistry } from '../../frameworks/installed.ts';
import { resource, type Resource } from './metadata.ts';

/** A framework as OSCAL mappings target it: its back-matter resource and how its IDs become tokens. */
export interface OscalTarget {
  framework: string;
  name: string;
  resource: Resource;
  idForm: 'nist' | 'prefixed' | 'digits-prefixed';
  prefix: string;
}

/**
 * Every catalogued framework of the registry, in registry order, from the `oscal` block of its
 * framework.json. A framework without one (added as a folder only) is named by its catalog name,
 * says that no OSCAL catalog is referenced, and keeps its IDs as written (prefixed where they
 * start with a digit, since an OSCAL token cannot).
 */
export const oscalTargets: () => readonly OscalTarget[] = fromRegistry((files) => files.map((file) => {
  const prefix = file.oscal?.prefix ?? file.rules?.prefix ?? file.id;
  const oscal: Omit<NonNullable<FrameworkFile['oscal']>, 'prefix'> = file.oscal ?? { title: file.name, remarks: `No OSCAL catalog is referenced; ids are ${file.name} ids as written, prefixed ${prefix}- where they start with a digit.`, idForm: 'digits-prefixed' as const };
  return {
    framework: file.id,
    name: file.short,
    resource: resource(file.id, oscal.title, oscal.href ?? null, oscal.mediaType ?? null, oscal.remarks ?? null),
    idForm: oscal.idForm,
    prefix,
  };
}));

const byFramework = fromRegistry(() => new Map(oscalTargets().map((target) => [target.framework, target])));

export const oscalTarget = (framework: string): OscalTarget | undefined => byFramework().get(framework);
