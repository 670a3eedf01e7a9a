import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { rendererDigest, shareCardCache, shareCardCacheFolder, shareCardKey, type ShareCardCache } from './share-card-cache';
import type { ShareCardJob, ShareCardResult, ShareCardWorkerData } from './share-card-worker';

/**
 * Renders the build's share cards: each card comes from the cache when its key is there, and the rest
 * are rendered by a pool of worker threads, one per core, all started at once so that Astro's
 * sequential requests for the card routes only wait for results.
 *
 * The integration (share-cards.build.ts, loaded with the config) and the card route (bundled into
 * the build) are separate module instances in one process; they share the build's state through
 * one global object: where the cache and the worker live, and what this build rendered.
 */

export interface ShareCardBuild {
  /** Astro's cache folder, or undefined for no cache. */
  cacheDir: string | undefined;
  /** The worker module (share-card-worker.ts), as a file URL. */
  workerUrl: string | undefined;
  /** Cards rendered and cards taken from the cache in this build. */
  rendered: number;
  fromCache: number;
  /** Keys of this build's cards: what the cache keeps after the build. */
  readonly used: Set<string>;
}

const buildKey = Symbol.for('streams-compared:share-card-build');

/** A card's PNG bytes, ready to be a response body. */
export type Png = Uint8Array<ArrayBuffer>;

/** This process's share-card build state, created on first use. */
export function shareCardBuild(): ShareCardBuild {
  const global = globalThis as { [buildKey]?: ShareCardBuild };
  global[buildKey] ??= { cacheDir: undefined, workerUrl: undefined, rendered: 0, fromCache: 0, used: new Set() };
  return global[buildKey];
}

const require = createRequire(import.meta.url);
// TTF files (resvg cannot read WOFF); loaded from the package so every machine renders the same pixels.
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/inter/${f}`),
);
const resvgVersion = (require('@resvg/resvg-js/package.json') as { version: string }).version;

/** A pool of worker threads; it ends its workers whenever no card is left to render. */
function workerPool(workerUrl: string, size: number) {
  const data: ShareCardWorkerData = { fontFiles };
  const waiting: { job: ShareCardJob; resolve: (png: Png) => void; reject: (error: Error) => void }[] = [];
  const running = new Map<number, (typeof waiting)[number]>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let nextId = 0;

  const finish = (worker: Worker, result: ShareCardResult) => {
    const task = running.get(result.id);
    running.delete(result.id);
    if ('png' in result) task?.resolve(result.png);
    else task?.reject(new Error(`share card rendering failed: ${result.error}`));
    idle.push(worker);
    dispatch();
  };
  const failAll = (error: Error) => {
    for (const task of [...running.values(), ...waiting.splice(0)]) task.reject(error);
    running.clear();
    void stop();
  };
  const start = () => {
    const worker = new Worker(new URL(workerUrl), { workerData: data });
    worker.on('message', (result: ShareCardResult) => finish(worker, result));
    worker.on('error', failAll);
    workers.push(worker);
    return worker;
  };
  const stop = async () => {
    idle.length = 0;
    await Promise.all(workers.splice(0).map((w) => w.terminate()));
  };
  function dispatch(): void {
    while (waiting.length > 0) {
      const worker = idle.pop() ?? (workers.length < size ? start() : undefined);
      if (!worker) return;
      const task = waiting.shift()!;
      running.set(task.job.id, task);
      worker.postMessage(task.job);
    }
    if (running.size === 0) void stop();
  }
  return {
    render: (svg: string) =>
      new Promise<Png>((resolve, reject) => {
        waiting.push({ job: { id: nextId++, svg }, resolve, reject });
        dispatch();
      }),
  };
}

let pool: ReturnType<typeof workerPool> | undefined;
let cached: { readonly dir: string | undefined; readonly store: ShareCardCache | undefined; readonly renderer: string } | undefined;

/**
 * Starts every card of the build and returns how to get each one's PNG by name. Cards already in
 * the cache are read when asked for; the others are rendered by the workers at once and stored in
 * the cache.
 */
export function startShareCards(cards: readonly { readonly name: string; readonly svg: string }[]): (name: string) => Promise<Png> {
  const build = shareCardBuild();
  if (!build.workerUrl)
    throw new Error('share cards: the share-cards integration (src/page-meta/share-cards.build.ts) is not in the config');
  const dir = build.cacheDir === undefined ? undefined : path.join(build.cacheDir, shareCardCacheFolder);
  if (cached === undefined || cached.dir !== dir) {
    cached = { dir, store: dir === undefined ? undefined : shareCardCache(dir), renderer: rendererDigest(fontFiles, resvgVersion) };
  }
  const { store, renderer } = cached;
  pool ??= workerPool(build.workerUrl, availableParallelism());
  const renders = pool;
  const pngs = new Map<string, () => Promise<Png>>();
  for (const { name, svg } of cards) {
    const key = shareCardKey(svg, renderer);
    build.used.add(key);
    if (store?.has(key)) {
      build.fromCache++;
      pngs.set(name, async () => (await store.get(key)) ?? renders.render(svg));
      continue;
    }
    const png = renders.render(svg).then((png) => {
      store?.put(key, png);
      build.rendered++;
      return png;
    });
    // A card whose route never asks for it must not end the build with an unhandled rejection.
    png.catch(() => {});
    pngs.set(name, () => png);
  }
  return (name) => {
    const png = pngs.get(name);
    if (!png) throw new Error(`share cards: no card named "${name}" was started`);
    return png();
  };
}
