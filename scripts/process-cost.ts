/**
 * Runs a command and measures what it costs the machine: wall time, CPU time and peak memory of
 * its whole process tree (Astro's Node process, esbuild, Pagefind's indexer), sampled from /proc.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessCost {
  readonly wallSeconds: number;
  /** User + system CPU of every process in the tree, including children already reaped. */
  readonly cpuSeconds: number;
  /** Highest sum of the resident set sizes of all processes in the tree at one moment. */
  readonly peakRssBytes: number;
}

export interface MeasuredRun extends ProcessCost {
  readonly status: number | null;
  /** stdout and stderr together. */
  readonly output: string;
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const pageBytes = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
const sampleEveryMs = 100;

interface Stat {
  readonly ppid: number;
  /** utime + stime + cutime + cstime: the process's own CPU and that of the children it reaped. */
  readonly cpuTicks: number;
  readonly rssPages: number;
}

/** Fields of /proc/<pid>/stat (see proc(5)); undefined when the process is gone. */
function readStat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
  const f = text
    .slice(text.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  const at = (field: number) => f[field - 3] ?? 0;
  return { ppid: at(4), cpuTicks: at(14) + at(15) + at(16) + at(17), rssPages: at(24) };
}

/** CPU ticks and resident pages of the tree rooted at `root`, right now. */
function sampleTree(root: number): { cpuTicks: number; rssPages: number } {
  const stats = new Map<number, Stat>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let cpuTicks = 0;
  let rssPages = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    const stat = stats.get(pid);
    if (!stat) continue;
    cpuTicks += stat.cpuTicks;
    rssPages += stat.rssPages;
    queue.push(...(children.get(pid) ?? []));
  }
  return { cpuTicks, rssPages };
}

/**
 * Runs `command` to completion, sampling its process tree every 100 ms. CPU time is the highest
 * total seen (a zombie keeps its times until reaped; a reaped child's times move to its parent), so
 * it can miss up to one sample interval of the tree's last work.
 */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    let cpuTicks = 0;
    let rssPages = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const now = sampleTree(child.pid);
      cpuTicks = Math.max(cpuTicks, now.cpuTicks);
      rssPages = Math.max(rssPages, now.rssPages);
    };
    const timer = setInterval(sample, sampleEveryMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        output: output.join('').replace(/\x1b\[[0-9;]*m/g, ''),
        wallSeconds: (performance.now() - started) / 1000,
        cpuSeconds: cpuTicks / ticksPerSecond,
        peakRssBytes: rssPages * pageBytes,
      });
    });
  });
}
