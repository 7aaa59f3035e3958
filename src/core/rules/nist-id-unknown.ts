import { NIST } from '../frameworks/registry.ts';
import { catalogIdRule } from './catalog-id-rule.ts';

export const rule = catalogIdRule('nist-id-unknown', NIST, 'AC-02(01) and ac-2.1 both mean AC-2(1)');
