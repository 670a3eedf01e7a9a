import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Three groups: `unit` (pure logic in src/ and the schemas), `content` (fixture content sets
 * built with Astro, each expected to fail with a message naming file and field, and builds of the
 * real content), and `build` (checks over the built dist/, so `npm run build` must run first).
 *
 * A content build keeps about one core busy, so the content tests run as many builds at once as
 * there are cores (at least two): on two cores 2 and 3 were equally fast, 4 slower, 1 slowest.
 */
export default getViteConfig(
  defineConfig({
    test: {
      reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'content',
            include: ['tests/content/**/*.test.ts'],
            testTimeout: 120_000,
            maxConcurrency: Math.max(2, availableParallelism()),
          },
        },
        { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      ],
    },
  }),
);
