import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { requireCodeLanguage } from '../../../../src/build/markdown/code-languages';

const render = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: [requireCodeLanguage], fileURL: new URL('file:///site/content/articles/a.mdx') }).html;

describe('requireCodeLanguage', () => {
  it('lets a fenced block that names its language through', () => {
    expect(render('Set it:\n\n```properties\nlinger.ms=5\n```\n\nand `inline` code')).toMatchInlineSnapshot(`
      "<p>Set it:</p>
      <pre><code class="language-properties">linger.ms=5
      </code></pre>
      <p>and <code>inline</code> code</p>
      "
    `);
  });

  it('fails on a fenced block without a language, naming file and line', () => {
    expect(() => render('Text\n\n```\nlinger.ms=5\n```')).toThrowErrorMatchingInlineSnapshot(
      `[Error: /site/content/articles/a.mdx:3: code block without a language; write \`\`\`java, \`\`\`python, \`\`\`properties, \`\`\`bash …]`,
    );
  });
});
