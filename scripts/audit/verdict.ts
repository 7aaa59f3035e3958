/**
 * What `npm audit --json` said, reduced to what CI acts on. npm exits 1 both for findings at or
 * above --audit-level and when the registry's audit endpoint fails (a mirror that only serves
 * GET answers 405, an offline runner ENOTFOUND), so the exit code alone cannot tell them apart:
 * the JSON can. A report has `metadata.vulnerabilities`; an endpoint failure has `error` or
 * `message`/`statusCode` and no report.
 */
export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

export const SEVERITIES: readonly Severity[] = ['info', 'low', 'moderate', 'high', 'critical'];

export interface Finding {
  name: string;
  severity: Severity;
  advisories: string[];
}

export type AuditVerdict =
  | { kind: 'report'; counts: Record<Severity, number>; blocking: Finding[] }
  | { kind: 'unavailable'; reason: string };

interface AuditJson {
  metadata?: { vulnerabilities?: Partial<Record<Severity, number>> };
  vulnerabilities?: Record<string, { severity?: Severity; via?: Array<string | { title?: string; url?: string }> }>;
  error?: { code?: string; summary?: string };
  message?: string;
  statusCode?: number;
}

/** `blocking`: the packages at `level` or above. */
export function auditVerdict(stdout: string, level: Severity = 'high'): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON report${stdout.trim() ? `: ${stdout.trim().slice(0, 200)}` : ''}` };
  }
  const found = json.metadata?.vulnerabilities;
  if (!found) {
    const reason = [json.error?.code, json.error?.summary, json.message ?? (json.statusCode ? `HTTP ${json.statusCode}` : undefined)].filter(Boolean).join(': ');
    return { kind: 'unavailable', reason: reason || 'no report in the answer' };
  }
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, found[severity] ?? 0])) as Record<Severity, number>;
  const threshold = SEVERITIES.indexOf(level);
  const blocking = Object.entries(json.vulnerabilities ?? {})
    .filter(([, entry]) => SEVERITIES.indexOf(entry.severity ?? 'info') >= threshold)
    .map(([name, entry]) => ({
      name,
      severity: entry.severity ?? 'info',
      advisories: (entry.via ?? []).map((via) => (typeof via === 'string' ? `via ${via}` : `${via.title ?? 'advisory'}${via.url ? ` ${via.url}` : ''}`)),
    }));
  // A count without package entries (older report shapes) still blocks.
  if (blocking.length === 0 && SEVERITIES.slice(threshold).some((severity) => counts[severity] > 0)) blocking.push({ name: '(unnamed)', severity: level, advisories: [] });
  return { kind: 'report', counts, blocking };
}
