import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import CodeBlock from '../../../src/components/CodeBlock.astro';

it('highlights code held in data with a colour class per theme on each token and no inline style', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(CodeBlock, { props: { code: 'linger.ms=0', lang: 'properties' } });
  expect(html).toContain('data-language="properties"');
  // Both themes' colours, as classes: the theme switch in CSS decides which applies.
  expect(html).toMatch(/<span class="cl-[0-9a-f]{6} cd-[0-9a-f]{6}">linger\.ms<\/span>/);
  // A token in the block's own colour is plain text of its line.
  expect(html).toContain('linger.ms</span>=0</span>');
  expect(html).toMatch(/<pre class="astro-code[^"]*github-dark-default"/);
  expect(html).not.toContain('style=');
});
