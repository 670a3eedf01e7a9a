import type { APIRoute } from 'astro';
import { pageMeta, pagesWithCopies } from '../data/site-pages';
import { llmsTxt } from '../markdown-copy/llms-txt';
import { urlsOn } from '../markdown-copy/response';
import { homePath } from '../routes';
import { siteName } from '../site';

/** /llms.txt (llmstxt.org): the site's Markdown copies, articles first, then the reference pages. */
export const GET: APIRoute = async ({ site }) => {
  const url = urlsOn(site);
  const home = await pageMeta(homePath);
  const pages = await pagesWithCopies();
  const link = (p: (typeof pages)[number]) => ({ title: p.title, url: url(p.markdownCopy), description: p.description });
  const body = llmsTxt({
    title: siteName,
    summary: home.description,
    details:
      'Each link below is a Markdown copy of a page of the site, written from the same content at build time. ' +
      'Every default, limit and version in them links to its primary source, and every link to the site is absolute.',
    sections: [
      { name: 'Articles', links: pages.filter((p) => p.type === 'article').map(link) },
      { name: 'Reference', links: pages.filter((p) => p.type !== 'article').map(link) },
    ],
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
