import { ISO } from '../frameworks/registry.ts';
import { catalogIdRule } from './catalog-id-rule.ts';

export const rule = catalogIdRule('iso-id-unknown', ISO, '8.15 and A8.15 mean A.8.15');
