/**
 * Lighthouse 12 (pinned; 13 does not run with this Chromium) through its Node API, against Debian's
 * Chromium started with a debugging port: the four category scores, mobile and desktop.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../tests/chromium-path.ts';

export type FormFactor = 'mobile' | 'desktop';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseRun {
  readonly path: string;
  readonly formFactor: FormFactor;
  /** Scores 0–100 by category. */
  readonly scores: Record<Category, number>;
  /** Audits that cost points (weighted audits scoring below 1), for the reader of the report. */
  readonly losingAudits: readonly string[];
}

/** Starts a headless Chromium with a fresh profile and a debugging port for Lighthouse to drive. */
async function launchDebuggable(): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const args = [...chromiumArgs, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(chromiumPath(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(said);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${said}`)));
  });
  return {
    port,
    close: async () => {
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run on a fresh Chromium. */
async function audit(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  const chrome = await launchDebuggable();
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...categories] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.message}`);
    const scores = {} as Record<Category, number>;
    const losing = new Set<string>();
    for (const id of categories) {
      const category = lhr.categories[id];
      scores[id] = Math.round((category?.score ?? 0) * 100);
      for (const ref of category?.auditRefs ?? []) {
        const score = lhr.audits[ref.id]?.score;
        if (ref.weight > 0 && typeof score === 'number' && score < 1) losing.add(`${ref.id} (${Math.round(score * 100)})`);
      }
    }
    return { path: new URL(url).pathname, formFactor, scores, losingAudits: [...losing] };
  } finally {
    await chrome.close();
  }
}

/** Runs Lighthouse on every path in both form factors, one after the other. */
export async function measureLighthouse(origin: string, paths: readonly string[], formFactors: readonly FormFactor[]): Promise<LighthouseRun[]> {
  const runs: LighthouseRun[] = [];
  for (const p of paths) {
    for (const formFactor of formFactors) {
      runs.push(await audit(origin + p, formFactor));
      console.log(`  lighthouse: ${p} ${formFactor}`);
    }
  }
  return runs;
}

export const lighthouseCategories = categories;
