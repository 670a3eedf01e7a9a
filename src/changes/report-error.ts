/**
 * "Report an error" links: a mailto: link, or a link to a form that takes `title` and `body`,
 * prefilled with the page and the section's address, so a report arrives already placed.
 */
import { defaultReportAddress } from '../site';

const email = /^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i;

/**
 * The address reports go to: `REPORT_ERRORS_TO` when set, else the site's default. Anything that is
 * neither an e-mail address nor an https URL fails the build, naming the variable.
 */
export function reportAddress(env: Record<string, string | undefined> = process.env): string {
  const address = env['REPORT_ERRORS_TO'] || defaultReportAddress;
  if (!email.test(address) && !/^https:\/\/[^\s]+$/.test(address)) {
    throw new Error(`REPORT_ERRORS_TO must be an e-mail address or an https:// URL, not "${address}"`);
  }
  return address;
}

export interface ErrorReport {
  /** The page's title. */
  readonly page: string;
  /** The absolute URL of the section; its fragment names the section. */
  readonly url: string;
}

/**
 * The link that opens a report about one section, prefilled with where the error is. Only the
 * section's address differs between the links of a page (the rest compresses to nothing), since a
 * long article has one per section.
 */
export function reportErrorHref(address: string, report: ErrorReport): string {
  const title = `Error in “${report.page}”`;
  const body = `Section: ${report.url}\n\nWhat the page says:\n\nWhat it should say, and the source that says so:\n`;
  if (email.test(address)) {
    // RFC 6068: the query is percent-encoded; URLSearchParams would write spaces as "+", which mail clients show literally.
    return `mailto:${address}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(address);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}
