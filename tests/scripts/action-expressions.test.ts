import { describe, expect, it } from 'vitest';
import { evaluate, interpolate } from '../../scripts/action/expressions.ts';

const context = { inputs: { base: '', paths: 'content' }, github: { 'event.pull_request.base.sha': 'abc123', action_path: '/a' }, steps: { sarif: { code: '1' } } };

describe('the expressions of action.yml, as scripts/action-local.ts evaluates them', () => {
  it('reads inputs, github values and step outputs, `||` giving the first non-empty one', () => {
    expect(evaluate(' inputs.base || github.event.pull_request.base.sha ', context)).toBe('abc123');
    expect(evaluate('inputs.paths || github.action_path', context)).toBe('content');
    expect(interpolate('${{ steps.sarif.outputs.code }}/${{ steps.none.outputs.code }}', context)).toBe('1/');
    expect(evaluate("inputs.base || 'fallback'", context)).toBe('fallback');
  });

  it('refuses what it does not emulate, so the local run cannot silently differ from the real one', () => {
    expect(() => evaluate('inputs.nope', context)).toThrow('unknown input `nope`');
    expect(() => evaluate('github.repository', context)).toThrow('unsupported context value `github.repository`');
    expect(() => evaluate("inputs.base == 'x'", context)).toThrow("unsupported expression `inputs.base == 'x'`");
  });
});
