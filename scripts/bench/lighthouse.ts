/**
 * Lighthouse 12 (pinned; 13 does not run with this Chromium) through its Node API, against Debian's
 * Chromium started with a debugging port: the four category scores, mobile and desktop. Performance
 * scores move with the machine's load, so each page is audited several times (five on mobile by
 * default) and the median counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../../tests/chromium-path.ts';
import { spawnUntil } from '../spawn-until.ts';
import { median, medianAtCeiling } from './stats.ts';

export type FormFactor = 'mobile' | 'desktop';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface LighthouseRun {
  readonly path: string;
  readonly formFactor: FormFactor;
  /** Audits planned for the page in this form factor; the scores are their medians. */
  readonly runs: number;
  /**
   * Audits made: fewer than planned when more than half of the planned ones already scored 100 in
   * every category, which fixes every median at 100 whatever the rest would score.
   */
  readonly audited: number;
  /** Scores 0–100 by category: the median of the runs. */
  readonly scores: Record<Category, number>;
  /** Performance score of each run, in order. */
  readonly performanceRuns: readonly number[];
  /**
   * Audits that cost points (weighted audits scoring below 1) in the run with the median performance
   * score, with their value and score, e.g. "total-blocking-time 330 ms (67)".
   */
  readonly losingAudits: readonly string[];
}

interface Audit {
  readonly scores: Record<Category, number>;
  readonly losingAudits: string[];
}

/** Starts a headless Chromium with a fresh profile and a debugging port for Lighthouse to drive. */
async function launchDebuggable(): Promise<{ port: number; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const args = [...chromiumArgs, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const chromium = await spawnUntil(chromiumPath(), args, /DevTools listening on ws:\/\/[^:]+:(\d+)\//).catch((error: unknown) => {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  return {
    port: Number(chromium.match[1]),
    close: async () => {
      await chromium.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run on a fresh Chromium. */
async function audit(url: string, formFactor: FormFactor): Promise<Audit> {
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
        const result = lhr.audits[ref.id];
        const score = result?.score;
        if (ref.weight > 0 && typeof score === 'number' && score < 1) {
          losing.add(`${ref.id}${result?.displayValue ? ` ${result.displayValue}` : ''} (${Math.round(score * 100)})`);
        }
      }
    }
    return { scores, losingAudits: [...losing] };
  } finally {
    await chrome.close();
  }
}

/**
 * A run again when Lighthouse fails to record the page load (NO_NAVSTART and the like, which it
 * asks to be retried and which a busy machine makes more likely); a second failure stops the section.
 */
async function auditWithRetry(url: string, formFactor: FormFactor): Promise<Audit> {
  try {
    return await audit(url, formFactor);
  } catch (error) {
    console.warn(`  lighthouse: ${url} ${formFactor}: ${(error as Error).message}; running it again`);
    return audit(url, formFactor);
  }
}

const maxScore = 100;
const scoresOf = (audits: readonly Audit[], category: Category) => audits.map((a) => a.scores[category]);

/** Runs Lighthouse on every path, `runs[formFactor]` times in each form factor listed, one run after the other. */
export async function measureLighthouse(
  origin: string,
  paths: readonly string[],
  runs: Readonly<Partial<Record<FormFactor, number>>>,
): Promise<LighthouseRun[]> {
  const results: LighthouseRun[] = [];
  for (const p of paths) {
    for (const [formFactor, count = 1] of Object.entries(runs) as [FormFactor, number | undefined][]) {
      const audits: Audit[] = [];
      const started = performance.now();
      const settled = () => categories.every((c) => medianAtCeiling(scoresOf(audits, c), count, maxScore));
      while (audits.length < count && !settled()) audits.push(await auditWithRetry(origin + p, formFactor));
      const seconds = (performance.now() - started) / 1000 / audits.length;
      const performanceRuns = audits.map((a) => a.scores.performance);
      const typical = [...audits].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor((audits.length - 1) / 2)];
      // Stopped early, more than half the planned runs scored 100 everywhere: these medians are those of all planned runs.
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round(median(scoresOf(audits, c)))])) as Record<Category, number>;
      results.push({
        path: p,
        formFactor,
        runs: count,
        audited: audits.length,
        scores,
        performanceRuns,
        losingAudits: typical?.losingAudits ?? [],
      });
      console.log(
        `  lighthouse: ${p} ${formFactor} (${audits.length} of ${count} runs, ${seconds.toFixed(1)} s each, performance ${performanceRuns.join(', ')})`,
      );
    }
  }
  return results;
}

export const lighthouseCategories = categories;
