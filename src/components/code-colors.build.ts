import type { Plugin } from 'vite';
import { codeColoursCss } from './code-colors';
import { codeThemes } from './code-themes';

/** The module the site's stylesheet imports for the code colour classes. */
const moduleId = 'virtual:code-colors.css';
const resolvedId = `\0${moduleId}`;

/**
 * Serves the code colour rules (code-colors.ts) as a stylesheet module, generated from the theme
 * files when the build starts, so they join the site's one stylesheet like any other CSS file.
 */
export function codeColorsStylesheet(): Plugin {
  return {
    name: 'streams-compared:code-colors',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? codeColoursCss(codeThemes) : undefined),
  };
}
