import type { Element, ElementContent } from 'hast';
import type { ShikiTransformer } from 'shiki';

/**
 * Code colours as classes instead of inline styles. Shiki writes the colours of both themes on
 * every token (`style="--shiki-light:#cf222e;--shiki-dark:#ff7b72"`), which the Content Security
 * Policy could only allow with `'unsafe-inline'` and which repeats ~50 bytes per token. Here each
 * colour of each theme becomes one class (`cl-cf222e`, `cd-ff7b72`) that sets the same custom
 * property, and the stylesheet holds one rule per colour, generated from the two theme files when
 * the build starts (code-colors.build.ts), so the rules exist before any code is highlighted.
 */

/** The theme a colour belongs to, as Shiki names its properties (`--shiki-light`, `--shiki-dark`). */
export type CodeTheme = 'light' | 'dark';

/** What the stylesheet needs of a theme file: its editor colours and its token colours. */
export interface ThemeColours {
  readonly colors?: Readonly<Record<string, string>> | undefined;
  readonly tokenColors?: readonly { readonly settings: { readonly foreground?: string | undefined } }[] | undefined;
}

const hex = (colour: string) => colour.trim().replace(/^#/, '').toLowerCase();

/** The class for one colour of one theme. */
export const colourClass = (theme: CodeTheme, colour: string) => `c${theme[0]}-${hex(colour)}`;

/** Every token colour a theme can give, lower-case and without duplicates. */
export function themeColours(theme: ThemeColours): string[] {
  const colours = (theme.tokenColors ?? []).flatMap(({ settings }) => (settings.foreground ? [settings.foreground] : []));
  const foreground = theme.colors?.['editor.foreground'];
  return [...new Set([...(foreground ? [foreground] : []), ...colours].map((c) => `#${hex(c)}`))];
}

/**
 * The stylesheet: a block's own colours (the themes' editor foreground and background) and one
 * rule per token colour, in the prose layer where the code block styles live.
 */
export function codeColoursCss(themes: Readonly<Record<CodeTheme, ThemeColours>>): string {
  const editor = (theme: CodeTheme, key: string) => {
    const colour = themes[theme].colors?.[key];
    if (!colour) throw new Error(`The ${theme} code theme has no ${key} colour`);
    return `#${hex(colour)}`;
  };
  const block =
    `pre.astro-code{--shiki-light:${editor('light', 'editor.foreground')};--shiki-dark:${editor('dark', 'editor.foreground')};` +
    `--shiki-light-bg:${editor('light', 'editor.background')};--shiki-dark-bg:${editor('dark', 'editor.background')}}`;
  const tokens = (['light', 'dark'] as const).flatMap((theme) =>
    themeColours(themes[theme]).map((colour) => `.${colourClass(theme, colour)}{--shiki-${theme}:${colour}}`),
  );
  return `@layer prose{${[block, ...tokens].join('')}}\n`;
}

/**
 * The classes for one of Shiki's style attributes. Its colours become classes; the block's own
 * colours and `overflow-x` are in the stylesheet already; font styles are dropped, as the site
 * never applied them. Anything else would silently lose its style, so it fails the build instead.
 */
export function styleClasses(style: string, known: ReadonlySet<string>): string[] {
  const classes: string[] = [];
  for (const declaration of style.split(';')) {
    const [property = '', value = ''] = declaration.split(':').map((part) => part.trim());
    const theme = /^--shiki-(light|dark)$/.exec(property)?.[1] as CodeTheme | undefined;
    if (!property || /^--shiki-(light|dark)-(bg|font-style|font-weight|text-decoration)$/.test(property) || property === 'overflow-x') {
      continue;
    }
    if (!theme) throw new Error(`Code highlighting emitted a style the stylesheet has no class for: "${declaration.trim()}"`);
    const name = colourClass(theme, value);
    if (!known.has(name))
      throw new Error(`Code highlighting emitted ${value} for the ${theme} theme, a colour its theme file does not list`);
    classes.push(name);
  }
  return classes;
}

/**
 * Replaces the `style` of every element of a highlighted block with classes (see styleClasses).
 * The block's own colours are the stylesheet's, so the <pre> takes no class, and a token in the
 * block's colour drops its <span> altogether, its text joining the line's (about half the tokens
 * of a typical sample).
 */
export function colourClasses(known: ReadonlySet<string>): ShikiTransformer {
  return {
    name: 'code-colour-classes',
    pre(pre) {
      const block = takeStyle(pre, known);
      pre.children = recolour(pre.children, block, known);
    },
  };
}

/** Removes an element's style and returns the classes it stood for, space-separated. */
function takeStyle(element: Element, known: ReadonlySet<string>): string {
  const style = element.properties['style'];
  delete element.properties['style'];
  return typeof style === 'string' ? styleClasses(style, known).join(' ') : '';
}

function recolour(nodes: ElementContent[], block: string, known: ReadonlySet<string>): ElementContent[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'element') return [node];
    node.children = recolour(node.children, block, known);
    const classes = takeStyle(node, known);
    if (!classes) return [node];
    if (classes === block && node.tagName === 'span' && Object.keys(node.properties).length === 0) return node.children;
    const current = node.properties['class'];
    const existing = Array.isArray(current) ? current.map(String) : typeof current === 'string' ? [current] : [];
    node.properties['class'] = [...existing, classes].join(' ');
    return [node];
  });
}
