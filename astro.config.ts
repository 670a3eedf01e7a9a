import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeDefaultColor, codeThemes } from './src/lib/code-themes';
import { contentDir, defaultSiteUrl } from './src/lib/site';
import anchorLock from './src/integrations/anchor-lock';
import pagefind from './src/integrations/pagefind';
import { pinnedHeadingIds } from './src/markdown/pinned-heading-ids';

export default defineConfig({
  site: process.env['SITE_URL'] || defaultSiteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A separate cache folder lets tests build fixture content without touching the real build's cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  ...(process.env['ASTRO_OUT_DIR'] ? { outDir: process.env['ASTRO_OUT_DIR'] } : {}),
  markdown: {
    processor: satteri({ hastPlugins: [pinnedHeadingIds] }),
    shikiConfig: { themes: codeThemes, defaultColor: codeDefaultColor },
  },
  integrations: [mdx(), sitemap(), anchorLock({ lockFile: `${contentDir()}/anchors.lock.json` }), pagefind()],
  devToolbar: { enabled: false },
});
