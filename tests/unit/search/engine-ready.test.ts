import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { engineReady } from '../../../src/search/engine-ready';
import type { PagefindResponse } from '../../../src/search/pagefind-api';

const none: PagefindResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/** A search that behaves as Pagefind 1.6's before its engine is ready: it looks again every 50 ms. */
function enginePollingEvery50Ms(readyAt: number | 'never', failAt?: number) {
  return {
    search: async () => {
      for (;;) {
        if (failAt !== undefined && Date.now() >= failAt) throw new Error('Failed to load the Pagefind WASM');
        if (readyAt !== 'never' && Date.now() >= readyAt) return none;
        await new Promise((wait) => setTimeout(wait, 50));
      }
    },
  };
}

describe('waiting for the search engine', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('notices a ready engine within 10 ms, where a search made at the start would wait for the next 50 ms look', async () => {
    let resolvedAt = -1;
    void engineReady(enginePollingEvery50Ms(62)).then(() => (resolvedAt = Date.now()));
    await vi.advanceTimersByTimeAsync(200);
    expect(resolvedAt).toBeGreaterThanOrEqual(62);
    expect(resolvedAt).toBeLessThanOrEqual(72);
  });

  it('resolves at once when the engine is ready already', async () => {
    let resolvedAt = -1;
    void engineReady(enginePollingEvery50Ms(0)).then(() => (resolvedAt = Date.now()));
    await vi.advanceTimersByTimeAsync(0);
    expect(resolvedAt).toBe(0);
  });

  it('rejects when the engine fails to load, so the next attempt loads it again', async () => {
    const waiting = engineReady(enginePollingEvery50Ms('never', 30));
    const outcome = expect(waiting).rejects.toThrow(/WASM/);
    await vi.advanceTimersByTimeAsync(200);
    await outcome;
  });
});
