import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import { codeFrame } from '../copy-code/code-frame';
import { colourClass, colourClasses, themeColours, type CodeTheme } from './code-colors';
import { codeLineCount } from './code-lines';

/**
 * The two Shiki themes used for every code block, from MDX fences and from data alike, read from
 * their files so the stylesheet's colour classes (code-colors.ts) come from the same data.
 * `defaultColor: false` makes Shiki emit CSS variables only (`--shiki-light`, `--shiki-dark`),
 * so switching the site theme swaps colours in CSS without re-rendering anything.
 */
export const codeThemes = { light: githubLight, dark: githubDark } as const;

export const codeDefaultColor = false;

/** Every colour class the stylesheet defines. */
const colourClassNames = new Set(
  (['light', 'dark'] as const satisfies readonly CodeTheme[]).flatMap((theme) =>
    themeColours(codeThemes[theme]).map((colour) => colourClass(theme, colour)),
  ),
);

/** The transformers every code block goes through, from MDX fences and from data alike. */
export const codeTransformers = [codeLineCount, codeFrame, colourClasses(colourClassNames)];
