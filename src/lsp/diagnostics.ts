import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic } from '../core/model/diagnostic.ts';
import { toRange } from './positions.ts';

/** Rule docs are named relative to hardmap's folder (`docs/rules.md#id`); an editor needs a URI it can open. */
const PACKAGE_ROOT = new URL('../../', import.meta.url);
const docsUri = (url: string): string => (/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : new URL(url, PACKAGE_ROOT).href);

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What the server keeps on each diagnostic it sends, so a code action knows the finding without a new check. */
export interface DiagnosticData {
  fixable: boolean;
}

/** One finding as the editor shows it: the rule id as the code, its docs as the link, the "first defined here" place as related information. */
export function toLspDiagnostic(diagnostic: Diagnostic, uri: string, bom: number): LspDiagnostic {
  const data: DiagnosticData = { fixable: diagnostic.fixable };
  return {
    range: toRange(diagnostic.place, bom),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.ruleId,
    codeDescription: { href: docsUri(diagnostic.url) },
    source: 'hardmap',
    message: diagnostic.message,
    ...(diagnostic.cause ? { relatedInformation: [{ location: { uri, range: toRange(diagnostic.cause.place, bom) }, message: diagnostic.cause.message }] } : {}),
    data,
  };
}
