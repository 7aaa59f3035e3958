import cis from '../../../mappings/frameworks/cis-controls-v8/framework.json' with { type: 'json' };
import fedramp from '../../../mappings/frameworks/fedramp-rev5/framework.json' with { type: 'json' };
import hipaa from '../../../mappings/frameworks/hipaa-security-rule/framework.json' with { type: 'json' };
import iso from '../../../mappings/frameworks/iso27001-2022/framework.json' with { type: 'json' };
import nist171 from '../../../mappings/frameworks/nist-800-171-r3/framework.json' with { type: 'json' };
import nist from '../../../mappings/frameworks/nist-800-53-r5/framework.json' with { type: 'json' };
import csf from '../../../mappings/frameworks/nist-csf-2.0/framework.json' with { type: 'json' };
import pci from '../../../mappings/frameworks/pci-dss-4.0.1/framework.json' with { type: 'json' };
import soc2 from '../../../mappings/frameworks/soc2-tsc-2017/framework.json' with { type: 'json' };
import { FrameworkFileSchema, type FrameworkFile } from './framework-schema.ts';

/**
 * The framework.json files of the catalogued frameworks shipped in mappings/frameworks/, in the
 * order labels are tried and tables list them (the five catalogued first keep their places). Imported as modules rather than read, so that
 * src/core stays free of I/O and the site, workers and CLI see the same registry; each file is
 * checked by its schema here, as the folder loader checks it.
 */
export const SHIPPED_FRAMEWORKS: readonly FrameworkFile[] = [nist, cis, soc2, iso, pci, csf, nist171, fedramp, hipaa].map((file) => FrameworkFileSchema.parse(file));
