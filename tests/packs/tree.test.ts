import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPackTree, langOfFileName, liquidStrip, packSection, parseExcerpts, sectionOfFileName, typeOfPath } from 'hardmap';
import { readPackTree } from 'hardmap/node';

const ROOT = fileURLToPath(new URL('../fixtures/packs/basic/packs', import.meta.url));

describe('pack file names', () => {
  it('reads the section from the file name, minor zeros dropped', () => {
    expect(sectionOfFileName('hth-acme-1.01-require-mfa.tf', 'acme')).toBe('1.1');
    expect(sectionOfFileName('hth-acme-1.10-x.sh', 'acme')).toBe('1.10');
    expect(sectionOfFileName('hth-acme-5.00-x.sh', 'acme')).toBe('5.0');
    expect(sectionOfFileName('hth-other-1.01-x.sh', 'acme')).toBeNull();
    expect(sectionOfFileName('common.sh', 'acme')).toBeNull();
  });
  it('types files by folder, sigma before siem', () => {
    expect(typeOfPath('acme/siem/sigma/x.yml')).toBe('sigma');
    expect(typeOfPath('acme/siem/x.kql')).toBe('siem');
    expect(typeOfPath('acme/terraform/x.tf')).toBe('terraform');
    expect(typeOfPath('acme/README.md')).toBe('other');
  });
  it('labels languages from extensions', () => {
    expect(['x.tf', 'x.sh', 'x.jsonc', 'x.ps1', 'x.weird'].map(langOfFileName)).toEqual(['hcl', 'bash', 'json', 'powershell', 'plaintext']);
  });
});

describe('excerpt markers', () => {
  it('keeps the lines between markers, least indentation removed, with their line range', () => {
    const { excerpts, problems } = parseExcerpts('a\n    # HTH Guide Excerpt: begin one\n    x = 1\n\n      y = 2\n    # HTH Guide Excerpt: end one\n');
    expect(problems).toEqual([]);
    expect(excerpts.map(({ name, text, startLine, endLine }) => ({ name, text, startLine, endLine }))).toEqual([{ name: 'one', text: 'x = 1\n\n  y = 2', startLine: 3, endLine: 5 }]);
  });
  it('accepts --, // and # comments', () => {
    const text = '-- HTH Guide Excerpt: begin a\nq\n-- HTH Guide Excerpt: end a\n// HTH Guide Excerpt: begin b\nr\n// HTH Guide Excerpt: end b\n';
    expect(parseExcerpts(text).excerpts.map((e) => e.text)).toEqual(['q', 'r']);
  });
  it('reports unbalanced, nested, duplicate and trailing-blank markers', () => {
    const text = [
      '# HTH Guide Excerpt: begin a', '# HTH Guide Excerpt: begin b', '# HTH Guide Excerpt: end b',
      '# HTH Guide Excerpt: end z', '# HTH Guide Excerpt: begin b', '# HTH Guide Excerpt: end b',
      '# HTH Guide Excerpt: begin c ', '# HTH Guide Excerpt: begin Bad_Name', '',
    ].join('\n');
    const messages = parseExcerpts(text).problems.map((p) => `${p.position.start.line}: ${p.message}`);
    expect(messages).toEqual([
      '2: Unexpected excerpt begin `b` inside the open region `a` (begun on line 1), expected `end a` first',
      '4: Unexpected excerpt end `z` without a begin marker before it, expected a matching `begin z`',
      '5: Unexpected second excerpt region named `b` in this file, expected unique names',
      '7: Unexpected blank after the excerpt name `c`: the extractor anchors the name at the end of the line, so this region is never shown, expected the name to end the line',
      '8: Unexpected excerpt name `Bad_Name`, expected lowercase letters, digits and hyphens',
      '8: Unexpected excerpt begin `Bad_Name` inside the open region `c` (begun on line 7), expected `end c` first',
      '8: Unexpected excerpt begin `Bad_Name` without an end marker, expected `HTH Guide Excerpt: end Bad_Name` later in the file',
    ]);
  });
  it('strips as Liquid does: ASCII whitespace only', () => {
    expect(liquidStrip('\n  x\u00a0 \n')).toBe('x\u00a0');
  });
});

describe('pack tree', () => {
  it('builds sections as the include renders them: marked files only, template type order, sigma as a list', async () => {
    const { tree, skipped } = await readPackTree(ROOT, '/');
    expect(skipped).toEqual([]);
    const [pack] = tree.packs;
    expect(pack?.vendor).toBe('acme');
    expect(pack?.sections.map((s) => [s.key, s.entries.map((e) => `${e.type}:${e.fileName}`)])).toEqual([
      ['1.1', ['terraform:hth-acme-1.01-require-mfa.tf', 'api:hth-acme-1.01-require-mfa.sh', 'sigma:hth-acme-1.01-mfa-disabled-b.yml', 'sigma:hth-acme-1.01-mfa-disabled.yml']],
      ['1.2', ['api:hth-acme-1.02-rotate-keys.sh']],
      ['2.1', ['config:hth-acme-2.01-settings.jsonc', 'db:hth-acme-2.01-audit-log-query.sql']],
    ]);
    const api = packSection(tree, 'acme', '1.1')?.entries[1];
    expect(api?.excerpts.map((e) => [e.name, e.text, e.startLine, e.endLine])).toEqual([
      ['api-enable', `curl -s -X PUT "$ACME_URL/policies/mfa" -d '{"enforced":true}'`, 4, 4],
      ['api-verify', `curl -s "$ACME_URL/policies/mfa" \\\n  | jq '.enforced'`, 9, 10],
    ]);
    const unmarked = pack?.files.find((f) => f.fileName === 'hth-acme-2.02-unmarked.tf');
    expect(unmarked && { section: unmarked.section, marked: unmarked.marked }).toEqual({ section: '2.2', marked: false });
    expect(pack?.files.find((f) => f.fileName === 'hth-acme-1.01-mfa-disabled.yml')?.sigmaId?.value).toBe('0b6f3c1e-0000-4000-8000-000000000001');
    expect(pack?.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
  });
  it('reads control YAML with positions', async () => {
    const { tree } = await readPackTree(ROOT, '/');
    const [control] = tree.packs[0]?.controls ?? [];
    expect(control?.id).toBe('acme-1.1');
    expect(control?.section?.value).toBe('1.1');
    expect(control?.profileLevel).toMatchObject({ value: 1, position: { start: { line: 5, column: 16 } } });
    expect(control?.compliance['nist_800_53']).toMatchObject({ values: ['IA-2(1)'], position: { start: { line: 11, column: 3 } } });
    expect(control?.audit).toEqual([{ id: 'mfa-enforced', description: 'Policy is enforced' }]);
    expect(control?.remediate).toEqual(['terraform']);
  });
  it('reports malformed control YAML where it is', () => {
    const tree = buildPackTree('p', [{ path: 'acme/controls/x.yaml', text: 'id: "a\nsection: [', sha256: '0', size: 1 }]);
    expect(tree.packs[0]?.controls[0]?.problems[0]?.message).toMatch(/^Malformed control YAML: /);
  });
});
