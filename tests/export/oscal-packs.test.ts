import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { mappingRows, oscalDocuments, parseGuide, toCsv } from '../../src/index.ts';
import { loadReferenceData, readPackTree } from '../../src/node.ts';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const FIXTURE = fileURLToPath(new URL('../fixtures/packs/basic/', import.meta.url));
const guide = parseGuide(readFileSync(`${FIXTURE}content/guides/acme.md`), 'content/guides/acme.md').guide;
const { tree } = await readPackTree('packs', FIXTURE);
const reference = loadReferenceData();

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(read('mappings/schemas/oscal_complete_schema-1-2-2.json')));

describe('code packs in the exports', () => {
  it('names the pack types each control implements by code', () => {
    const rows = mappingRows([guide], reference, { contentCommit: null, packs: tree });
    const byControl = new Map(rows.map((row) => [row.controlNumber, row.implementedByCode]));
    expect(Object.fromEntries(byControl)).toEqual({ '1.1': 'terraform api sigma', '1.2': 'api', '2.1': 'config db' });
    expect(toCsv(rows).split('\n')[0]).toContain(',Implemented By Code,');
    expect(new Set(mappingRows([guide], reference, { contentCommit: null }).map((row) => row.implementedByCode))).toEqual(new Set(['']));
  });

  it('lists each control\'s pack files as hashed evidence, valid OSCAL 1.2.2', () => {
    const document = oscalDocuments([guide], reference, { lastModified: '2026-03-02', version: '1', contentCommit: null, packs: tree })['component-definition.json'] as Record<string, any>;
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const definition = document['component-definition'];
    const resources: Array<Record<string, any>> = definition['back-matter'].resources;
    const byUuid = new Map(resources.map((resource) => [`#${resource['uuid']}`, resource]));
    const requirement = definition.components[0]['control-implementations'][0]['implemented-requirements'].find((r: Record<string, any>) => r['control-id'] === 'ia-2.1');
    const linked = requirement.links.map((link: { href: string; rel: string }) => { expect(link.rel).toBe('evidence'); return byUuid.get(link.href)?.rlinks[0]; });
    const file = tree.packs[0]?.files.find((f) => f.path === 'acme/terraform/hth-acme-1.01-require-mfa.tf');
    expect(linked).toContainEqual({ href: 'acme/terraform/hth-acme-1.01-require-mfa.tf', hashes: [{ algorithm: 'SHA-256', value: file?.sha256 }] });
    // Only the files of controls that claim the requirement: the 2.1 log files are not IA-2(1) evidence.
    expect(linked.map((rlink: { href: string }) => rlink.href)).not.toContain('acme/db/hth-acme-2.01-audit-log-query.sql');
  });
});
