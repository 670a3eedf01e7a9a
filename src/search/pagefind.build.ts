import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import path from 'node:path';
// Imported statically: a dynamic import inside astro:build:done fails once Vite's module runner,
// which loads a TypeScript config, has been closed.
import * as pagefind from 'pagefind';
import { pagefindScriptPath, searchWordsPath } from '../routes';
import { patchPagefindScript } from './pagefind-script-patch';
import { searchRecordsFile, type SearchRecord } from './records';
import { buildVocabulary } from './spelling';

const gunzip = promisify(gunzipCallback);

/** Throws when Pagefind reports any error, so a broken index fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

/** Adds the FAQ entries and table rows that src/pages/pagefind-records.json.ts wrote, then removes that file. */
async function addRecords(index: pagefind.PagefindIndex, outDir: string): Promise<number> {
  const file = path.join(outDir, searchRecordsFile);
  const records = JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
  // Sent all at once: the indexer answers each by its message id, and no record waits for another's reply.
  const responses = await Promise.all(
    records.map((record) =>
      index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: 'en',
        meta: { title: record.title, context: record.context },
        filters: { type: [...record.filters.type], topic: [...record.filters.topic] },
      }),
    ),
  );
  responses.forEach((added, i) => assertNoErrors(`addCustomRecord ${records[i]?.url}`, added.errors));
  // A build intermediate, not a page of the site.
  await rm(file);
  return records.length;
}

/**
 * The words of every indexed page and record, read back from the fragments Pagefind wrote
 * (gzip, a "pagefind_dcd" signature, then JSON), so the list holds exactly what was indexed.
 */
async function writeVocabulary(outDir: string): Promise<number> {
  const fragments = path.join(outDir, 'pagefind', 'fragment');
  const names = await readdir(fragments);
  const texts: string[] = [];
  // A batch of files at a time is read and decompressed in parallel (word counts do not depend on order).
  for (let i = 0; i < names.length; i += 64) {
    const batch = names.slice(i, i + 64).map(async (name) => {
      const raw = await gunzip(await readFile(path.join(fragments, name)));
      const fragment = JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as { content: string; meta: { title?: string } };
      return [fragment.meta.title ?? '', fragment.content];
    });
    texts.push(...(await Promise.all(batch)).flat());
  }
  const words = buildVocabulary(texts);
  const target = path.join(outDir, searchWordsPath);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(words));
  return words.length;
}

/**
 * Indexes the built site with Pagefind's Node API in `astro:build:done`, writing the index to
 * `<outDir>/pagefind/`, so `astro build` alone produces a searchable site: the HTML pages (their
 * `data-pagefind-body`), plus one record per FAQ entry and per table row, plus the word list for
 * typo correction.
 */
/**
 * Elements the index leaves out, named once here rather than marked `data-pagefind-ignore` on each
 * of the hundreds a long article holds: citation labels ("Kafka docs" would match everywhere) and
 * the hidden names of self-links. Rarer parts keep the attribute where they are rendered.
 */
export const unsearchedSelectors = ['a.cite', 'a.self-link'];

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'streams-compared:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: unsearchedSelectors });
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
          const records = await addRecords(index, outDir);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          assertNoErrors('writeFiles', written.errors);
          const script = path.join(outDir, pagefindScriptPath);
          await writeFile(script, patchPagefindScript(await readFile(script, 'utf8')));
          const words = await writeVocabulary(outDir);
          const ms = Math.round(performance.now() - started);
          logger.info(`indexed ${added.page_count} pages and ${records} records (${words} words) in ${ms} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
