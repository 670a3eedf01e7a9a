import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { codeDefaultColor, codeThemes } from './src/lib/code-themes';
import { contentFiles } from './src/lib/content-layout';
import { contentDir, defaultSiteUrl } from './src/lib/site';
import anchorLock from './src/integrations/anchor-lock';
import siteChecks from './src/integrations/site-checks';
import pagefind from './src/integrations/pagefind';
import { requireCodeLanguage } from './src/markdown/code-languages';
import { pinnedHeadingIds } from './src/markdown/pinned-heading-ids';

export default defineConfig({
  site: process.env['SITE_URL'] || defaultSiteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A separate cache folder lets tests build fixture content without touching the real build's cache.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  ...(process.env['ASTRO_OUT_DIR'] ? { outDir: process.env['ASTRO_OUT_DIR'] } : {}),
  markdown: {
    processor: satteri({ mdastPlugins: [requireCodeLanguage], hastPlugins: [pinnedHeadingIds] }),
    shikiConfig: { themes: codeThemes, defaultColor: codeDefaultColor },
  },
  // Order matters: a vanished public id is reported as such before the link check sees the broken links.
  integrations: [mdx(), sitemap(), anchorLock({ lockFile: `${contentDir()}/${contentFiles.anchorLock}` }), siteChecks(), pagefind()],
  devToolbar: { enabled: false },
});
