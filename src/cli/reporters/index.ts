/** The `--format` values `hardmap check` accepts; the first is the default outside GitHub Actions. */
export type ReporterName = 'stylish' | 'json' | 'sarif' | 'github';

export const REPORTERS: readonly ReporterName[] = ['stylish', 'json', 'sarif', 'github'];

export function isReporterName(name: string): name is ReporterName {
  return (REPORTERS as readonly string[]).includes(name);
}
