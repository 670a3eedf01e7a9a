import { defineMdastPlugin } from 'satteri';

/**
 * Every fenced code block must name its language: it decides the highlighting, and readers copy
 * these snippets into real files. A block without one fails the build, naming file and line.
 */
export const requireCodeLanguage = defineMdastPlugin({
  name: 'require-code-language',
  options: { position: true },
  code(node, ctx) {
    if (node.lang) return;
    const file = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : 'an MDX file';
    const line = node.position?.start.line ?? '?';
    throw new Error(`${file}:${line}: code block without a language; write \`\`\`java, \`\`\`python, \`\`\`properties, \`\`\`bash …`);
  },
});
