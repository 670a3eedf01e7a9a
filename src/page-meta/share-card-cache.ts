import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Rendered share cards kept across builds, one PNG per content hash, in a folder of Astro's cache
 * (ASTRO_CACHE_DIR moves it). A card's key covers everything its pixels depend on: its SVG, the bytes
 * of the fonts and the renderer's version, so a changed title, font or resvg renders again and
 * nothing else does.
 */

/** The cache's folder under Astro's cache folder. */
export const shareCardCacheFolder = 'share-cards';

const sha256 = (...parts: readonly (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** What every card's pixels depend on besides its SVG: the font files' bytes and the renderer's version. */
export function rendererDigest(fontFiles: readonly string[], rendererVersion: string): string {
  return sha256(rendererVersion, ...fontFiles.map((file) => readFileSync(file)));
}

/** The cache key of one card. */
export const shareCardKey = (svg: string, renderer: string): string => sha256(renderer, svg);

export interface ShareCardCache {
  has(key: string): boolean;
  /** The cached PNG of a key, or undefined. */
  get(key: string): Promise<Uint8Array<ArrayBuffer> | undefined>;
  put(key: string, png: Uint8Array): void;
  /** Removes every card whose key is not in `keep` (cards of pages since changed or removed); returns how many. */
  prune(keep: ReadonlySet<string>): number;
}

const fileName = (key: string) => `${key}.png`;

/** The cache in `dir` (created on the first write). */
export function shareCardCache(dir: string): ShareCardCache {
  return {
    has: (key) => existsSync(path.join(dir, fileName(key))),
    get: (key) => readFile(path.join(dir, fileName(key))).catch(() => undefined),
    put(key, png) {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed, so a build stopped halfway never leaves a truncated card behind.
      const temporary = path.join(dir, `${fileName(key)}.${process.pid}.tmp`);
      writeFileSync(temporary, png);
      renameSync(temporary, path.join(dir, fileName(key)));
    },
    prune(keep) {
      let removed = 0;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return 0;
      }
      for (const name of names) {
        if (name.endsWith('.png') && !keep.has(name.slice(0, -'.png'.length))) {
          rmSync(path.join(dir, name), { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}
