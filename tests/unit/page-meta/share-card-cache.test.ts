import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rendererDigest, shareCardCache, shareCardKey } from '../../../src/page-meta/share-card-cache';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'share-card-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('share card cache keys', () => {
  it('change with the SVG and with the renderer, and only with them', () => {
    expect(shareCardKey('<svg/>', 'r1')).toBe(shareCardKey('<svg/>', 'r1'));
    expect(shareCardKey('<svg a="1"/>', 'r1')).not.toBe(shareCardKey('<svg/>', 'r1'));
    expect(shareCardKey('<svg/>', 'r2')).not.toBe(shareCardKey('<svg/>', 'r1'));
  });

  it('cover the bytes of every font file and the renderer version', () => {
    const dir = tempDir();
    const [a, b] = ['a.ttf', 'b.ttf'].map((f) => path.join(dir, f)) as [string, string];
    writeFileSync(a, 'font a');
    writeFileSync(b, 'font b');
    const digest = rendererDigest([a, b], '2.6.2');
    expect(rendererDigest([a, b], '2.6.2')).toBe(digest);
    expect(rendererDigest([a, b], '2.6.3')).not.toBe(digest);
    writeFileSync(b, 'font b, hinted');
    expect(rendererDigest([a, b], '2.6.2')).not.toBe(digest);
  });
});

describe('share card cache', () => {
  it('returns what was stored under a key, nothing for another, and keeps no partial file', async () => {
    const dir = path.join(tempDir(), 'share-cards');
    const cache = shareCardCache(dir);
    expect(cache.has('k1')).toBe(false);
    expect(await cache.get('k1')).toBeUndefined();
    cache.put('k1', new Uint8Array([1, 2, 3]));
    expect(cache.has('k1')).toBe(true);
    expect([...((await cache.get('k1')) ?? [])]).toEqual([1, 2, 3]);
    expect(await shareCardCache(dir).get('k1')).toBeDefined();
    expect(await cache.get('k2')).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });

  it('prunes the cards of keys no longer used', () => {
    const cache = shareCardCache(tempDir());
    for (const key of ['a', 'b', 'c']) cache.put(key, new Uint8Array([0]));
    expect(cache.prune(new Set(['b']))).toBe(2);
    expect(['a', 'b', 'c'].filter((k) => cache.has(k))).toEqual(['b']);
    expect(shareCardCache(path.join(tempDir(), 'missing')).prune(new Set())).toBe(0);
  });
});
