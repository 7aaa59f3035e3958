import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeGuide } from '../../src/index.ts';
import { loadReferenceData } from '../../src/node.ts';
import { cli, workspace } from './run-cli.ts';

const BASE = readFileSync(new URL('../fixtures/base-guide.md', import.meta.url), 'utf8');

describe('YAML parser warnings become messages, never a raw Node YAMLWarning', () => {
  it('a config with an unknown tag is a usage error at the tag', async () => {
    const dir = workspace({ 'g.md': BASE, 'hardmap.config.yaml': 'content:\n  - !include guides\n' });
    const warnings: string[] = [];
    const listener = (warning: Error): number => warnings.push(warning.name);
    process.on('warning', listener);
    try {
      const result = await cli(['check', 'g.md'], dir);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `hardmap check: ${join(dir, 'hardmap.config.yaml')}:2:5: Unexpected YAML tag \`!include\`, expected a plain value (tags are not supported)\n` });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toEqual([]);
  });

  it('an unknown tag in frontmatter is a frontmatter-yaml diagnostic at the tag', () => {
    const text = BASE.replace('vendor: "Example"', 'vendor: !vendor "Example"');
    const { diagnostics } = analyzeGuide(text, 'g.md', loadReferenceData());
    expect(diagnostics.filter((d) => d.ruleId === 'frontmatter-yaml').map((d) => `${d.place.start.line}:${d.place.start.column} ${d.message}`)).toEqual(['4:9 Unexpected YAML tag `!vendor`, expected a plain value (tags are not supported)']);
  });
});
