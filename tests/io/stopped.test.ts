import { describe, expect, it } from 'vitest';
import { stoppedGuide } from '../../src/core/check.ts';
import { loadReferenceData } from '../../src/io/catalogs.ts';

describe('a file whose analysis was stopped', () => {
  const reference = loadReferenceData();
  const text = '\uFEFF---\ntitle: Slow\n---\n\n- a\n- b\n';

  it('gets one input-limit error at 1:1 saying what budget it went over, and an empty model', () => {
    const { parsed, diagnostics } = stoppedGuide(new TextEncoder().encode(text), 'guides/slow.md', { budget: 'time', limitMs: 4000 }, reference);
    expect(diagnostics).toHaveLength(1);
    const [diagnostic] = diagnostics;
    expect(diagnostic?.ruleId).toBe('input-limit');
    expect(diagnostic?.severity).toBe('error');
    expect(diagnostic?.file).toBe('guides/slow.md');
    expect(diagnostic?.place.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(diagnostic?.message).toBe('Unexpected analysis still running after 4 s, expected a guide that is analyzed within 4 s; it was stopped and not checked (look for very long lists, deep nesting or huge tables)');
    expect(parsed.guide.controls).toEqual([]);
    expect(parsed.bom).toBe(true);
    expect(parsed.text).toBe(text.slice(1));
  });

  it('names the memory budget when the worker ran out of heap', () => {
    const { diagnostics } = stoppedGuide(text, 'slow.md', { budget: 'memory', limitMb: 1536 }, reference);
    expect(diagnostics.map((d) => d.message)).toEqual(['Unexpected analysis needing more than 1536 MB of memory, expected a guide that is analyzed within 1536 MB; it was stopped and not checked (look for very long lists, deep nesting or huge tables)']);
  });
});
