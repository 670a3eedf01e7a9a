import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../../src/markdown-copy/llms-txt';

describe('llms.txt', () => {
  it('writes the title, the summary, the details and one list per non-empty section', () => {
    const text = llmsTxt({
      title: 'Site',
      summary: 'What the site is,\nin one line.',
      details: 'More about it.',
      sections: [
        { name: 'Articles', links: [{ title: 'A [draft]', url: 'https://s.dev/a.md', description: 'About A.' }] },
        { name: 'Empty', links: [] },
        { name: 'Reference', links: [{ title: 'FAQ', url: 'https://s.dev/faq.md', description: 'Answers.' }] },
      ],
    });
    expect(text).toMatchInlineSnapshot(`
      "# Site

      > What the site is, in one line.

      More about it.

      ## Articles

      - [A \\[draft\\]](https://s.dev/a.md): About A.

      ## Reference

      - [FAQ](https://s.dev/faq.md): Answers.
      "
    `);
  });
});
