import type { APIRoute } from 'astro';
import { loadContent } from '../data/site-content';
import { pageMeta } from '../data/site-pages';
import { glossaryCopy } from '../markdown-copy/page-copies';
import { markdownResponse, urlsOn } from '../markdown-copy/response';
import { glossaryPath } from '../routes';

/** /glossary.md: the glossary as Markdown (src/markdown-copy/). */
export const GET: APIRoute = async ({ site }) =>
  markdownResponse(glossaryCopy(await pageMeta(glossaryPath), await loadContent(), urlsOn(site)));
