import { transformSync } from 'esbuild';
import source from './theme-init.js?raw';

/**
 * The theme script as every page inlines it in <head>: minified at build time, since it is sent
 * with each page, runs before the first paint and counts towards the script a page runs before
 * any interaction. The build hashes it for the Content-Security-Policy as emitted.
 */
export const themeScript = transformSync(source, { minify: true, target: 'es2022' }).code.trim();
