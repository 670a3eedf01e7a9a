import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';
import { dist } from './dist';

const root = path.resolve(import.meta.dirname, '../..');
let preview: ChildProcess;
let origin: string;

// `npm run preview` (astro preview) serving the build under test, as a reader would use it locally.
beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  preview = spawn(path.join(root, 'node_modules/.bin/astro'), ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_OUT_DIR: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let said = '';
    const listen = (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes(origin)) resolve();
    };
    preview.stdout?.on('data', listen);
    preview.stderr?.on('data', listen);
    preview.once('exit', (code) => reject(new Error(`astro preview exited (${code}):\n${said}`)));
  });
}, 60_000);

afterAll(() => {
  preview?.kill();
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
