import { describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../src/io/catalogs.ts';
import { describeRequirement } from '../../src/lsp/requirement.ts';

const reference = loadReferenceData();

describe('the hover text of a framework requirement', () => {
  it('says a withdrawn NIST control was withdrawn and where it went', () => {
    expect(describeRequirement(reference, 'nist-800-53-r5', 'AC-13')).toBe(
      '**NIST SP 800-53 Rev 5 AC-13**: Supervision and Review — Access Control\n\nWithdrawn: incorporated into AC-2, AU-6.\n\nNo published crosswalk connects it to another framework.',
    );
  });

  it('gives baselines and the crosswalked requirements with their relationships', () => {
    const [title, groups, crosswalks] = describeRequirement(reference, 'cis-controls-v8', '6.5').split('\n\n');
    expect([title, groups]).toEqual(['**CIS Controls v8 6.5**: Require MFA for Administrative Access', 'Implementation groups: ig1, ig2, ig3']);
    // One line per framework; the crosswalks may gain frameworks, these two stay.
    const lines = crosswalks?.split('\n') ?? [];
    expect(lines[0]).toBe('Crosswalked requirements:');
    expect(lines).toContain('- ISO/IEC 27001:2022 Annex A: A.8.2 (subset-of)');
    expect(lines).toContain('- NIST SP 800-53 Rev 5: IA-2(1) (equal)');
  });

  it('shows a dozen crosswalked IDs per framework and counts the rest', () => {
    const text = describeRequirement(reference, 'soc2-tsc-2017', 'CC6.1');
    expect(text.startsWith('**SOC 2 Trust Services Criteria (2017) CC6.1**\n\nCrosswalked requirements:\n')).toBe(true);
    const nist = text.split('\n').find((line) => line.startsWith('- NIST SP 800-53 Rev 5: '));
    expect(nist?.startsWith('- NIST SP 800-53 Rev 5: AC-2 (unspecified), AC-2(1) (unspecified),')).toBe(true);
    // Twelve IDs, then the count of the others (the AICPA mapping links CC6.1 to far more).
    expect(nist?.split(', ').length).toBe(13);
    expect(nist).toMatch(/, and \d+ more$/);
  });

  it('says only that an ID is not in the catalog, with no guess', () => {
    expect(describeRequirement(reference, 'nist-800-53-r5', 'ZZ-1')).toMatch(/^\*\*NIST SP 800-53 Rev 5 ZZ-1\*\*\n\nNot in the NIST SP 800-53 Rev 5 catalog \(.*\)\.$/);
  });

  it('keeps catalog text literal in Markdown', () => {
    expect(describeRequirement(reference, 'nist-800-53-r5', 'AC_[x](y)')).toContain('AC\\_\\[x\\](y)');
  });
});
