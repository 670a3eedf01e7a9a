import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Writes a Markdown tree as GitHub-flavoured Markdown (tables included), in one fixed style. */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    // Tables unpadded: columns aligned with spaces would add bytes and nothing for a reader of the text.
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
  });
}
