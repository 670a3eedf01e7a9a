import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../../../src/build/markdown/base-links';

const render = (markdown: string, base: string) => markdownToHtml(markdown, { hastPlugins: [baseLinks(base)] }).html;
const links = '[FAQ](/faq/#is-it) [Kafka docs](https://kafka.apache.org/) [here](#state) [relative](table/)';

describe('baseLinks', () => {
  it('puts the base path before root-relative links only', () => {
    expect(render(links, '/docs/')).toMatchInlineSnapshot(`
      "<p><a href="/docs/faq/#is-it">FAQ</a> <a href="https://kafka.apache.org/">Kafka docs</a> <a href="#state">here</a> <a href="table/">relative</a></p>
      "
    `);
  });

  it('leaves every link as written at the root', () => {
    expect(render(links, '/')).toMatchInlineSnapshot(`
      "<p><a href="/faq/#is-it">FAQ</a> <a href="https://kafka.apache.org/">Kafka docs</a> <a href="#state">here</a> <a href="table/">relative</a></p>
      "
    `);
  });
});
