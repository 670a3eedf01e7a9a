import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePages, type PageMeta } from '../../data/site-pages';
import { shareCardSvg } from '../../page-meta/share-card';
import { startShareCards, type Png } from '../../page-meta/share-card-renderer';
import { homePath, shareCardName } from '../../routes';
import { siteName } from '../../site';

const cardSvg = (page: PageMeta) =>
  shareCardSvg({
    site: siteName,
    title: page.path === homePath ? 'Kafka Streams or Spark Structured Streaming?' : page.title,
    subtitle: page.description,
  });

let shareCardPng: ((name: string) => Promise<Png>) | undefined;

// Astro asks every route for its paths before it renders any page: every card starts rendering here,
// on all cores, while the pages before the cards are generated.
export const getStaticPaths = (async () => {
  const pages = await sitePages();
  const cards = pages.map((page) => ({ name: shareCardName(page.path), svg: cardSvg(page) }));
  shareCardPng = startShareCards(cards);
  return cards.map(({ name }) => ({ params: { page: name } }));
}) satisfies GetStaticPaths;

/** One share card per page, rendered at build time (or taken from the cache of an earlier build); no image service at run time. */
export const GET: APIRoute = async ({ params }) => {
  if (!shareCardPng) throw new Error('share cards: GET before getStaticPaths');
  const png = await shareCardPng(params['page'] ?? '');
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
