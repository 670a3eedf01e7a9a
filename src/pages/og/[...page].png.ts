import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { createRequire } from 'node:module';
import { sitePages, type PageMeta } from '../../data/site-pages';
import { shareCardSvg } from '../../page-meta/share-card';
import { homePath, shareCardName } from '../../routes';
import { siteName } from '../../site';

const require = createRequire(import.meta.url);
// TTF files (resvg cannot read WOFF); loaded from the package so every machine renders the same pixels.
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`),
);

export const getStaticPaths = (async () => {
  const pages = await sitePages();
  return pages.map((page) => ({ params: { page: shareCardName(page.path) }, props: { page } }));
}) satisfies GetStaticPaths;

/** One share card per page, rendered at build time; no image service at run time. */
export const GET: APIRoute<{ page: PageMeta }> = ({ props }) => {
  const { page } = props;
  const svg = shareCardSvg({
    site: siteName,
    title: page.path === homePath ? 'Kafka Streams or Spark Structured Streaming?' : page.title,
    subtitle: page.description,
  });
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
