import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapPath } from '../routes';

/** robots.txt: everything may be crawled; the sitemap is announced with its absolute URL. */
export const GET: APIRoute = ({ site }) => {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapPath, site)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
