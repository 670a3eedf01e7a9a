import { describe, expect, it } from 'vitest';
import { reportAddress, reportErrorHref } from '../../../src/changes/report-error';

const report = { page: 'Kafka Streams vs Spark & Flink', url: 'https://example.org/a/#latency' };

describe('report an error', () => {
  it("prefills a mailto: link with the page and the section's address", () => {
    const href = reportErrorHref('fix@example.org', report);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fix@example.org');
    expect(href).not.toContain('+');
    expect(decodeURIComponent(url.searchParams.get('subject') ?? '')).toBe('Error in “Kafka Streams vs Spark & Flink”');
    expect(url.searchParams.get('body')).toContain('Section: https://example.org/a/#latency');
  });

  it('prefills a form address with title and body parameters', () => {
    const url = new URL(reportErrorHref('https://github.com/org/site/issues/new', report));
    expect(url.searchParams.get('title')).toBe('Error in “Kafka Streams vs Spark & Flink”');
    expect(url.searchParams.get('body')).toContain('https://example.org/a/#latency');
  });

  it('takes the address from REPORT_ERRORS_TO and refuses anything else than an e-mail address or https URL', () => {
    expect(reportAddress({})).toMatch(/@/);
    expect(reportAddress({ REPORT_ERRORS_TO: 'https://example.org/report' })).toBe('https://example.org/report');
    expect(() => reportAddress({ REPORT_ERRORS_TO: 'http://example.org' })).toThrow(/REPORT_ERRORS_TO must be/);
  });
});
