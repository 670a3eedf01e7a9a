import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import CodeBlock from '../../../src/components/CodeBlock.astro';

it('highlights code held in data with both themes as CSS variables', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(CodeBlock, { props: { code: 'linger.ms=0', lang: 'properties' } });
  expect(html).toContain('data-language="properties"');
  expect(html).toMatch(/--shiki-light:#[0-9a-f]{6}/i);
  expect(html).toMatch(/--shiki-dark:#[0-9a-f]{6}/i);
  // No default colour: the theme switch in CSS decides which variable applies.
  expect(html).not.toMatch(/<pre[^>]*style="[^"]*(?<!-)color:/);
});
