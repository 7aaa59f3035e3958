import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../scripts/audit/verdict.ts';

/** Shapes of `npm audit --json` output (npm 11): a report, and the two ways the endpoint fails. */
const report = (vulnerabilities: Record<string, unknown>, counts: Record<string, number>): string =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts }, dependencies: { prod: 120 } } });

describe('npm audit verdict for CI', () => {
  it('a clean report passes, with its counts', () => {
    expect(auditVerdict(report({}, {}))).toEqual({ kind: 'report', counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0 }, blocking: [] });
  });

  it('moderate findings are counted but do not block at --audit-level=high', () => {
    const verdict = auditVerdict(report({ uuid: { severity: 'moderate', via: [{ title: 'Missing buffer bounds check', url: 'https://github.com/advisories/GHSA-w5hq-g745-h8pq' }] }, exceljs: { severity: 'moderate', via: ['uuid'] } }, { moderate: 2, total: 2 }));
    expect(verdict).toMatchObject({ kind: 'report', counts: { moderate: 2 }, blocking: [] });
  });

  it('a high or critical finding blocks and is named with its advisory', () => {
    const verdict = auditVerdict(report({ tar: { severity: 'high', via: [{ title: 'Arbitrary file write', url: 'https://github.com/advisories/GHSA-x' }] }, astro: { severity: 'critical', via: ['tar'] } }, { high: 1, critical: 1, total: 2 }));
    expect(verdict.kind === 'report' ? verdict.blocking : null).toEqual([
      { name: 'tar', severity: 'high', advisories: ['Arbitrary file write https://github.com/advisories/GHSA-x'] },
      { name: 'astro', severity: 'critical', advisories: ['via tar'] },
    ]);
  });

  it('an audit endpoint that refuses the request (a GET-only mirror) is unavailable, not a finding', () => {
    const answer = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, body: '', error: { summary: '', detail: '' } });
    expect(auditVerdict(answer)).toEqual({ kind: 'unavailable', reason: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
  });

  it('an unreachable registry and an empty answer are unavailable too', () => {
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed', detail: '' } }))).toEqual({ kind: 'unavailable', reason: 'ENOTFOUND: request to https://registry.npmjs.org failed' });
    expect(auditVerdict('')).toMatchObject({ kind: 'unavailable' });
  });
});
