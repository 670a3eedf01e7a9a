import type { ShikiTransformer } from 'shiki';

/**
 * Adds `data-lines="<n>"` to each highlighted block. The stylesheet lets the browser skip the
 * layout of code blocks outside the viewport (`content-visibility: auto`) and reserves their
 * height from this count, so a long article with many samples lays out fast and nothing shifts
 * when a block scrolls into view. (An attribute, not a style: the CSP allows no inline style.)
 */
export const codeLineCount: ShikiTransformer = {
  name: 'code-line-count',
  pre(node) {
    const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code');
    const lines = code?.type === 'element' ? code.children.filter((c) => c.type === 'element' && c.tagName === 'span').length : 0;
    node.properties['dataLines'] = String(lines);
  },
};
