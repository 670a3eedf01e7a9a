import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shareCardCache, shareCardCacheFolder } from './share-card-cache';
import { shareCardBuild } from './share-card-renderer';

/**
 * Share cards across builds: tells the card route (src/pages/og/) where Astro's cache and the
 * render worker are, and after the build reports how many cards were rendered and how many came
 * from the cache ("share cards: 1 rendered, 21 from cache"), then drops cached cards no page uses.
 */
export default function shareCards(): AstroIntegration {
  return {
    name: 'streams-compared:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        const build = shareCardBuild();
        build.cacheDir = fileURLToPath(config.cacheDir);
        build.workerUrl = new URL('./share-card-worker.ts', import.meta.url).href;
      },
      'astro:build:done': ({ logger }) => {
        const build = shareCardBuild();
        if (build.rendered + build.fromCache === 0) return;
        const dir = path.join(build.cacheDir ?? '', shareCardCacheFolder);
        const pruned = build.cacheDir === undefined ? 0 : shareCardCache(dir).prune(build.used);
        logger.info(
          `share cards: ${build.rendered} rendered, ${build.fromCache} from cache${pruned > 0 ? ` (${pruned} unused removed from the cache)` : ''}`,
        );
      },
    },
  };
}
