import { codeFrame } from '../copy-code/code-frame';
import { codeLineCount } from './code-lines';

/**
 * The two Shiki themes used for every code block, from MDX fences and from data alike.
 * `defaultColor: false` makes Shiki emit CSS variables only (`--shiki-light`, `--shiki-dark`),
 * so switching the site theme swaps colours in CSS without re-rendering anything.
 */
export const codeThemes = {
  light: 'github-light-default',
  dark: 'github-dark-default',
} as const;

export const codeDefaultColor = false;

/** The transformers every code block goes through, from MDX fences and from data alike. */
export const codeTransformers = [codeLineCount, codeFrame];
