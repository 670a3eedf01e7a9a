/**
 * Serves the built site (dist/) on http://127.0.0.1:4321, as a static host would: directory
 * indexes, the 404 page with status 404 for unknown paths. Used by `npm start` and the browser tests.
 * Environment: PORT (default 4321), DIST (default dist).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const port = Number(process.env['PORT'] ?? 4321);
const dist = path.resolve(process.env['DIST'] ?? 'dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}

const assets = sirv(dist, { etag: true, extensions: ['html'] });
const notFound = readFileSync(path.join(dist, '404.html'));

const server = createServer((req, res) => {
  assets(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), dist) || '.'} at http://127.0.0.1:${port}/`);
});
