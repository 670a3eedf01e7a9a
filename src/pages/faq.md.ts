import type { APIRoute } from 'astro';
import { loadContent } from '../data/site-content';
import { pageMeta } from '../data/site-pages';
import { faqCopy } from '../markdown-copy/page-copies';
import { markdownResponse, urlsOn } from '../markdown-copy/response';
import { faqPath } from '../routes';

/** /faq.md: the FAQ as Markdown (src/markdown-copy/). */
export const GET: APIRoute = async ({ site }) => markdownResponse(faqCopy(await pageMeta(faqPath), await loadContent(), urlsOn(site)));
