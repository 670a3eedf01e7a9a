import { describe, expect, it } from 'vitest';
import { highlightPattern, matchRanges, termStem } from '../../src/search/highlight-terms';
import { openSearchDescription } from '../../src/search/opensearch';
import { normalizeQuery, readSearchState, searchStateUrl, searchTerms } from '../../src/search/query';
import { statusText } from '../../src/search/status';

describe('searchTerms', () => {
  it('expands the nicknames readers type and drops words that carry no topic', () => {
    expect(searchTerms('  is KStreams   micro batch ')).toBe('kafka streams micro batch');
    expect(searchTerms('what is rtm')).toBe('real-time mode');
    expect(searchTerms('kstreams k8s')).toBe('kafka streams kubernetes');
  });

  it('keeps the words of a query made only of common words', () => {
    expect(searchTerms('what is it')).toBe('what is it');
  });
});

describe('search state in the URL', () => {
  it('reads the query and known facet values, ignoring unknown ones', () => {
    expect(readSearchState('?q=exactly++once&type=FAQ&topic=Nonsense')).toEqual({ query: 'exactly once', filters: { type: 'FAQ' } });
    expect(readSearchState('')).toEqual({ query: '', filters: {} });
  });

  it('writes a URL that reads back to the same state', () => {
    const state = { query: 'grace period', filters: { type: 'Table row' } };
    const url = searchStateUrl(state);
    expect(url).toBe('/search/?q=grace+period&type=Table+row');
    expect(readSearchState(url.slice(url.indexOf('?')))).toEqual(state);
    expect(searchStateUrl({ query: '  ', filters: {} })).toBe('/search/');
  });

  it('normalizes space', () => {
    expect(normalizeQuery(' a \t b  ')).toBe('a b');
  });
});

describe('statusText', () => {
  const base = { query: 'linger', searched: 'linger', corrected: false, total: 3, shown: 3, filtered: false };
  it('says how many results there are, for what, and how many are shown', () => {
    expect(statusText(base)).toBe('3 results for “linger”.');
    expect(statusText({ ...base, total: 1, shown: 1 })).toBe('1 result for “linger”.');
    expect(statusText({ ...base, total: 12, shown: 8 })).toBe('12 results for “linger”. Showing the first 8.');
    expect(statusText({ ...base, total: 0, shown: 0, filtered: true })).toBe('No results for “linger” with these filters.');
  });

  it('says when a misspelt word was replaced', () => {
    expect(statusText({ ...base, query: 'lingr', corrected: true })).toBe('No match for “lingr”; 3 results for “linger”.');
  });
});

describe('highlighting searched words on the landing page', () => {
  it('matches page words that start with a term, across punctuation and after an ending is dropped', () => {
    const pattern = highlightPattern(['microbatch', 'batches']);
    expect(termStem('Batches')).toBe('batch');
    const text = 'A micro-batch engine runs batches; batch size';
    expect(matchRanges(text, pattern!).map(([a, b]) => text.slice(a, b))).toEqual(['micro-batch', 'batches', 'batch']);
  });

  it('does not match inside a word, and has no pattern for no usable terms', () => {
    const pattern = highlightPattern(['stream']);
    expect(matchRanges('upstream streams', pattern!).length).toBe(1);
    expect(highlightPattern(['', 'a'])).toBeUndefined();
  });
});

describe('openSearchDescription', () => {
  it('gives browsers an absolute search URL template and an escaped, short name', () => {
    const xml = openSearchDescription({
      siteUrl: 'https://example.org/docs/',
      shortName: 'Streams & Compared site',
      description: 'Search <everything>',
      searchPath: 'search/',
      queryParam: 'q',
      iconPath: 'favicon.svg',
    });
    expect(xml).toContain('template="https://example.org/docs/search/?q={searchTerms}"');
    expect(xml).toContain('<ShortName>Streams &amp; Compar</ShortName>');
    expect(xml).toContain('<Description>Search &lt;everything&gt;</Description>');
    expect(xml).toContain('<Image type="image/svg+xml">https://example.org/docs/favicon.svg</Image>');
  });
});
