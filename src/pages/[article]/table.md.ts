import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type ComparisonEntry } from '../../data/site-content';
import { pageMeta } from '../../data/site-pages';
import { tableCopy } from '../../markdown-copy/page-copies';
import { markdownResponse, urlsOn } from '../../markdown-copy/response';
import { tablePath } from '../../routes';

/** /<article>/table.md: the side-by-side table as Markdown (src/markdown-copy/). */
export const getStaticPaths = (async () => {
  const { comparisons } = await loadContent();
  return comparisons.map((table) => ({ params: { article: table.data.article }, props: { table } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: ComparisonEntry }> = async ({ props, site }) => {
  const { table } = props;
  return markdownResponse(tableCopy(table, await pageMeta(tablePath(table.data.article)), await loadContent(), urlsOn(site)));
};
