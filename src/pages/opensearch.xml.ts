import type { APIRoute } from 'astro';
import { openSearchDescription } from '../search/opensearch';
import { absoluteUrl, faviconPath, searchPath } from '../routes';
import { queryParam } from '../search/query';
import { siteName } from '../site';

/** /opensearch.xml, announced in every page's head, so browsers can search the site from the address bar. */
export const GET: APIRoute = ({ site }) => {
  const body = openSearchDescription({
    shortName: siteName,
    description: `Search ${siteName}: the Kafka Streams and Spark comparison, its FAQ and its table.`,
    searchPageUrl: absoluteUrl(searchPath, site),
    queryParam,
    iconUrl: absoluteUrl(faviconPath, site),
  });
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
