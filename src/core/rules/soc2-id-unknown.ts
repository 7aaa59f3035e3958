import { SOC2 } from '../frameworks/registry.ts';
import { catalogIdRule } from './catalog-id-rule.ts';

export const rule = catalogIdRule('soc2-id-unknown', SOC2, 'cc6.1 means CC6.1');
