import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
// Imported statically: a dynamic import inside astro:build:done fails once Vite's module runner,
// which loads a TypeScript config, has been closed.
import * as pagefind from 'pagefind';

/** Throws when Pagefind reports any error, so a broken index fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

/**
 * Indexes the built site with Pagefind's Node API in `astro:build:done`, writing the index to
 * `<outDir>/pagefind/`, so `astro build` alone produces a searchable site.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'streams-compared:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          assertNoErrors('writeFiles', written.errors);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${added.page_count} pages in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
