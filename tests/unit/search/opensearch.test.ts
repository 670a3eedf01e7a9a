import { describe, expect, it } from 'vitest';
import { openSearchDescription } from '../../../src/search/opensearch';

const site = 'https://example.org/docs/';

describe('openSearchDescription', () => {
  it('gives browsers an absolute search URL template and an escaped, short name', () => {
    const xml = openSearchDescription({
      shortName: 'Streams & Compared site',
      description: 'Search <everything>',
      searchPageUrl: `${site}search/`,
      queryParam: 'q',
      iconUrl: `${site}favicon.svg`,
    });
    expect(xml).toContain('template="https://example.org/docs/search/?q={searchTerms}"');
    expect(xml).toContain('<ShortName>Streams &amp; Compar</ShortName>');
    expect(xml).toContain('<Description>Search &lt;everything&gt;</Description>');
    expect(xml).toContain('<Image type="image/svg+xml">https://example.org/docs/favicon.svg</Image>');
  });
});
