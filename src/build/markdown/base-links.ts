import { defineHastPlugin } from 'satteri';
import { withBase } from '../../routes';

/** Root-relative links in Markdown and MDX ("/faq/#id") are prefixed with the site's base path. */
export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && href.startsWith('/')) ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
  });
}
