/** Starts the site's own server (scripts/serve.ts, with gzip) on a free port for a built folder. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../free-port.ts';
import { root } from './build-site.ts';

export interface RunningServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

/** Serves `dist` with `node scripts/serve.ts`, as `npm start` and the browser tests do. */
export async function serve(dist: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DIST: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let said = '';
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Serving')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`scripts/serve.ts exited (${code}): ${said}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill();
      await exited;
    },
  };
}
