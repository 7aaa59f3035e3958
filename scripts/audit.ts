/**
 * `npm audit --omit=dev --audit-level=high` for CI: fails on a high or critical advisory in a
 * runtime dependency, and only warns when the registry's audit endpoint cannot be reached, since
 * an unreachable endpoint says nothing about the dependencies. Exit 0 clean or unavailable, 1 findings.
 */
import { spawnSync } from 'node:child_process';
import { auditVerdict, SEVERITIES } from './audit/verdict.ts';

const npm = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (npm.error) {
  console.log(`npm audit: could not run npm (${npm.error.message}); skipped, not a finding`);
  process.exit(0);
}
const verdict = auditVerdict(npm.stdout);
if (verdict.kind === 'unavailable') {
  console.log(`npm audit: the registry's audit endpoint gave no report (${verdict.reason}); skipped, not a finding`);
  process.exit(0);
}
console.log(`npm audit --omit=dev: ${SEVERITIES.map((severity) => `${verdict.counts[severity]} ${severity}`).join(', ')}`);
for (const finding of verdict.blocking) console.log(`  ${finding.severity}: ${finding.name}${finding.advisories.length > 0 ? ` (${finding.advisories.join('; ')})` : ''}`);
process.exit(verdict.blocking.length > 0 ? 1 : 0);
