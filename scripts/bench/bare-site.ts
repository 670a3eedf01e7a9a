/**
 * The floor the scale run compares our build with: a bare Astro + MDX site (Astro's default
 * configuration with the MDX integration and nothing else; a minimal page per article and one page
 * with every FAQ answer, as ours has) built from the bare copies of the synthetic content, then
 * indexed with the Pagefind CLI, as a site with no build hook of its own would be.
 */
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../paths.ts';
import { runMeasured, type MeasuredRun, type ProcessCost } from '../process-cost.ts';

/** The bare project's files. */
const files: Readonly<Record<string, string>> = {
  'package.json': JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': [
    "import mdx from '@astrojs/mdx';",
    "import { defineConfig } from 'astro/config';",
    '',
    'export default defineConfig({ integrations: [mdx()] });',
    '',
  ].join('\n'),
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    '',
    'export const collections = {',
    "  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }) }),",
    "  faq: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/faq' }) }),",
    '};',
    '',
  ].join('\n'),
  'src/pages/[slug].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    '',
    'export async function getStaticPaths() {',
    "  const articles = await getCollection('articles');",
    '  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));',
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="en">',
    '  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
    '  <body><main><h1>{entry.data.title}</h1><Content /></main></body>',
    '</html>',
    '',
  ].join('\n'),
  'src/pages/faq.astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    '',
    "const entries = await Promise.all((await getCollection('faq')).map(async (entry) => ({ entry, Content: (await render(entry)).Content })));",
    '---',
    '<html lang="en">',
    '  <head><meta charset="utf-8" /><title>FAQ</title></head>',
    '  <body><main><h1>FAQ</h1>{entries.map(({ entry, Content }) => <section><h2 id={entry.id}>{entry.data.question}</h2><Content /></section>)}</main></body>',
    '</html>',
    '',
  ].join('\n'),
};

export interface BareSite {
  /** The project folder. */
  readonly dir: string;
  /** Its content folder (articles/ and faq/), for scripts/bench/synthetic-content.ts to fill. */
  readonly contentDir: string;
}

/**
 * Writes the bare project into `dir` (a folder outside our project, so Vite finds no tsconfig or
 * package of ours above it). Its node_modules links each of our packages, so it builds with the
 * same Astro, MDX and Pagefind, while the caches Astro and Vite keep in node_modules/.astro and
 * node_modules/.vite stay the bare project's own.
 */
export function createBareSite(dir: string): BareSite {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const modules = path.join(root, 'node_modules');
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!name.startsWith('.') || name === '.bin') symlinkSync(path.join(modules, name), path.join(dir, 'node_modules', name), 'dir');
  }
  return { dir, contentDir: path.join(dir, 'content') };
}

/** What a step cost; throws with the last 40 lines of its output when it failed. */
function succeeded(step: string, run: MeasuredRun): MeasuredRun {
  if (run.status !== 0) throw new Error(`${step} failed (exit ${run.status}):\n${run.output.split('\n').slice(-40).join('\n')}`);
  return run;
}

/** Runs `astro build` and then `pagefind --site dist` in the bare project: the two steps' times added, the higher peak. */
export async function buildBareSite(site: BareSite): Promise<ProcessCost & { readonly pagefindSeconds: number }> {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const bin = (name: string) => path.join(site.dir, 'node_modules', '.bin', name);
  const astro = succeeded('bare astro build', await runMeasured(process.execPath, [bin('astro'), 'build'], { cwd: site.dir, env }));
  const pagefind = succeeded(
    'pagefind --site dist',
    await runMeasured(process.execPath, [bin('pagefind'), '--site', 'dist'], { cwd: site.dir, env }),
  );
  return {
    wallSeconds: astro.wallSeconds + pagefind.wallSeconds,
    cpuSeconds: astro.cpuSeconds + pagefind.cpuSeconds,
    peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes),
    pagefindSeconds: pagefind.wallSeconds,
  };
}
