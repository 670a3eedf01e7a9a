import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { whileIndexing } from './while-indexing';

/**
 * Gives the memory the build no longer uses back to the system while the search index is built.
 * Pagefind indexes in a process of its own, whose memory (about 0.8 GB at 1,000 pages) peaks when
 * it writes the index, so what this process still holds adds to it: after generating the pages and
 * checking them, the JavaScript heap keeps hundreds of megabytes of freed pages that V8 returns only
 * when it collects to reduce memory, which an idle process does some seconds later, too late for the
 * indexer's peak. Runs after the checks that read the pages (src/build/while-indexing.ts), while the
 * indexer still reads them.
 */
export default function releaseMemory(): AstroIntegration {
  return {
    name: 'streams-compared:release-memory',
    hooks: {
      'astro:build:done': ({ logger }) =>
        whileIndexing(() => {
          const before = process.memoryUsage.rss();
          // V8's own collection for low-memory situations, which also returns free pages to the system.
          setFlagsFromString('--expose-gc');
          const collect = runInNewContext('gc') as (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
          collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
          const mb = (bytes: number) => Math.round(bytes / 1e6);
          logger.info(`memory in use while indexing: ${mb(before)} → ${mb(process.memoryUsage.rss())} MB`);
        }),
    },
  };
}
