import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, type ArticleEntry } from '../data/site-content';
import { pageMeta } from '../data/site-pages';
import { articleCopy } from '../markdown-copy/page-copies';
import { markdownResponse, urlsOn } from '../markdown-copy/response';
import { articlePath } from '../routes';

/** /<article>.md: the article as Markdown (src/markdown-copy/). */
export const getStaticPaths = (async () => {
  const { articles } = await loadContent();
  return articles.map((article) => ({ params: { article: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry }> = async ({ props, site }) => {
  const { article } = props;
  return markdownResponse(articleCopy(article, await pageMeta(articlePath(article.id)), await loadContent(), urlsOn(site)));
};
