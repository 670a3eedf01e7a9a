import { cellFactIds } from '../facts/cell-markup';
import type { ChangeEntry } from '../schemas/change';
import type { LoggedEntry, LoggedRelease } from './change-log';

/** One paragraph of an entry's body: the field it comes from, its text (cell markup) and the bold lead it opens with, if any. */
export interface BodyParagraph {
  readonly field: 'what' | 'matters' | 'said' | 'says';
  readonly text: string;
  readonly lead?: string;
}

/**
 * An entry's body, as the log page and the feed both show it: what changed and why it matters, or
 * for a correction what the page said and what it says now.
 */
export function entryBody(entry: ChangeEntry): BodyParagraph[] {
  return entry.kind === 'change'
    ? [
        { field: 'what', text: entry.what },
        { field: 'matters', text: entry.matters, lead: 'Why it matters:' },
      ]
    : [
        { field: 'said', text: entry.said, lead: 'The page said:' },
        { field: 'says', text: entry.says, lead: 'It says now:' },
      ];
}

/** What a page that shows entries cites: the facts in their texts and fact lists, their sources, and the sources of the release lines. */
export function logCitations(entries: readonly LoggedEntry[], releases: readonly LoggedRelease[]) {
  const factIds = entries.flatMap(({ entry }) => [
    ...[entry.title, ...entryBody(entry).map((p) => p.text)].flatMap(cellFactIds),
    ...entry.facts,
  ]);
  const sourceIds = [...entries.map((e) => e.entry.source), ...releases.map((r) => r.source)];
  return { factIds: [...new Set(factIds)], sourceIds: [...new Set(sourceIds)] };
}
