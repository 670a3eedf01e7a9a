import { absoluteUrl } from '../routes';

/** The media type of every Markdown copy. */
export const markdownType = 'text/markdown; charset=utf-8';

/** A Markdown copy as an endpoint's response. */
export const markdownResponse = (body: string): Response => new Response(body, { headers: { 'content-type': markdownType } });

/** Absolute URLs on the published site (`site` from the endpoint's context). */
export const urlsOn =
  (site: URL | undefined) =>
  (path: string): string =>
    absoluteUrl(path, site);
