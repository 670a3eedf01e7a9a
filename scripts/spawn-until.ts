/** Starts a long-running process (a server, a browser) and waits until it says it is ready. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ReadyProcess {
  readonly child: ChildProcess;
  /** The match of `ready` in the process's output. */
  readonly match: RegExpExecArray;
  /** Stops the process and waits for it to exit. */
  readonly close: () => Promise<void>;
}

/**
 * Spawns `command` and resolves once its stdout or stderr (together) matches `ready`; rejects with
 * what it said when it exits first. Its output after that is read and dropped.
 */
export function spawnUntil(
  command: string,
  args: readonly string[],
  ready: RegExp,
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ReadyProcess> {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  return new Promise((resolve, reject) => {
    let said = '';
    let started = false;
    const listen = (chunk: Buffer) => {
      if (started) return;
      said += chunk.toString();
      const match = ready.exec(said);
      if (!match) return;
      started = true;
      resolve({ child, match, close });
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!started) reject(new Error(`${path.basename(command)} exited (${code ?? signal}) before printing ${ready}:\n${said}`));
    });
  });
}
