/**
 * A worker thread that renders share cards: SVG in, PNG out, with the fonts it is given. Started by
 * src/page-meta/share-card-renderer.ts (Node runs this file directly, so it imports packages only).
 */
import { Resvg } from '@resvg/resvg-js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

/** What the renderer passes when it starts the worker. */
export interface ShareCardWorkerData {
  readonly fontFiles: readonly string[];
}

/** One card to render, answered with the same id. */
export interface ShareCardJob {
  readonly id: number;
  readonly svg: string;
}

/** A rendered card as it arrives in the main thread (a copy in memory of its own). */
export type ShareCardResult =
  { readonly id: number; readonly png: Uint8Array<ArrayBuffer> } | { readonly id: number; readonly error: string };

/** The one way a card is rendered, in a worker or not: resvg with our fonts only, so every machine draws the same pixels. */
export function renderShareCard(svg: string, fontFiles: readonly string[]): Uint8Array {
  const png = new Resvg(svg, { font: { fontFiles: [...fontFiles], loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}

if (parentPort) {
  const port = parentPort;
  const { fontFiles } = workerData as ShareCardWorkerData;
  // A rendered image keeps its pixels (3 MB a card) outside the JavaScript heap until the collector
  // finalizes its small wrapper, and a worker that allocates little would seldom collect: 1,000 cards
  // then held 2 GB. A young-generation collection after each card (a fraction of a millisecond)
  // frees them as the worker goes; the finalizers run before the next card, which arrives as a new task.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as (options: { type: 'minor' }) => void;
  port.on('message', ({ id, svg }: ShareCardJob) => {
    let result: { id: number; png: Uint8Array } | { id: number; error: string };
    try {
      result = { id, png: renderShareCard(svg, fontFiles) };
    } catch (error) {
      result = { id, error: error instanceof Error ? error.message : String(error) };
    }
    collect({ type: 'minor' });
    port.postMessage(result);
  });
}
