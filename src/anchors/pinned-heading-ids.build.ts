import { defineHastPlugin } from 'satteri';
import { pinnedIdFromComment } from './pinned-id';

/**
 * Lets an author pin a heading's public id in MDX with a comment expression after the text:
 * `## Latency: per-record vs micro-batch {/* #latency *\/}`. The comment renders nothing; this
 * plugin moves it into the heading's `id` before Astro's heading-id pass, which keeps an existing
 * id instead of slugging the text. Headings without a pin get the slug of their text.
 */
export const pinnedHeadingIds = defineHastPlugin({
  name: 'pinned-heading-ids',
  element: {
    filter: ['h2', 'h3', 'h4'],
    visit(node, ctx) {
      for (const child of node.children) {
        if (child.type !== 'mdxTextExpression') continue;
        const id = pinnedIdFromComment(child.value);
        if (id) {
          ctx.setProperty(node, 'id', id);
          ctx.removeNode(child);
        }
      }
    },
  },
});
