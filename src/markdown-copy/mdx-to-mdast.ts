import type { BlockContent, Heading, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxNode } from '../data/mdx-body';
import type { SiteContent } from '../data/site-content';

/**
 * Turns the syntax tree of an MDX body (src/data/mdx-body.ts, parsed once when content loads)
 * into plain Markdown syntax (mdast) that mdast-util-to-markdown can write: each MDX element
 * goes through its converter in `markdownConverters` (src/markdown-copy/converters.ts), site
 * links become absolute URLs of the HTML pages, and comments and imports vanish.
 */

/** The content a copy reads: facts, sources, glossary, tables, decisions and headings. */
export type CopyContent = Pick<
  SiteContent,
  'facts' | 'sources' | 'factText' | 'glossary' | 'comparisons' | 'decisions' | 'section' | 'log'
>;

/** What converting one body needs to know. */
export interface CopyContext {
  /** The file the body comes from; errors name it. */
  readonly file: string;
  /** The path of the HTML page the copy stands for ("/a/"); relative links resolve against it. */
  readonly pagePath: string;
  /** The absolute URL of a site path ("/faq/#x" → "https://…/faq/#x", with the base path). */
  readonly url: (path: string) => string;
  readonly content: CopyContent;
}

/** What a converter gets for one MDX element. */
export interface ConverterInput {
  /** The element's name, as written ("Fact"). */
  readonly name: string;
  /** Its attributes with literal values (`id="x"`); a bare attribute (`open`) has the value "". */
  readonly attributes: Readonly<Record<string, string>>;
  /** Its attributes whose values are expressions (`steps={3}`), as their source text. */
  readonly expressions: Readonly<Record<string, string>>;
  /** Its children, already converted. */
  readonly children: readonly RootContent[];
  readonly ctx: CopyContext;
  /** An error naming the file and the element, for a converter to throw. */
  readonly fail: (message: string) => Error;
}

/** Converts one MDX element into Markdown nodes: phrasing for an inline element, blocks or phrasing for a block one. */
export type MdxConverter = (input: ConverterInput) => RootContent[];

/** The converters by element name. */
export type ConverterRegistry = Readonly<Record<string, MdxConverter>>;

const phrasingTypes = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'html',
]);

/** Whether a node belongs inside a paragraph. */
export const isPhrasing = (node: RootContent): node is PhrasingContent => phrasingTypes.has(node.type);

/** Nodes for a phrasing position: paragraphs are unwrapped, other blocks are not allowed there. */
export function asPhrasing(nodes: readonly RootContent[], fail: (message: string) => Error): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (isPhrasing(node)) return [node];
    if (node.type === 'paragraph') return node.children;
    throw fail(`a ${node.type} cannot stand inside a line of text`);
  });
}

/** Nodes for a block position: runs of phrasing are wrapped in paragraphs. */
export function asBlocks(nodes: readonly RootContent[]): RootContent[] {
  const blocks: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(trimmed({ type: 'paragraph', children: run }));
    run = [];
  };
  for (const node of nodes) {
    if (isPhrasing(node)) run.push(node);
    else {
      flush();
      blocks.push(node);
    }
  }
  flush();
  return blocks;
}

/** A paragraph or heading without whitespace at its ends (left where a comment or pin was taken out). */
function trimmed<T extends Paragraph | Heading>(node: T): T {
  const children = [...node.children];
  const first = children[0];
  if (first?.type === 'text') children[0] = { ...first, value: first.value.trimStart() };
  const last = children.at(-1);
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.trimEnd() };
  return { ...node, children: children.filter((c) => c.type !== 'text' || c.value !== '') };
}

/** Plain text. */
export const text = (value: string): Text => ({ type: 'text', value });

/** `{/* … *\/}`: a comment (a pinned heading id is one), the only expression a body may hold. */
const isComment = (value: string | undefined) => value !== undefined && /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/** The absolute URL of a link written in a body: site paths (root-relative, relative, `#id`) become absolute, others stay. */
export function siteLink(url: string, ctx: CopyContext): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  const resolved = new URL(url, new URL(ctx.pagePath, 'https://site.invalid'));
  return ctx.url(resolved.pathname + resolved.search + resolved.hash);
}

/** Fields of a parsed node that Markdown output never needs. */
const dropped = new Set(['position', 'data', 'children', 'meta', 'attributes']);

function convertNode(node: MdxNode, ctx: CopyContext, converters: ConverterRegistry): RootContent[] {
  const where = (what: string) => `${ctx.file}${node.position ? `:${node.position.start.line}` : ''}: ${what}`;
  const children = () => (node.children ?? []).flatMap((child) => convertNode(child, ctx, converters));
  switch (node.type) {
    case 'mdxjsEsm':
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (isComment(node.value)) return [];
      throw new Error(where(`the expression {${node.value ?? ''}} has no Markdown form; only comments may stand in braces`));
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const element = `<${name || '>'}>`;
      const converter = Object.hasOwn(converters, name) ? converters[name] : undefined;
      if (!converter) {
        throw new Error(
          where(
            `the MDX element ${element} has no Markdown converter; register one in markdownConverters (src/markdown-copy/converters.ts)`,
          ),
        );
      }
      const attributes: Record<string, string> = {};
      const expressions: Record<string, string> = {};
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || a.name === undefined)
          throw new Error(where(`${element}: spread attributes have no Markdown form`));
        if (typeof a.value === 'string') attributes[a.name] = a.value;
        else if (a.value === null || a.value === undefined) attributes[a.name] = '';
        else expressions[a.name] = String((a.value as { value?: unknown }).value ?? '');
      }
      const fail = (message: string) => new Error(where(`${element}: ${message}`));
      const out = converter({ name, attributes, expressions, children: children(), ctx, fail });
      return node.type === 'mdxJsxFlowElement' ? asBlocks(out) : asPhrasing(out, fail);
    }
    case 'link':
    case 'definition':
    case 'image':
      return [
        { ...copyFields(node), url: siteLink(node.url ?? '', ctx), ...(node.children ? { children: children() } : {}) } as RootContent,
      ];
    case 'heading':
      return [
        trimmed({ type: 'heading', depth: node.depth as Heading['depth'], children: asPhrasing(children(), (m) => new Error(where(m))) }),
      ];
    case 'paragraph':
      return [trimmed({ type: 'paragraph', children: asPhrasing(children(), (m) => new Error(where(m))) })];
    default:
      return [{ ...copyFields(node), ...(node.children ? { children: children() } : {}) } as RootContent];
  }
}

/** A node's own fields (type, value, lang, url, …) without positions, parser data or children. */
function copyFields(node: MdxNode): Record<string, unknown> {
  return Object.fromEntries(Object.entries(node).filter(([key, value]) => !dropped.has(key) && value !== undefined));
}

/** The Markdown tree of an MDX body; throws naming file and element for anything without a Markdown form. */
export function mdxToMdast(tree: MdxNode, ctx: CopyContext, converters: ConverterRegistry): Root {
  return { type: 'root', children: asBlocks((tree.children ?? []).flatMap((child) => convertNode(child, ctx, converters))) };
}

/** Blocks inside a blockquote or list item must be flow content. */
export const blocks = (nodes: readonly RootContent[]): BlockContent[] => asBlocks(nodes) as BlockContent[];
