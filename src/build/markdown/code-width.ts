import { defineMdastPlugin } from 'satteri';

/**
 * The longest code line the article column shows without sideways scrolling: at 1280 px the
 * column holds about 76 characters of the code font (tests/e2e/article.spec.ts measures it).
 */
export const codeLineLimit = 76;

/** Lines of a code block longer than the limit, as [line index within the block, length]. */
export function overlongLines(code: string, limit = codeLineLimit): [number, number][] {
  return code.split('\n').flatMap((line, i): [number, number][] => ([...line].length > limit ? [[i, [...line].length]] : []));
}

/**
 * Every line of a fenced code block must fit the column: readers copy these snippets, and a line
 * cut off mid-call hides the part that matters. A longer line fails the build, naming file and line.
 */
export const limitCodeWidth = defineMdastPlugin({
  name: 'limit-code-width',
  options: { position: true },
  code(node, ctx) {
    const long = overlongLines(node.value);
    if (long.length === 0) return;
    const file = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : 'an MDX file';
    const first = (node.position?.start.line ?? 0) + 1;
    const lines = long.map(([i, length]) => `${file}:${first + i}: code line of ${length} characters (limit ${codeLineLimit})`);
    throw new Error(`${lines.join('\n')}\nWrap it as the language's style guide does (shell lines with \\).`);
  },
});
