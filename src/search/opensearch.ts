import { escapeXml } from '../lib/escape-xml';

/** What the OpenSearch description needs to know about the site. */
export interface OpenSearchSite {
  /** The browser's name for the search engine: 16 characters at most. */
  readonly shortName: string;
  readonly description: string;
  /** Absolute URL of the search page, and its query parameter. */
  readonly searchPageUrl: string;
  readonly queryParam: string;
  readonly iconUrl: string;
}

/**
 * An OpenSearch 1.1 description, which lets browsers add the site as a search engine for the
 * address bar. Its URLs must be absolute.
 */
export function openSearchDescription(site: OpenSearchSite): string {
  const template = `${site.searchPageUrl}?${site.queryParam}={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    `  <ShortName>${escapeXml(site.shortName.slice(0, 16))}</ShortName>`,
    `  <Description>${escapeXml(site.description)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image type="image/svg+xml">${escapeXml(site.iconUrl)}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(template)}"/>`,
    `  <moz:SearchForm>${escapeXml(site.searchPageUrl)}</moz:SearchForm>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
