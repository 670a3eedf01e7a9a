import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

/**
 * Three groups: `unit` (pure logic in src/lib and the schemas), `content` (fixture content sets
 * built with Astro, each expected to fail with a message naming file and field), and `build`
 * (checks over the built dist/, so `npm run build` must run first).
 */
export default getViteConfig(defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
}));
