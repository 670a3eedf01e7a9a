import type { RootContent } from 'mdast';
import { isoDate } from '../lib/format-date';
import { text, type CopyContext } from '../markdown-copy/mdx-to-mdast';
import { cellNodes, link, list, paragraph } from '../markdown-copy/nodes';
import { changeEntryPath, changesPath, versionsPath } from '../routes';
import { byRelease, parseProjects, recentChanges } from './change-log';
import { releaseName, releaseWhen } from './release-name';

/** `<RecentChanges>` in a Markdown copy: the same entries as the page, each linking its entry of the log. */
export function recentChangesNodes(projects: string | undefined, ctx: CopyContext, fail: (message: string) => Error): RootContent[] {
  let entries;
  try {
    entries = recentChanges(ctx.content.log, parseProjects(projects));
  } catch (error) {
    throw fail(error instanceof Error ? error.message : String(error));
  }
  return [
    list(
      byRelease(entries).map(({ release, entries: changes }) => [
        { type: 'strong', children: [text(releaseName(release))] },
        text(` (${releaseWhen(release, isoDate)}): `),
        ...changes.flatMap((e, i) => [
          ...(i > 0 ? [text(' ')] : []),
          link(ctx.url(changeEntryPath(e.id)), cellNodes(e.entry.title, ctx, fail)),
          text('.'),
        ]),
      ]),
    ),
    paragraph([
      text('Every entry, with the corrections, is in '),
      link(ctx.url(changesPath), [text('what changed')]),
      text('. Which release line brings a capability: '),
      link(ctx.url(versionsPath), [text('which version do I need')]),
      text('.'),
    ]),
  ];
}
