import type { Root, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Handle, type Unsafe } from 'mdast-util-to-markdown';

/**
 * Text as the serializer writes it, escaping what could read as Markdown, but asking only the
 * escape rules whose character the text holds: a rule matches at its character, so the others
 * cannot apply, and running some forty patterns over every run of text was most of a page copy's
 * cost (a third of a millisecond per paragraph).
 */
const text: Handle = (node: Text, _parent, state, info) => {
  const all = state.unsafe;
  state.unsafe = all.filter((rule: Unsafe) => node.value.includes(rule.character));
  try {
    return state.safe(node.value, info);
  } finally {
    state.unsafe = all;
  }
};

/** Writes a Markdown tree as GitHub-flavoured Markdown (tables included), in one fixed style. */
export function serializeMarkdown(tree: Root): string {
  return toMarkdown(tree, {
    // Tables unpadded: columns aligned with spaces would add bytes and nothing for a reader of the text.
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    handlers: { text },
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
  });
}
