import { PCI } from '../frameworks/registry.ts';
import { catalogIdRule } from './catalog-id-rule.ts';

export const rule = catalogIdRule('pci-id-unknown', PCI, 'Req. 8.3.1 means 8.3.1');
