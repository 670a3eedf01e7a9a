/** Site-wide constants that more than one page, layout or script reads. */

/** Public origin of the site; canonical URLs, the sitemap and Open Graph URLs are built on it. */
export const defaultSiteUrl = 'https://streams-compared.dev';

export const siteName = 'Streams Compared';
