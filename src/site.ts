import path from 'node:path';

/** Site-wide constants that more than one page, layout or script reads. */

/** Public origin of the site; canonical URLs, the sitemap and Open Graph URLs are built on it. */
export const defaultSiteUrl = 'https://streams-compared.dev';

export const siteName = 'Streams Compared';

/** Folder (relative to the project root) that holds every content collection. */
export const defaultContentDir = 'content';

/**
 * The content folder, relative to the project root: `CONTENT_DIR` when set (tests build fixture
 * sets from temporary folders that way), else `content`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  const dir = env['CONTENT_DIR'] || defaultContentDir;
  return path.relative(cwd, path.resolve(cwd, dir)) || '.';
}
