import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';
import { root } from '../../scripts/paths.ts';
import { spawnUntil, type ReadyProcess } from '../../scripts/spawn-until.ts';
import { dist } from './dist';

let preview: ReadyProcess | undefined;
let origin: string;

// `npm run preview` (astro preview) serving the build under test, as a reader would use it locally.
beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  preview = await spawnUntil(
    path.join(root, 'node_modules/.bin/astro'),
    ['preview', '--host', '127.0.0.1', '--port', String(port)],
    new RegExp(`http://127\\.0\\.0\\.1:${port}\\b`),
    { cwd: root, env: { ...process.env, ASTRO_OUT_DIR: dist } },
  );
}, 60_000);

afterAll(async () => {
  await preview?.close();
});

describe('astro preview', () => {
  it('answers an unknown address with the 404 page and status 404', async () => {
    const response = await fetch(`${origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>Page not found</h1>');
  });

  it('serves the pages themselves with status 200', async () => {
    const response = await fetch(`${origin}/kafka-streams-vs-spark/`);
    expect(response.status).toBe(200);
  });
});
