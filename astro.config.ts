import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeDefaultColor, codeThemes } from './src/lib/code-themes';
import { defaultSiteUrl } from './src/lib/site';
import pagefind from './src/integrations/pagefind';

export default defineConfig({
  site: process.env['SITE_URL'] || defaultSiteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A separate cache folder lets tests build fixture content without touching the real build's cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  ...(process.env['ASTRO_OUT_DIR'] ? { outDir: process.env['ASTRO_OUT_DIR'] } : {}),
  markdown: {
    shikiConfig: { themes: codeThemes, defaultColor: codeDefaultColor },
  },
  integrations: [mdx(), sitemap(), pagefind()],
  devToolbar: { enabled: false },
});
