import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { atomFeed, tagUri } from '../../../src/changes/atom-feed';
import { changeLog } from '../../../src/changes/change-log';
import { entries, releases } from './sample-log';

const log = changeLog(entries, releases);
const feed = (origin: string) =>
  atomFeed({
    log,
    title: 'Changes',
    subtitle: 'What moved',
    tagAuthority: 'example.org,2026',
    url: (path) => new URL(path, origin).href,
    paths: { log: '/changes/', feed: '/changes.xml', entry: (id) => `/changes/#${id}` },
    author: 'Site',
    factText: (id) => `<${id}>`,
    source: () => ({ title: 'A & B', url: 'https://kafka.apache.org/44/' }),
    affects: () => [{ path: '/a/#s', text: 'A: S' }],
  });

describe('atom feed', () => {
  it('parses as Atom with every entry, absolute links and the newest date as its own', () => {
    const parsed = parseAtomFeed(feed('https://example.org'));
    expect(parsed.id).toBe('tag:example.org,2026:changes');
    expect(parsed.updated).toBe('2026-11-30T00:00:00.000Z');
    expect(parsed.entries?.map((e) => e.id)).toEqual(log.map((e) => tagUri('example.org,2026', e.id)));
    for (const entry of parsed.entries ?? []) {
      expect(entry.links?.[0]?.href).toMatch(/^https:\/\/example\.org\/changes\/#/);
      expect(entry.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(parsed.entries?.[1]?.title).toEqual({ type: 'html', value: 'Kafka 4.2: A change in kafka-4-2' });
    expect(JSON.stringify(parsed.entries?.[0]?.content)).toContain('<strong>The page said:</strong>');
  });

  it('keeps entry ids when the site moves to another address', () => {
    const ids = (xml: string) => parseAtomFeed(xml).entries?.map((e) => e.id);
    expect(ids(feed('https://mirror.example.net/docs/'))).toEqual(ids(feed('https://example.org')));
  });
});
