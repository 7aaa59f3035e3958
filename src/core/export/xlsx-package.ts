import { escapeXml, MAIN_NS, XML_DECLARATION } from './xlsx-xml.ts';

/**
 * The fixed parts of an XLSX package around its worksheets (ECMA-376 parts 1 and 2): content
 * types, relationships, workbook, styles and document properties. Every part is a pure string.
 */
export interface PackageSheet {
  name: string;
  /** The autofilter range, `A1:O552`, or null for a sheet without one. */
  filter: string | null;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument';

/** cellXfs indexes, in the order styles.xml lists them. */
export const STYLE = { normal: 0, bold: 1, percent: 2 } as const;

export const STYLES_XML = `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">`
  + '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

export const sheetPath = (index: number): string => `xl/worksheets/sheet${index + 1}.xml`;

export function contentTypesXml(sheets: number): string {
  const overrides = [
    ['/xl/workbook.xml', `${TYPE}.spreadsheetml.sheet.main+xml`],
    ...Array.from({ length: sheets }, (_, i) => [`/${sheetPath(i)}`, `${TYPE}.spreadsheetml.worksheet+xml`]),
    ['/xl/styles.xml', `${TYPE}.spreadsheetml.styles+xml`],
    ['/xl/sharedStrings.xml', `${TYPE}.spreadsheetml.sharedStrings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${TYPE}.extended-properties+xml`],
  ];
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + `${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('')}</Types>`;
}

function relationships(targets: ReadonlyArray<[type: string, target: string]>): string {
  const items = targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL}">${items.join('')}</Relationships>`;
}

export const ROOT_RELS_XML = relationships([
  [`${REL}/officeDocument`, 'xl/workbook.xml'],
  [`${PACKAGE_REL}/metadata/core-properties`, 'docProps/core.xml'],
  [`${REL}/extended-properties`, 'docProps/app.xml'],
]);

/** Sheets are rId1..rIdN, so workbook.xml can name them by position. */
export function workbookRelsXml(sheets: number): string {
  return relationships([
    ...Array.from({ length: sheets }, (_, i): [string, string] => [`${REL}/worksheet`, sheetPath(i).slice(3)]),
    [`${REL}/styles`, 'styles.xml'],
    [`${REL}/sharedStrings`, 'sharedStrings.xml'],
  ]);
}

/** `'O''Brien'!$A$1:$O$9`: quoting is always allowed, and needed for names with spaces. */
function absoluteRange(sheet: string, range: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

export function workbookXml(sheets: readonly PackageSheet[]): string {
  const entries = sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  // Excel keeps each sheet's filter range in this hidden name; without it some readers see no filter.
  const names = sheets.flatMap((sheet, i) => sheet.filter === null ? [] : [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(absoluteRange(sheet.name, sheet.filter))}</definedName>`]);
  return `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>`
    + `<sheets>${entries.join('')}</sheets>${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}</workbook>`;
}

/** W3CDTF to the second, as Office writes it. */
const w3cdtf = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function coreXml(title: string, date: Date): string {
  const stamp = escapeXml(w3cdtf(date));
  return `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
    + `<dc:title>${escapeXml(title)}</dc:title><dc:creator>hardmap</dc:creator><cp:lastModifiedBy>hardmap</cp:lastModifiedBy>`
    + `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}

export function appXml(sheets: readonly PackageSheet[]): string {
  const names = sheets.map((sheet) => `<vt:lpstr>${escapeXml(sheet.name)}</vt:lpstr>`).join('');
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + '<Application>hardmap</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>'
    + `<vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${names}</vt:vector></TitlesOfParts></Properties>`;
}
