import type { ShikiTransformer } from 'shiki';

/**
 * Wraps each highlighted block in `<div class="code-frame">`, the positioned box the copy button
 * (client/copy-code.ts) is placed in. The button cannot sit in the <pre> itself, which scrolls
 * sideways on narrow screens and would carry the button away with the code.
 */
export const codeFrame: ShikiTransformer = {
  name: 'code-frame',
  root(root) {
    return {
      ...root,
      children: [{ type: 'element', tagName: 'div', properties: { class: 'code-frame' }, children: root.children as never }],
    };
  },
};
