/**
 * The change log as an Atom feed (RFC 4287), written with the `feed` package. Entry ids are `tag:`
 * URIs (RFC 4151) on a fixed authority, so they survive a move of the site; every link is absolute.
 */
import { Feed } from 'feed';
import { cellHtml } from '../facts/cell-html';
import { escapeXml } from '../lib/escape-xml';
import type { LoggedEntry } from './change-log';
import { entryBody } from './entry-body';
import { releaseName } from './release-name';

export interface FeedInput {
  readonly log: readonly LoggedEntry[];
  readonly title: string;
  readonly subtitle: string;
  /** `streams-compared.dev,2026`: the tag URIs' authority and date. */
  readonly tagAuthority: string;
  /** Absolute URL of a site path (base included). */
  readonly url: (path: string) => string;
  readonly paths: {
    readonly log: string;
    readonly feed: string;
    readonly entry: (id: string) => string;
  };
  readonly author: string;
  readonly factText: (id: string) => string;
  /** A source's title and URL. */
  readonly source: (id: string) => { readonly title: string; readonly url: string };
  /** The pages an entry affects, as links (site paths) with their text. */
  readonly affects: (entry: LoggedEntry) => readonly { readonly path: string; readonly text: string }[];
}

/** `tag:streams-compared.dev,2026:changes/<id>`; the log itself is `…:changes`. */
export const tagUri = (authority: string, id?: string): string => [`tag:${authority}:changes`, ...(id ? [id] : [])].join('/');

/** The entry's title in the feed: the release or "Correction", then the headline. */
function feedTitle(entry: LoggedEntry, factText: (id: string) => string): string {
  return `${entry.kind === 'change' ? releaseName(entry.release) : 'Correction'}: ${cellHtml(entry.entry.title, factText)}`;
}

function entryHtml(entry: LoggedEntry, input: FeedInput): string {
  const body = entryBody(entry.entry).map(
    ({ lead, text }) => `<p>${lead ? `<strong>${lead}</strong> ` : ''}${cellHtml(text, input.factText)}</p>`,
  );
  const source = input.source(entry.entry.source);
  const affects = input.affects(entry);
  return [
    ...body,
    `<p>Source: <a href="${escapeXml(source.url)}">${escapeXml(source.title)}</a></p>`,
    ...(affects.length > 0
      ? [
          `<p>Affects:</p><ul>${affects.map((a) => `<li><a href="${escapeXml(input.url(a.path))}">${escapeXml(a.text)}</a></li>`).join('')}</ul>`,
        ]
      : []),
  ].join('');
}

/** The feed's XML. `updated` of the feed is its newest entry's date. */
export function atomFeed(input: FeedInput): string {
  const newest = input.log[0]?.date ?? new Date(0);
  const feed = new Feed({
    id: tagUri(input.tagAuthority),
    title: input.title,
    description: input.subtitle,
    link: input.url(input.paths.log),
    feedLinks: { atom: input.url(input.paths.feed) },
    updated: newest,
    author: { name: input.author, link: input.url('/') },
    generator: false,
  });
  for (const entry of input.log) {
    feed.addItem({
      id: tagUri(input.tagAuthority, entry.id),
      title: feedTitle(entry, input.factText),
      link: input.url(input.paths.entry(entry.id)),
      date: entry.date,
      published: entry.date,
      content: entryHtml(entry, input),
    });
  }
  return feed.atom1();
}
