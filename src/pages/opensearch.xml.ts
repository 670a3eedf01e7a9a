import type { APIRoute } from 'astro';
import { openSearchDescription } from '../search/opensearch';
import { queryParam, searchPagePath } from '../search/query';
import { siteName } from '../site';

/** /opensearch.xml, announced in every page's head, so browsers can search the site from the address bar. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('opensearch.xml needs `site` in astro.config.ts: its search URL must be absolute');
  const body = openSearchDescription({
    siteUrl: new URL(import.meta.env.BASE_URL, site).href,
    shortName: siteName,
    description: `Search ${siteName}: the Kafka Streams and Spark comparison, its FAQ and its table.`,
    searchPath: searchPagePath.replace(/^\//, ''),
    queryParam,
    iconPath: 'favicon.svg',
  });
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
