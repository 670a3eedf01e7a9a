import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeColorsStylesheet } from './src/components/code-colors.build';
import { codeDefaultColor, codeThemes, codeTransformers } from './src/components/code-themes';
import { contentDir, contentFiles } from './src/data/content-layout';
import { defaultSiteUrl } from './src/site';
import anchorLock from './src/anchors/anchor-lock.build';
import releaseMemory from './src/build/release-memory';
import securityHeaders from './src/build/security-headers';
import { checksDone } from './src/build/while-indexing';
import shareCards from './src/page-meta/share-cards.build';
import siteChecks from './src/build/site-checks';
import pagefind from './src/search/pagefind.build';
import { baseLinks } from './src/build/markdown/base-links';
import { requireCodeLanguage } from './src/build/markdown/code-languages';
import { limitCodeWidth } from './src/build/markdown/code-width';
import { pinnedHeadingIds } from './src/anchors/pinned-heading-ids.build';

// Set BASE_PATH to serve the site under a sub-path ("/docs/"); every internal link follows it.
const base = process.env['BASE_PATH'] || '/';

export default defineConfig({
  base,
  site: process.env['SITE_URL'] || defaultSiteUrl,
  trailingSlash: 'always',
  // Stylesheets always as files: the CSP allows styles from the site's own files only. Two pages at a
  // time: while one page's files are written the next renders (at 1,000 articles the one-at-a-time
  // generation waited on writes a quarter of the time; two cut it by a tenth).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // A separate cache folder lets tests build fixture content without touching the real build's cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  ...(process.env['ASTRO_OUT_DIR'] ? { outDir: process.env['ASTRO_OUT_DIR'] } : {}),
  markdown: {
    processor: satteri({ mdastPlugins: [requireCodeLanguage, limitCodeWidth], hastPlugins: [pinnedHeadingIds, baseLinks(base)] }),
    shikiConfig: { themes: codeThemes, defaultColor: codeDefaultColor, transformers: codeTransformers },
  },
  // Order matters: a vanished public id is reported as such before the link check sees the broken links.
  // The checks and the memory release run while Pagefind indexes; checksDone waits for them (src/build/while-indexing.ts).
  integrations: [
    mdx(),
    sitemap(),
    shareCards(),
    anchorLock({ lockFile: `${contentDir()}/${contentFiles.anchorLock}` }),
    siteChecks(),
    securityHeaders(),
    releaseMemory(),
    pagefind(),
    checksDone(),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [codeColorsStylesheet()],
    build: {
      rollupOptions: {
        // Astro marks each MDX module with its own head-injection directive, which the bundler
        // reports once per file although Astro handles it; every other warning still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
