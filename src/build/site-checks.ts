import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { linkChecker } from './link-check';
import { builtFiles, forEachBuiltPage } from './built-pages';
import { gluedSentences } from './glued-text';
import { whileIndexing } from './while-indexing';

/**
 * Fails the build when a page has a duplicate id, an internal link or asset that does not resolve,
 * a #fragment with no target, an external link the site may not cite, or a sentence glued to the
 * next word (src/build/glued-text.ts); each message names page and element. Runs while the search
 * index is built (src/build/while-indexing.ts).
 */
export default function siteChecks(): AstroIntegration {
  let base = '/';
  return {
    name: 'streams-compared:site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        // The files as the pages left them, before the indexer adds its own.
        const links = linkChecker(builtFiles(fileURLToPath(dir)), base);
        whileIndexing(async () => {
          const glued: string[] = [];
          const pages = await forEachBuiltPage(dir, (page) => {
            links.addIds(page);
            for (const place of gluedSentences(page.html)) glued.push(`${page.path}: sentence glued to the next word in ${place}`);
          });
          await forEachBuiltPage(dir, links.checkRefs);
          const problems = [...links.problems, ...glued];
          if (problems.length > 0) {
            throw new Error(`Broken links, ids or text in the build (${problems.length}):\n  ${problems.join('\n  ')}`);
          }
          logger.info(`${pages} pages: every link, fragment and id checks out`);
        });
      },
    },
  };
}
