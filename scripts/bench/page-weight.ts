/**
 * Page weight as a reader's browser sees it: requests, bytes by type (raw and as sent), script run
 * before any interaction (V8 coverage), main-thread script time, CLS and LCP; median of fresh loads.
 * The pages are those of scripts/bench/budgets.json (reading pages, the guide, the reported ones).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { phone, recordRequests, resourceKinds, type ResourceKind, type Transfer } from './browser.ts';
import { htmlAssets, inlineCodeGzipBytes } from './html-assets.ts';
import { medianOf } from './stats.ts';

type BytesByKind = { [K in `${ResourceKind}${'Raw' | 'Gzip'}`]: number };

/** One load's figures (and, in results, their medians). Bytes are body bytes; "Gzip" = as sent. */
export type LoadMetrics = BytesByKind & {
  requests: number;
  totalRaw: number;
  totalGzip: number;
  /** CSS and JS files as sent, plus the gzip size of inline scripts and styles. */
  cssJsGzip: number;
  /** Bytes of JS (files and inline) that ran before any interaction, by V8 block coverage. */
  jsExecuted: number;
  /** Bytes of all JS the page loaded, run or not. */
  jsLoaded: number;
  /** Main-thread script time (Chromium's ScriptDuration). */
  scriptMs: number;
  cls: number;
  lcpMs: number;
  /** Font files fetched, from any origin. */
  fontRequests: number;
};

export interface PageWeight {
  readonly path: string;
  /** Medians over `loads` fresh loads; null when the page is not built. */
  readonly metrics: LoadMetrics | null;
  readonly loads: number;
}

interface Vitals {
  cls: number;
  lcpMs: number;
}

/** Runs in the page before its own scripts: CLS (largest session window) and the latest LCP candidate. */
function observeVitals(): void {
  const vitals: Vitals = { cls: 0, lcpMs: 0 };
  (window as unknown as { benchVitals: Vitals }).benchVitals = vitals;
  let session = 0;
  let first = 0;
  let last = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (entry.hadRecentInput) continue;
      if (session > 0 && entry.startTime - last < 1000 && entry.startTime - first < 5000) {
        session += entry.value;
      } else {
        session = entry.value;
        first = entry.startTime;
      }
      last = entry.startTime;
      vitals.cls = Math.max(vitals.cls, session);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    const latest = list.getEntries().at(-1);
    if (latest) vitals.lcpMs = latest.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

interface CoverageEntry {
  source?: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
}

/** Characters of a script inside ranges V8 counted as run; inner ranges override the outer ones. */
function executedBytes(entry: CoverageEntry): number {
  const ran = new Uint8Array(entry.source?.length ?? 0);
  const ranges = entry.functions.flatMap((f) => f.ranges).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const r of ranges) ran.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);
  return ran.reduce((sum, v) => sum + v, 0);
}

function bytesByKind(transfers: readonly Transfer[]): BytesByKind {
  const bytes = {} as BytesByKind;
  for (const kind of resourceKinds) {
    const ofKind = transfers.filter((t) => t.kind === kind);
    bytes[`${kind}Raw`] = ofKind.reduce((sum, t) => sum + t.decodedBytes, 0);
    bytes[`${kind}Gzip`] = ofKind.reduce((sum, t) => sum + t.encodedBytes, 0);
  }
  return bytes;
}

/** Waits for two animation frames, so that the last layout and paint have happened. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function loadOnce(browser: Browser, url: string): Promise<LoadMetrics> {
  const context = await browser.newContext(phone);
  try {
    const page = await context.newPage();
    await page.addInitScript(observeVitals);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const requests = recordRequests(page);
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
    await nextFrames(page);
    const vitals = await page.evaluate(() => (window as unknown as { benchVitals: Vitals }).benchVitals);
    const coverage = await page.coverage.stopJSCoverage();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const transfers = await requests.since(0);
    const bytes = bytesByKind(transfers);
    return {
      ...bytes,
      requests: transfers.length,
      totalRaw: transfers.reduce((sum, t) => sum + t.decodedBytes, 0),
      totalGzip: transfers.reduce((sum, t) => sum + t.encodedBytes, 0),
      cssJsGzip: bytes.cssGzip + bytes.jsGzip + inlineCodeGzipBytes(htmlAssets(await response.text())),
      jsExecuted: coverage.reduce((sum, entry) => sum + executedBytes(entry), 0),
      jsLoaded: coverage.reduce((sum, entry) => sum + (entry.source?.length ?? 0), 0),
      scriptMs: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000,
      cls: vitals.cls,
      lcpMs: vitals.lcpMs,
      fontRequests: transfers.filter((t) => t.kind === 'font').length,
    };
  } finally {
    await context.close();
  }
}

/** Measures every page of `paths` that exists in `dist`, `loads` fresh loads each (new browser context). */
export async function measurePageWeight(
  browser: Browser,
  origin: string,
  dist: string,
  paths: readonly string[],
  loads: number,
): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const p of paths) {
    if (!existsSync(path.join(dist, p, 'index.html'))) {
      results.push({ path: p, metrics: null, loads: 0 });
      continue;
    }
    const samples: LoadMetrics[] = [];
    for (let i = 0; i < loads; i++) samples.push(await loadOnce(browser, origin + p));
    results.push({ path: p, metrics: medianOf(samples), loads });
    console.log(`  page weight: ${p} (${loads} loads)`);
  }
  return results;
}
