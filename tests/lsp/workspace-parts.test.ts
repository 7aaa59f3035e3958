import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { collectionFileOf } from '../../src/lsp/collection-file.ts';
import { serialRuns } from '../../src/lsp/serial-runs.ts';

describe('which open documents belong to the collection', () => {
  const uri = (path: string): string => pathToFileURL(`/w/${path}`).href;

  it('takes Markdown under the content folders, as `hardmap check` would, named relative to the root', () => {
    expect(collectionFileOf(uri('content/guides/okta.md'), '/w', ['content'])).toEqual({ absolute: '/w/content/guides/okta.md', path: 'content/guides/okta.md', kind: 'guide' });
    expect(collectionFileOf(uri('content/runbooks/lockout.md'), '/w', ['content'])?.kind).toBe('runbook');
    expect(collectionFileOf(uri('docs/g.markdown'), '/w', ['content', 'docs'])?.path).toBe('docs/g.markdown');
  });

  it('leaves out other files, other folders, a folder that only starts like a content folder, and unsaved buffers', () => {
    expect(collectionFileOf(uri('README.md'), '/w', ['content'])).toBeNull();
    expect(collectionFileOf(uri('content/guides/notes.txt'), '/w', ['content'])).toBeNull();
    expect(collectionFileOf(uri('content-old/g.md'), '/w', ['content'])).toBeNull();
    expect(collectionFileOf('untitled:Untitled-1', '/w', ['content'])).toBeNull();
  });
});

describe('debounced runs that never overlap', () => {
  it('runs once for a burst of changes, and once more for changes during a run', async () => {
    vi.useFakeTimers();
    try {
      let runs = 0;
      let finish: () => void = () => undefined;
      const runner = serialRuns(() => { runs++; return new Promise<void>((resolve) => (finish = resolve)); }, 100, () => undefined);
      runner.schedule();
      runner.schedule();
      runner.schedule();
      await vi.advanceTimersByTimeAsync(100);
      expect(runs).toBe(1);
      // Two changes while the first run is going: one more run, after it.
      runner.schedule();
      await vi.advanceTimersByTimeAsync(100);
      runner.schedule();
      await vi.advanceTimersByTimeAsync(100);
      expect(runs).toBe(1);
      finish();
      await vi.advanceTimersByTimeAsync(0);
      expect(runs).toBe(2);
      finish();
      await runner.stop();
      expect(runs).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
