import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/paths.ts';

/**
 * What ships to the browser: every module reachable from a bundled `<script>` of an Astro file
 * (not `is:inline`), through static and dynamic imports. None of it may need Node.
 */
const src = path.join(root, 'src');

const astroFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? astroFiles(path.join(dir, e.name)) : e.name.endsWith('.astro') ? [path.join(dir, e.name)] : [],
  );

const importsOf = (code: string) => [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

function resolveModule(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.js`].find((file) => existsSync(file) && !file.endsWith('/'));
}

/** Every relative module the browser loads, with the bare (package or node:) imports each makes. */
function clientModules(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string, code: string) => {
    const bare: string[] = [];
    seen.set(file, bare);
    for (const specifier of importsOf(code)) {
      if (!specifier.startsWith('.')) {
        bare.push(specifier);
        continue;
      }
      const target = resolveModule(file, specifier);
      if (!target) throw new Error(`${path.relative(src, file)}: cannot resolve ${specifier}`);
      if (!seen.has(target)) visit(target, readFileSync(target, 'utf8'));
    }
  };
  for (const file of astroFiles(src)) {
    const scripts = [
      ...readFileSync(file, 'utf8').matchAll(
        /<script(?![^>]*\bis:inline)(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ];
    for (const [, code] of scripts) if (code?.trim()) visit(file, code);
  }
  return seen;
}

describe('code that ships to the browser', () => {
  const modules = clientModules();
  const names = [...modules.keys()].map((file) => path.relative(src, file));

  it('is found from the pages’ scripts, including what loads on first use', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'layouts/enhance.ts',
        'anchors/client/copy-link.ts',
        'toc/toc-spy.ts',
        'search/client/search-panel.ts',
        'search/client/search-highlight.ts',
        'latency/client/latency-trigger.ts',
        'latency/client/latency-explainer.ts',
        'routes.ts',
      ]),
    );
  });

  it('imports nothing from Node and reads no process environment', () => {
    const problems = [...modules].flatMap(([file, bare]) => {
      const code = file.endsWith('.astro') ? '' : readFileSync(file, 'utf8');
      return [
        ...bare.filter((specifier) => specifier.startsWith('node:') || /^(fs|path|url|crypto|child_process|os|zlib)$/.test(specifier)),
        ...(/\bprocess\.env\b/.test(code) ? ['process.env'] : []),
      ].map((what) => `${path.relative(src, file)}: ${what}`);
    });
    expect(problems).toEqual([]);
  });
});
