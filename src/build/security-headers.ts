import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPlaceholder, inlineScriptHashes } from './headers-file';
import { forEachBuiltPage } from './built-pages';
import { whileIndexing } from './while-indexing';

/**
 * Completes dist/_headers (copied from public/_headers): the Content-Security-Policy allows exactly
 * the inline scripts this build emits, by hash. A page with an inline <style> element or a
 * `style` attribute fails the build, since the policy allows stylesheets from the site's own files only.
 * Reads the pages while the search index is built (src/build/while-indexing.ts).
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'streams-compared:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const file = path.join(outDir, '_headers');
        const template = readFileSync(file, 'utf8');
        if (!template.includes(hashPlaceholder))
          throw new Error(`public/_headers: the CSP must contain ${hashPlaceholder} where script hashes go`);
        whileIndexing(async () => {
          const styled: string[] = [];
          const found = new Set<string>();
          await forEachBuiltPage(dir, (page) => {
            if (/<style\b|<[a-z][^>]*\sstyle=/i.test(page.html)) styled.push(page.path);
            for (const hash of inlineScriptHashes(page.html)) found.add(hash);
          });
          if (styled.length > 0)
            throw new Error(`Inline styles (<style> or style="…") would be blocked by the CSP on: ${styled.join(', ')}`);
          const hashes = [...found].sort();
          writeFileSync(file, template.replaceAll(hashPlaceholder, hashes.join(' ')));
          logger.info(`CSP allows ${hashes.length} inline script(s) by hash`);
        });
      },
    },
  };
}
