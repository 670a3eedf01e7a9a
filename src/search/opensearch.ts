/** What the OpenSearch description needs to know about the site. */
export interface OpenSearchSite {
  /** Absolute origin (and base) of the site, e.g. "https://streams-compared.dev/". */
  readonly siteUrl: string;
  /** The browser's name for the search engine: 16 characters at most. */
  readonly shortName: string;
  readonly description: string;
  /** Path of the search page and its query parameter. */
  readonly searchPath: string;
  readonly queryParam: string;
  readonly iconPath: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An OpenSearch 1.1 description, which lets browsers add the site as a search engine for the
 * address bar. Its URL template must be absolute, so it is built from the site's configured URL.
 */
export function openSearchDescription(site: OpenSearchSite): string {
  const searchPage = new URL(site.searchPath, site.siteUrl).href;
  const template = `${searchPage}?${site.queryParam}={searchTerms}`;
  const icon = new URL(site.iconPath, site.siteUrl).href;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    `  <ShortName>${escapeXml(site.shortName.slice(0, 16))}</ShortName>`,
    `  <Description>${escapeXml(site.description)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image type="image/svg+xml">${escapeXml(icon)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    `  <moz:SearchForm>${escapeXml(searchPage)}</moz:SearchForm>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
