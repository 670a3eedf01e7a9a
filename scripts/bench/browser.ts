/** The browser the benchmark drives (Debian's Chromium, as in the browser tests) and what it fetched. */
import { chromium, devices, type Browser, type BrowserContextOptions, type Page, type Request } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/chromium-path.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** The phone profile of the browser tests: a Pixel 7 at 375 × 800 CSS pixels. */
export const phone: BrowserContextOptions = { ...devices['Pixel 7'], viewport: { width: 375, height: 800 } };

/** What a response is, for the byte tables. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
export const resourceKinds: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

export interface Transfer {
  readonly url: string;
  readonly kind: ResourceKind;
  /** Body bytes as sent over the network (gzip-compressed when the server compressed it). */
  readonly encodedBytes: number;
  /** Body bytes after decompression. */
  readonly decodedBytes: number;
}

function kindOf(request: Request): ResourceKind {
  switch (request.resourceType()) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    default: {
      // Favicons and fetches have no resource type of their own; their extension tells.
      const ext = new URL(request.url()).pathname.split('.').at(-1) ?? '';
      return extensionKinds[ext] ?? 'other';
    }
  }
}

const extensionKinds: Record<string, ResourceKind> = {
  html: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  woff2: 'font',
  woff: 'font',
  ttf: 'font',
  otf: 'font',
  svg: 'image',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  webp: 'image',
  avif: 'image',
  gif: 'image',
  ico: 'image',
};

async function describe(request: Request): Promise<Transfer> {
  const response = await request.response();
  const [sizes, body] = await Promise.all([
    request.sizes().catch(() => undefined),
    response ? response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0),
  ]);
  // Chromium reports no sizes for a worker's own script; its Content-Length (the bytes sent) stands in.
  const encoded = sizes?.responseBodySize || Number((await response?.headerValue('content-length')) ?? body.length);
  return { url: request.url(), kind: kindOf(request), encodedBytes: encoded, decodedBytes: body.length };
}

/**
 * Records every HTTP request a page (and its workers) makes. `since(mark, until)` describes the
 * requests made after `mark()`, optionally only those started by `until` (epoch milliseconds).
 */
export function recordRequests(page: Page): {
  mark: () => number;
  since: (mark: number, until?: number) => Promise<Transfer[]>;
} {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (/^https?:/.test(request.url())) requests.push(request);
  });
  return {
    mark: () => requests.length,
    since: (mark, until = Infinity) =>
      Promise.all(
        requests
          .slice(mark)
          .filter((r) => r.timing().startTime <= until)
          .map(describe),
      ),
  };
}

/** Sum of a field over transfers. */
export function totalBytes(transfers: readonly Transfer[], field: 'encodedBytes' | 'decodedBytes'): number {
  return transfers.reduce((sum, t) => sum + t[field], 0);
}

/**
 * Resolves once the page has had no request in flight for `quietMs` (at most `capMs`); call it
 * before the action whose requests it should wait for.
 */
export function networkQuiet(page: Page, quietMs: number, capMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    let inFlight = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const started = () => {
      inFlight++;
      clearTimeout(timer);
    };
    const ended = () => {
      inFlight = Math.max(0, inFlight - 1);
      if (inFlight === 0) timer = setTimeout(done, quietMs);
    };
    const cap = setTimeout(done, capMs);
    page.on('request', started);
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    timer = setTimeout(done, quietMs);
    function done() {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    }
  });
}
