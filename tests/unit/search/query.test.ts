import { describe, expect, it } from 'vitest';
import { normalizeQuery, readSearchState, searchStateUrl, searchTerms } from '../../../src/search/query';

describe('searchTerms', () => {
  it('expands the nicknames readers type and drops words that carry no topic', () => {
    expect(searchTerms('  is KStreams   micro batch ')).toBe('kafka streams micro batch');
    expect(searchTerms('which has lower latency')).toBe('lower latency');
    expect(searchTerms('kstreams k8s')).toBe('kafka streams kubernetes');
  });

  it('keeps the "what" of a definition question, which the pages that define a thing ask too', () => {
    expect(searchTerms('what is rtm')).toBe('what real-time mode');
    expect(searchTerms('What are standby replicas')).toBe('What standby replicas');
    expect(searchTerms('what happens to late records')).toBe('happens late records');
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
