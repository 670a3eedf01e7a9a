import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { diffAnchors, formatLock, publicIds, type AnchorMap } from './anchor-lock';
import { forEachBuiltPage } from '../build/built-pages';
import { whileIndexing } from '../build/while-indexing';

/**
 * Keeps public ids permanent. After the build, collects every page's public ids and compares them
 * with the committed lock (`<content>/anchors.lock.json`):
 * - a locked id that is gone fails the build, unless content/anchor-aliases.yaml maps it to a new id;
 * - new ids fail the build until the lock is updated with `npm run anchors:update`
 *   (ANCHORS_UPDATE=1), which never drops an id.
 * Runs while the search index is built (src/build/while-indexing.ts), before the link check.
 */
export default function anchorLock(options: { lockFile: string }): AstroIntegration {
  return {
    name: 'streams-compared:anchor-lock',
    hooks: {
      'astro:build:done': ({ dir, logger }) =>
        whileIndexing(async () => {
          const built: AnchorMap = {};
          await forEachBuiltPage(dir, (page) => {
            const ids = publicIds(page.html);
            // Copies: the ids matched are slices of the page's text and would keep every page alive.
            if (ids.length > 0) built[page.path] = structuredClone(ids);
          });
          const locked: AnchorMap = existsSync(options.lockFile) ? JSON.parse(readFileSync(options.lockFile, 'utf8')) : {};
          const { removed, added } = diffAnchors(locked, built);
          if (removed.length > 0) {
            throw new Error(
              `${options.lockFile}: public ids disappeared; links to them would break:\n` +
                removed.map((r) => `  ${r.page}#${r.id}`).join('\n') +
                '\nRestore the id (pin it in MDX with {/* #id */} after the heading text), or map it to its new id in content/anchor-aliases.yaml.',
            );
          }
          if (added.length > 0 && process.env['ANCHORS_UPDATE'] !== '1') {
            throw new Error(
              `${options.lockFile}: new public ids are not in the lock yet:\n` +
                added.map((a) => `  ${a.page}#${a.id}`).join('\n') +
                '\nRun `npm run anchors:update` and commit the lock file.',
            );
          }
          if (added.length > 0) {
            writeFileSync(options.lockFile, formatLock({ ...locked, ...built }));
            logger.info(`added ${added.length} ids to ${options.lockFile}`);
          } else {
            logger.info(`${Object.values(built).flat().length} public ids match ${options.lockFile}`);
          }
        }),
    },
  };
}
