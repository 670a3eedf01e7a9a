import { mdxToMdast } from 'satteri';

/**
 * What the site reads from an MDX body besides rendering it. The body is parsed once, with the
 * parser Astro renders it with, when content loads (src/data/site-content.ts); the FAQ page, the
 * article pages, the search records and the structured data all read the result.
 */

/** The part of a syntax-tree node this module reads. */
interface MdxNode {
  readonly type: string;
  readonly value?: string;
  readonly name?: string | null;
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly children?: readonly MdxNode[];
}

/** A body's syntax tree; throws with the parser's message (line:column and what it expected) on invalid MDX. */
export function parseMdx(body: string): MdxNode {
  return mdxToMdast(body) as unknown as MdxNode;
}

/** The fact id of a `<Fact id="…" />` element, or undefined for any other node. */
function factId(node: MdxNode): string | undefined {
  if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== 'Fact') return undefined;
  const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
  return typeof id === 'string' ? id : undefined;
}

/** Ids of every `<Fact id="…" />` in a tree, each once, in order of first use. */
export function factIdsIn(tree: MdxNode): string[] {
  const ids = new Set<string>();
  const visit = (node: MdxNode): void => {
    const id = factId(node);
    if (id !== undefined) ids.add(id);
    node.children?.forEach(visit);
  };
  visit(tree);
  return [...ids];
}

/** Nodes whose children are blocks: their texts are separated by a space ("one two", not "onetwo"). */
const blockParents = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'mdxJsxFlowElement', 'footnoteDefinition']);

/** Nodes that carry no reader-visible text: imports, exports and `{…}` expressions (comments, pinned ids). */
const silent = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'image',
  'imageReference',
  'definition',
  'yaml',
  'toml',
]);

/**
 * The text a reader sees, as one line: facts as the text they render as, link and emphasis text
 * kept, code kept as written; for structured data (JSON-LD) and search records.
 */
export function plainText(tree: MdxNode, factText: (id: string) => string): string {
  const text = (node: MdxNode): string => {
    const id = factId(node);
    if (id !== undefined) return factText(id);
    if (silent.has(node.type)) return '';
    if (node.type === 'break') return ' ';
    if (typeof node.value === 'string') return node.value;
    const parts = (node.children ?? []).map(text);
    return parts.join(blockParents.has(node.type) ? ' ' : '');
  };
  return text(tree).replace(/\s+/g, ' ').trim();
}
