import { describe, expect, it } from 'vitest';
import { type Diagnostic } from '../../src/index.ts';
import { formatGithub } from '../../src/node.ts';
import { DIAGNOSTICS } from './fixture.ts';

describe('formatGithub', () => {
  it('prints one workflow command per finding', () => {
    expect(formatGithub(DIAGNOSTICS)).toBe(
      [
        '::error file=content/alpha.md,line=4,col=10,endLine=4,endColumn=15,title=nist-id-unknown::Unexpected NIST ID `ac-02`, expected `AC-2`',
        '::warning file=content/alpha.md,line=5,col=1,endLine=7,endColumn=7,title=raw-html::Unexpected raw HTML',
        '::error file=content/alpha.md,line=8,col=1,endLine=8,endColumn=17,title=control-number-duplicate::Unexpected duplicate control number `1.1`%0A↳ 3:1 first defined here',
        '::notice file=content/beta.md,line=3,col=21,endLine=3,endColumn=28,title=iso-2013-notation::Unexpected ISO 27001:2013 notation `A.9.2.1`, expected `5.18`',
        '::error file=content/beta.md,line=5,col=7,endLine=5,endColumn=12,title=nist-id-unknown::Unexpected NIST ID `XX-99`',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    expect(formatGithub([])).toBe('');
  });

  it('escapes % CR LF in the message, and also : , in properties', () => {
    const d: Diagnostic = {
      ...(DIAGNOSTICS[0] as Diagnostic),
      file: 'dir,odd:name\\100%\r\n.md',
      ruleId: 'a:b,c',
      message: '100% sure: a, b\r\nnext line %0A',
    };
    expect(formatGithub([d])).toBe(
      '::error file=dir%2Codd%3Aname/100%25%0D%0A.md,line=4,col=10,endLine=4,endColumn=15,title=a%3Ab%2Cc' +
        '::100%25 sure: a, b%0D%0Anext line %250A\n',
    );
  });
});
