import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../../scripts/build-site.ts';
import { projectTempDir, root } from '../../scripts/paths.ts';
import type { MeasuredRun } from '../../scripts/process-cost.ts';
import { contentDir } from '../../src/data/content-layout.ts';

const fixtures = path.join(root, 'tests/fixtures');

/** What `astro build` reads from the project folder besides the content. */
const projectFiles = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public'];

/**
 * Copies of the project to build in, each running one build at a time. Astro keeps a build's
 * working files in the project's `.astro/` (among them the list of content modules it bundles),
 * so two builds of one project folder at once mix their content: builds that run together each
 * take a copy. A copy serves the next build when it is free again (as the project itself served
 * one build after the other), which spares that build Vite's dependency scan of a new folder.
 */
const freeCopies: string[] = [];
const allCopies: string[] = [];

function takeCopy(): string {
  const free = freeCopies.pop();
  if (free) return free;
  const copy = projectTempDir('project-copy');
  for (const file of projectFiles) cpSync(path.join(root, file), path.join(copy, file), { recursive: true });
  mkdirSync(path.join(copy, 'builds'));
  allCopies.push(copy);
  return copy;
}

/** Removes the copies of the project; for `afterAll` in each test file that builds. */
export function removeProjectCopies(): void {
  freeCopies.length = 0;
  for (const copy of allCopies.splice(0)) rmSync(copy, { recursive: true, force: true });
}

export interface TempBuild extends MeasuredRun {
  /** The build's own temporary folder, holding its content/, dist/ and cache; removed by `cleanup`. */
  readonly dir: string;
  readonly cleanup: () => void;
}

/**
 * Runs `astro build` into a fresh temporary folder with its own content and cache (or the cache
 * folder given, which outlives the build), with extra environment; `fillContent` writes the content
 * folder (a copy of the project's own content when omitted). A failed build is returned, not thrown.
 */
export async function buildInTempDir(
  env: Record<string, string> = {},
  fillContent?: (content: string) => void,
  cacheDir?: string,
): Promise<TempBuild> {
  const copy = takeCopy();
  const dir = mkdtempSync(path.join(copy, 'builds', 'build-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const content = path.join(dir, 'content');
    if (fillContent) fillContent(content);
    else cpSync(path.resolve(root, contentDir(process.env, root)), content, { recursive: true });
    const build = await buildSite({
      root: copy,
      outDir: path.join(dir, 'dist'),
      cacheDir: cacheDir ?? path.join(dir, 'cache'),
      contentDir: content,
      env,
    });
    return { ...build, dir, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  } finally {
    freeCopies.push(copy);
  }
}

/**
 * Builds the minimal valid content set with the files of one case laid over it (or none).
 * `overlay` is a folder under tests/fixtures/, e.g. "bad-content/faq-missing-question".
 */
export function buildFixture(overlay?: string): Promise<TempBuild> {
  return buildInTempDir({}, (content) => {
    cpSync(path.join(fixtures, 'content-min'), content, { recursive: true });
    if (overlay) cpSync(path.join(fixtures, overlay), content, { recursive: true });
  });
}
