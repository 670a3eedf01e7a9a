import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeLineCount } from '../../../src/components/code-lines';

describe('codeLineCount', () => {
  it('adds the number of lines to the block style, after the styles Shiki sets', async () => {
    const html = await codeToHtml('a=1\nb=2\nc=3', { lang: 'properties', theme: 'github-light-default', transformers: [codeLineCount] });
    expect(html).toMatch(/<pre [^>]*style="[^"]*;--code-lines:3"/);
  });
});
