import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { codeLineLimit, limitCodeWidth, overlongLines } from '../../../../src/build/markdown/code-width';

const render = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: [limitCodeWidth], fileURL: new URL('file:///site/content/articles/a.mdx') }).html;

describe('limitCodeWidth', () => {
  it('lets lines up to the limit through, counting characters, not bytes', () => {
    const fits = `${'x'.repeat(codeLineLimit - 1)}é`;
    expect(overlongLines(fits)).toEqual([]);
    expect(render(`\`\`\`java\n${fits}\n\`\`\``)).toContain(fits);
  });

  it('fails on a longer line, naming file, line and length', () => {
    const long = 'y'.repeat(codeLineLimit + 5);
    expect(() => render(`Text\n\n\`\`\`bash\nok\n${long}\n\`\`\``)).toThrow(
      /\/site\/content\/articles\/a\.mdx:5: code line of 81 characters \(limit 76\)/,
    );
  });
});
