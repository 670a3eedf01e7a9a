import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from './link-check';
import { builtFiles, builtPages } from './built-pages';

/**
 * Fails the build when a page has a duplicate id, an internal link or asset that does not resolve,
 * a #fragment with no target, or a malformed external link; each message names page and element.
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
        const pages = builtPages(dir);
        const problems = checkLinks(pages, builtFiles(fileURLToPath(dir)), base);
        if (problems.length > 0) {
          throw new Error(`Broken links or ids in the build (${problems.length}):\n  ${problems.join('\n  ')}`);
        }
        logger.info(`${pages.length} pages: every link, fragment and id checks out`);
      },
    },
  };
}
