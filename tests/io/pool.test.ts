import { describe, expect, it } from 'vitest';
import { createAnalysisPool, type PoolSettings, type WorkerReply } from '../../src/io/pool.ts';

const settings = (overrides: Partial<PoolSettings>): PoolSettings => ({
  options: { rules: {}, quickref: 'complete' } as PoolSettings['options'], threads: 1, budgetMs: 60_000, models: false,
  script: new URL('./misbehaving-worker.ts', import.meta.url), ...overrides,
});

const outcome = (reply: WorkerReply): string => (reply.ok ? 'ok' : 'stopped' in reply ? `stopped:${reply.stopped}` : `error:${reply.error}`);

describe('analysis pool', () => {
  it('stops a file that runs past its budget and goes on with the next on a fresh worker', async () => {
    const pool = createAnalysisPool(settings({ budgetMs: 500 }));
    const replies = await Promise.all(['a.md', 'hang.md', 'b.md', 'c.md'].map((path) => pool.analyze(path, new Uint8Array())));
    await pool.close();
    expect(replies.map(outcome)).toEqual(['ok', 'stopped:time', 'ok', 'ok']);
  });

  it('counts the thread\'s CPU time, not the time it waited without a core', async () => {
    const pool = createAnalysisPool(settings({ budgetMs: 500 }));
    const replies = await Promise.all(['sleep.md', 'hang.md'].map((path) => pool.analyze(path, new Uint8Array())));
    await pool.close();
    expect(replies.map(outcome)).toEqual(['ok', 'stopped:time']);
  });

  it('stops a file whose analysis exhausts the worker heap', async () => {
    const pool = createAnalysisPool(settings({ heapMb: 32, threads: 2 }));
    const replies = await Promise.all(['oom.md', 'a.md', 'b.md'].map((path) => pool.analyze(path, new Uint8Array())));
    await pool.close();
    expect(replies.map(outcome)).toEqual(['stopped:memory', 'ok', 'ok']);
  });

  it('answers pending files once closed instead of leaving them waiting', async () => {
    const pool = createAnalysisPool(settings({}));
    const pending = pool.analyze('hang.md', new Uint8Array());
    const queued = pool.analyze('a.md', new Uint8Array());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await pool.close();
    expect([outcome(await pending), outcome(await queued)]).toEqual(['error:the analysis pool is closed', 'error:the analysis pool is closed']);
    expect(outcome(await pool.analyze('b.md', new Uint8Array()))).toBe('error:the analysis pool is closed');
  });

  it('starts its threads before the first file when asked to, never more than it may run', async () => {
    const pool = createAnalysisPool(settings({ threads: 2 }));
    pool.prestart(5);
    // Each prestarted thread is busy with a file of its own once they are all ready.
    const replies = await Promise.all(['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map((path) => pool.analyze(path, new Uint8Array())));
    await pool.close();
    expect(replies.map(outcome)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(new Set(replies.map((reply) => (reply.ok ? reply.summary.slug : ''))).size).toBeLessThanOrEqual(2);
  });
});
