/**
 * Serves the built site (dist/) on http://127.0.0.1:4321, as a static host would: directory
 * indexes, text responses gzip-compressed when the client accepts gzip, the 404 page with status
 * 404 for unknown paths, and the headers of dist/_headers on every response. Used by `npm start`, the browser tests and the benchmark.
 * Environment: PORT (default 4321), DIST (default dist).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../src/build/headers-file.ts';

const port = Number(process.env['PORT'] ?? 4321);
const dist = path.resolve(process.env['DIST'] ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

const assets = sirv(dist, { etag: true, extensions: ['html'] });
const notFound = readFileSync(path.join(dist, '404.html'));
/** The headers a static host would send, read from the built dist/_headers (CSP and the rest). */
const headerRules = existsSync(path.join(dist, '_headers')) ? parseHeaders(readFileSync(path.join(dist, '_headers'), 'utf8')) : [];

/**
 * Types a static host compresses. Pagefind writes its wasm (.pagefind) and index files (.pf_*)
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
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** Compressed bodies by file version; `null` for a file that is gzip data already. */
const gzipped = new Map<string, Buffer | null>();

/** The file a URL path names, as sirv resolves it: the file itself, `<path>.html` or `<path>/index.html`. */
function fileFor(url: string): { file: string; mtimeMs: number; size: number } | undefined {
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
function sendGzipped(req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.range) return false;
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return false;
  const found = fileFor(req.url ?? '/');
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
    'Cache-Control': 'no-cache',
    ETag: etag,
    Vary: 'Accept-Encoding',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}

const server = createServer((req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  for (const [name, value] of Object.entries(headersFor(headerRules, urlPath))) res.setHeader(name, value);
  if (sendGzipped(req, res)) return;
  assets(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), dist) || '.'} at http://127.0.0.1:${port}/`);
});
