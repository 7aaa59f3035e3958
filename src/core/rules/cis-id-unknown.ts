import { CIS } from '../frameworks/registry.ts';
import { catalogIdRule } from './catalog-id-rule.ts';

export const rule = catalogIdRule('cis-id-unknown', CIS, 'CIS 6.3 means 6.3');
