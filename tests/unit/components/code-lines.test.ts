import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeLineCount } from '../../../src/components/code-lines';

describe('codeLineCount', () => {
  it('gives the block its number of lines as an attribute, not a style', async () => {
    const html = await codeToHtml('a=1\nb=2\nc=3', { lang: 'properties', theme: 'github-light-default', transformers: [codeLineCount] });
    expect(html).toMatch(/<pre [^>]*data-lines="3"/);
  });
});
