import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCollection, DEFAULT_CHECK_OPTIONS, linkedSlug, parseGuide } from '../../src/index.ts';
import { formatMessageLine, loadReferenceData } from '../../src/node.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');
const other = parseGuide(BASE.replace('slug: "example"', 'slug: "other"'), 'other.md').guide;
const linking = (link: string) => parseGuide(BASE.replace('Stream the audit log to the SIEM', `Stream the audit log (see ${link}) to the SIEM`), 'example.md').guide;
const run = (link: string): string[] => checkCollection([linking(link), other], loadReferenceData(), DEFAULT_CHECK_OPTIONS).map(formatMessageLine);

describe('cross-guide-anchor', () => {
  it('reads the target guide from relative, site and file links', () => {
    expect(['../other/#x', '/guides/other/#x', 'other.md#x', './other#x'].map(linkedSlug)).toEqual(['other', 'other', 'other', 'other']);
    expect(linkedSlug('https://example.com/other#x')).toBeNull();
    expect(linkedSlug('#local')).toBeNull();
  });

  it('accepts links to anchors the other guide has', () => {
    expect(run('[MFA](../other/#11-enforce-multi-factor-authentication)')).toEqual([]);
  });

  it('reports a stale anchor with the control that has that number', () => {
    expect(run('[MFA](other.md#11-enforce-mfa)')).toEqual([
      'example.md:96:27-96:57: Unexpected link to `other#11-enforce-mfa`: guide `other` has no heading with that anchor, expected `#11-enforce-multi-factor-authentication` (control 1.1) [cross-guide-anchor]',
    ]);
  });
});
