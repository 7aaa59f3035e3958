import { describe, expect, it } from 'vitest';
import { CIS, mappingRows, NIST, parseGuide, requirementIndex, requirementRollup, type Catalog, type ReferenceData } from '../../src/index.ts';
import { catalogs, crosswalks } from './graph.ts';

const guide = parseGuide(`---
title: "T"
slug: "t"
---

## 1. Access

### 1.1 One

**Profile Level:** L1 (Baseline)

| Framework | Control |
|-----------|---------|
| NIST 800-53 Rev 5 | XA-1(1) |

### 1.2 Two

**Profile Level:** L1 (Baseline)

| Framework | Control |
|-----------|---------|
| NIST 800-53 Rev 5 | XA-1 |
| CIS Controls v8 | 1.2 |

### 1.3 Three

**Profile Level:** L2 (Hardened)

| Framework | Control |
|-----------|---------|
| CIS Controls v8 | 1.1 |
`, 't.md').guide;
const reference: ReferenceData = { catalogs, crosswalks };
const index = requirementIndex(mappingRows([guide], reference, { contentCommit: null }));
const summary = (framework: string, id: string): unknown => {
  const rollup = requirementRollup(index, catalogs.get(framework) as Catalog, id);
  return rollup && { kind: rollup.kind, total: rollup.total, own: rollup.own.map((c) => `${c.controlNumber} ${c.derivation}`), parts: rollup.parts.map((p) => `${p.id}: ${p.controls.map((c) => c.controlNumber).join(',')}`) };
};

describe('requirement roll-ups', () => {
  it('counts a NIST control with its enhancements, per enhancement, and keeps the roll-up out of its own list', () => {
    // 1.3 reaches XA-1 through CIS 1.1 (superset-of): its own, derived. 1.1 only rolls up from XA-1(1).
    expect(summary(NIST, 'XA-1')).toEqual({ kind: 'enhancements', total: 3, own: ['1.2 asserted', '1.3 derived'], parts: ['XA-1(1): 1.1'] });
    expect(index.get(NIST)?.get('XA-1')?.find((c) => c.controlNumber === '1.1')).toMatchObject({ derivation: 'derived', strength: 'contributes-to', relationship: 'subset-of' });
  });

  it('counts a CIS control with its safeguards', () => {
    expect(summary(CIS, '1')).toEqual({ kind: 'safeguards', total: 2, own: [], parts: ['1.1: 1.3', '1.2: 1.2'] });
  });

  it('gives nothing for a requirement without parts', () => {
    expect(summary(NIST, 'XA-2')).toBeNull();
    expect(summary(CIS, '1.1')).toBeNull();
  });
});
