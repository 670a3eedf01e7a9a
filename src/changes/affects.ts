import { sectionLink } from '../data/section-link';
import type { SiteContent } from '../data/site-content';
import { tableRowPath, versionRowPath } from '../routes';
import type { LoggedEntry } from './change-log';

/** A place an entry affects: a site path (without the base) and the text its link shows. */
export interface AffectedPlace {
  readonly path: string;
  readonly text: string;
}

/**
 * What an entry touches, as links: its sections ("Page: Heading"), its table rows ("Table:
 * Dimension") and the version-matrix rows it sets. The log page and the feed show the same list.
 */
export function affectedPlaces(
  entry: LoggedEntry,
  content: Pick<SiteContent, 'section' | 'comparisons' | 'capabilities'>,
): AffectedPlace[] {
  const sections = entry.entry.sections.map((link) => {
    const [article = '', section = ''] = link.split('#');
    const found = sectionLink(content, article, section);
    return { path: found.path, text: `${found.page}: ${found.text}` };
  });
  const rows = entry.entry.rows.map((link) => {
    const [tableId = '', rowId = ''] = link.split('#');
    const table = content.comparisons.find((t) => t.id === tableId);
    const row = table?.data.rows.find((r) => r.id === rowId);
    return {
      path: tableRowPath(table?.data.article ?? tableId, rowId),
      text: `${table?.data.title ?? tableId}: ${row?.dimension ?? rowId}`,
    };
  });
  const matrix =
    entry.kind === 'change'
      ? Object.keys(entry.entry.matrix).map((id) => ({
          path: versionRowPath(id),
          text: `Which version do I need: ${content.capabilities.find((c) => c.id === id)?.data.label.replace(/`/g, '') ?? id}`,
        }))
      : [];
  return [...sections, ...rows, ...matrix];
}
