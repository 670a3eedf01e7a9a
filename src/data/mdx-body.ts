import { mdxToMdast } from 'satteri';
import { pinnedIdFromComment } from '../anchors/pinned-id.ts';
import { latencyFactIds } from '../latency/fact-ids.ts';

/**
 * What the site reads from an MDX body besides rendering it. The body is parsed once, with the
 * parser Astro renders it with, when content loads (src/data/site-content.ts); the FAQ page, the
 * article pages, the search records and the structured data all read the result.
 */

/** The part of a syntax-tree node the site reads (here and in src/markdown-copy/). */
export interface MdxNode {
  readonly type: string;
  readonly value?: string;
  readonly name?: string | null;
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[];
  readonly url?: string;
  readonly title?: string | null;
  readonly lang?: string | null;
  readonly alt?: string | null;
  readonly ordered?: boolean | null;
  readonly start?: number | null;
  readonly spread?: boolean | null;
  readonly checked?: boolean | null;
  readonly align?: readonly ('left' | 'right' | 'center' | null)[] | null;
  readonly depth?: number;
  readonly position?: { readonly start: { readonly line: number } };
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

/** Elements other than `<Fact>` that name a fact in an attribute: `<Callout versionFact="…">`. */
const factAttributes: Readonly<Record<string, string>> = { Callout: 'versionFact' };

/** The fact id an element names in an attribute (see factAttributes), or undefined. */
function attributeFactId(node: MdxNode): string | undefined {
  const attribute = node.name ? factAttributes[node.name] : undefined;
  if (attribute === undefined) return undefined;
  const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute)?.value;
  return typeof id === 'string' ? id : undefined;
}

/** Components that show facts of their own, without naming them in the MDX: `<LatencyExplainer />`. */
const componentFacts: Readonly<Record<string, readonly string[]>> = { LatencyExplainer: Object.values(latencyFactIds) };

/** Ids of every fact a tree cites (`<Fact id="…" />`, fact attributes, components' own facts), each once, in order of first use. */
export function factIdsIn(tree: MdxNode): string[] {
  const ids = new Set<string>();
  const visit = (node: MdxNode): void => {
    const id = factId(node) ?? attributeFactId(node);
    if (id !== undefined) ids.add(id);
    const own = node.type === 'mdxJsxFlowElement' && node.name ? componentFacts[node.name] : undefined;
    own?.forEach((f) => ids.add(f));
    node.children?.forEach(visit);
  };
  visit(tree);
  return [...ids];
}

/** A link written in a body: its target and the body line it is on (1 = the first line after the frontmatter). */
export interface BodyLink {
  readonly url: string;
  readonly line: number;
}

/** Every Markdown link and link definition in a tree, in document order. */
export function linksIn(tree: MdxNode): BodyLink[] {
  const links: BodyLink[] = [];
  const visit = (node: MdxNode): void => {
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return links;
}

/** A section heading (h2 or h3) whose id is pinned in the source with `{/* #id *\/}`. */
export interface PinnedHeading {
  readonly id: string;
  readonly depth: number;
  /** The heading as a reader sees it (facts as their text). */
  readonly text: string;
}

/** Every h2 and h3 with a pinned id, in document order. */
export function pinnedHeadingsIn(tree: MdxNode, factText: (id: string) => string): PinnedHeading[] {
  const headings: PinnedHeading[] = [];
  for (const node of tree.children ?? []) {
    if (node.type !== 'heading' || (node.depth !== 2 && node.depth !== 3)) continue;
    const pin = node.children?.find((c) => c.type === 'mdxTextExpression' && typeof c.value === 'string');
    const id = pin?.value === undefined ? undefined : pinnedIdFromComment(pin.value);
    if (id !== undefined) headings.push({ id, depth: node.depth, text: plainText(node, factText) });
  }
  return headings;
}

/** The `id` attribute of every element named one of `names` in a tree, each once, in order of first use. */
export function elementIdsIn(tree: MdxNode, names: readonly string[]): string[] {
  const ids = new Set<string>();
  const visit = (node: MdxNode): void => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && names.includes(node.name ?? '')) {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') ids.add(id);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return [...ids];
}

/** Ids of every `<Term id="…">` (a glossary link) in a tree. */
export const termIdsIn = (tree: MdxNode): string[] => elementIdsIn(tree, ['Term']);

/** Ids of the decisions a tree shows as a table (`<DecisionTable id="…">`) and as a guide (`<DecisionGuide id="…">`). */
export const decisionIdsIn = (tree: MdxNode) => ({
  tables: elementIdsIn(tree, ['DecisionTable']),
  guides: elementIdsIn(tree, ['DecisionGuide']),
});

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
