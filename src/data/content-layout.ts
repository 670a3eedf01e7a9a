import path from 'node:path';
import { slugPattern } from '../anchors/slug';

/** Folder (relative to the project root) that holds every content collection. */
export const defaultContentDir = 'content';

/**
 * The content folder, relative to the project root: `CONTENT_DIR` when set (tests build fixture
 * sets from temporary folders that way), else `content`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  const dir = env['CONTENT_DIR'] || defaultContentDir;
  return path.relative(cwd, path.resolve(cwd, dir)) || '.';
}

/**
 * Where each collection lives under the content folder. content.config.ts builds its loaders from
 * this, and the stray-file check uses it to report files no collection would load.
 */
export const contentLayout = {
  articles: { folder: 'articles', extension: '.mdx' },
  faq: { folder: 'faq', extension: '.mdx' },
  comparisons: { folder: 'comparisons', extension: '.yaml' },
  decisions: { folder: 'decisions', extension: '.yaml' },
} as const;

export const contentFiles = {
  facts: 'facts.yaml',
  glossary: 'glossary.yaml',
  sources: 'sources.yaml',
  releases: 'releases.yaml',
  changes: 'changes.yaml',
  capabilities: 'capabilities.yaml',
  anchorAliases: 'anchor-aliases.yaml',
  anchorLock: 'anchors.lock.json',
} as const;

/**
 * Files under the content folder (paths relative to it) that no collection loads, or whose name
 * would not survive as a public id (it must be kebab-case: the name is the URL).
 */
export function strayContentFiles(files: readonly string[]): string[] {
  const singles = new Set<string>(Object.values(contentFiles));
  return files.filter((file) => {
    if (singles.has(file)) return false;
    const folder = Object.values(contentLayout).find((c) => file.startsWith(`${c.folder}/`));
    if (!folder) return true;
    const name = file.slice(folder.folder.length + 1);
    return !(name.endsWith(folder.extension) && slugPattern.test(name.slice(0, -folder.extension.length)));
  });
}
