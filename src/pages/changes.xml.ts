import type { APIRoute } from 'astro';
import { affectedPlaces } from '../changes/affects';
import { atomFeed } from '../changes/atom-feed';
import { loadContent } from '../data/site-content';
import { pageMeta } from '../data/site-pages';
import { absoluteUrl, changeEntryPath, changesFeedPath, changesPath } from '../routes';
import { siteName, tagAuthority } from '../site';

/** The change log as Atom; <link rel="alternate"> on every page points here. */
export const GET: APIRoute = async ({ site }) => {
  const content = await loadContent();
  const meta = await pageMeta(changesPath);
  const xml = atomFeed({
    log: content.log,
    title: `${siteName}: ${meta.title}`,
    subtitle: meta.description,
    tagAuthority,
    url: (path) => absoluteUrl(path, site),
    paths: { log: changesPath, feed: changesFeedPath, entry: changeEntryPath },
    author: siteName,
    factText: content.factText,
    source: (id) => {
      const source = content.sources.get(id);
      if (!source) throw new Error(`changes feed: unknown source "${id}"`);
      return { title: source.data.title, url: source.data.url };
    },
    affects: (entry) => affectedPlaces(entry, content),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
