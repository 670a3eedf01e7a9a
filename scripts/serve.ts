/**
 * The site's static server, as a static host would serve the built site: directory indexes, text
 * responses gzip-compressed when the client accepts gzip, the 404 page with status 404 for unknown
 * paths, and the headers of dist/_headers on every response, caching rules included (a year for
 * files named by their content hash, revalidation for the rest). `startServer` serves a build in this
 * process (the benchmark, the search tests); run directly (`npm start`, `npm run serve`, the browser
 * tests' web server) it serves on http://127.0.0.1:4321 until stopped.
 * Environment when run directly: PORT (default 4321), DIST (default dist/, relative to the project root).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../src/build/headers-file.ts';
import { withBase } from '../src/routes.ts';
import { distDir } from './paths.ts';

export interface ServeOptions {
  /** The built site; `distDir` (DIST or dist/) when omitted. */
  readonly dist?: string | undefined;
  /** The port on 127.0.0.1; 0 (the default) for a free one. */
  readonly port?: number | undefined;
  /**
   * The path the site lives under, e.g. "/docs/" for a build with that base: /docs/faq/ is
   * dist/faq/index.html and requests outside it get 404. "/" when omitted.
   */
  readonly base?: string | undefined;
}

export interface StaticServer {
  /** http://127.0.0.1:<port>, without the base. */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/**
 * Types a static host compresses, with the Content-Type each is served as (compressed or not).
 * Markdown copies and llms.txt say their charset, so no client guesses one. Pagefind writes its wasm (.pagefind) and index files (.pf_*)
 * gzip-encoded already and decompresses them itself: those are recognised by their first bytes
 * and sent as they are, never compressed twice.
 */
const compressible: Record<string, string> = {
  '.html': 'text/html;charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Compressed bodies by file version; `null` for a file that is gzip data already. */
const gzipped = new Map<string, Buffer | null>();

/** The file a URL path names, as sirv resolves it: the file itself, `<path>.html` or `<path>/index.html`. */
function fileFor(dist: string, url: string): { file: string; mtimeMs: number; size: number } | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url, 'http://localhost').pathname).replace(/\/+$/, '');
  } catch {
    return undefined; // a malformed escape: sirv answers it
  }
  if (rel.split('/').some((part) => part.startsWith('.'))) return undefined;
  for (const candidate of [rel, `${rel}.html`, `${rel}/index.html`]) {
    const file = path.join(dist, candidate);
    const stats = file.startsWith(dist + path.sep) ? statSync(file, { throwIfNoEntry: false }) : undefined;
    if (stats?.isFile()) return { file, mtimeMs: stats.mtimeMs, size: stats.size };
  }
  return undefined;
}

/** Answers with the gzip-compressed file when the client accepts gzip and compressing applies; else returns false. */
function sendGzipped(dist: string, req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return false;
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return false;
  const found = fileFor(dist, req.url ?? '/');
  const type = found && compressible[path.extname(found.file)];
  if (!found || !type) return false;
  const key = `${found.file}:${found.mtimeMs}:${found.size}`;
  let body = gzipped.get(key);
  if (body === undefined) {
    const raw = readFileSync(found.file);
    body = raw[0] === 0x1f && raw[1] === 0x8b ? null : gzipSync(raw);
    gzipped.set(key, body);
  }
  if (!body) return false;
  const etag = `W/"gz-${found.size}-${Math.round(found.mtimeMs)}"`;
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304).end();
    return true;
  }
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Encoding': 'gzip',
    'Content-Length': body.length,
    ETag: etag,
    Vary: 'Accept-Encoding',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

/** Serves a built site on 127.0.0.1 until `close()`; throws when there is no built site in `dist`. */
export async function startServer(options: ServeOptions = {}): Promise<StaticServer> {
  const { port = 0, base = '/' } = options;
  const dist = path.resolve(options.dist ?? distDir);
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run \`npm run build\` first.`);
  const prefix = withBase('/', base);
  const assets = sirv(dist, {
    etag: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      const type = compressible[path.extname(pathname)];
      if (type) res.setHeader('Content-Type', type);
    },
  });
  const notFound = readFileSync(path.join(dist, '404.html'));
  /** The headers a static host would send, read from the built dist/_headers (CSP and the rest). */
  const headersFile = path.join(dist, '_headers');
  const headerRules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) return void res.writeHead(404).end();
    req.url = `/${url.slice(prefix.length)}`;
    const urlPath = new URL(req.url, 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(headerRules, urlPath))) res.setHeader(name, value);
    if (sendGzipped(dist, req, res)) return;
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });
  // Pagefind fetches index chunks only when a query needs them, often after more than Node's default
  // five idle seconds; without this a client can reuse a socket the server is closing (ECONNRESET).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

if (import.meta.main) {
  const server = await startServer({ port: Number(process.env['PORT'] ?? 4321) }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  console.log(`Serving ${path.relative(process.cwd(), distDir) || '.'} at ${server.origin}/`);
}
