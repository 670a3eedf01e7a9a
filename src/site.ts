/** Site-wide constants that more than one page, layout or script reads. */

/** Public origin of the site; canonical URLs, the sitemap and Open Graph URLs are built on it. */
export const defaultSiteUrl = 'https://streams-compared.dev';

export const siteName = 'Streams Compared';

/**
 * Authority and date of the change log's `tag:` URIs (RFC 4151). Fixed on purpose: an entry's id in
 * the feed must not change when the site moves to another address.
 */
export const tagAuthority = 'streams-compared.dev,2026';

/**
 * Where "Report an error" links send a report unless `REPORT_ERRORS_TO` says otherwise: an e-mail
 * address, or an https URL that takes `title` and `body` query parameters (a new-issue form).
 */
export const defaultReportAddress = 'corrections@streams-compared.dev';
