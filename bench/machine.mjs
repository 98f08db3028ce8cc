// The machine the benchmark runs on: how busy it is before each measurement, and what it is.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** Fraction of the machine's CPU time spent busy over `ms` (Linux /proc/stat), or null. */
async function cpuBusy(ms = 300) {
  const read = () => {
    try {
      const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
      return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  const a = read();
  if (!a) return null;
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : 0;
}

/** Waits (up to maxMs) until other processes leave the CPU mostly idle; returns the last reading. */
export async function waitForIdle(maxMs = 30_000, threshold = 0.25) {
  const until = Date.now() + maxMs;
  let busy = await cpuBusy();
  while (busy !== null && busy > threshold && Date.now() < until) busy = await cpuBusy(1000);
  return busy;
}

/** What the numbers were measured on and with, for the results file. @param {string} browserVersion */
export function environment(browserVersion) {
  const pkg = (p) => JSON.parse(readFileSync(join(ROOT, 'node_modules', p, 'package.json'), 'utf8')).version;
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 1e9),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    playwrightCore: pkg('playwright-core'),
    visTimeline: pkg('vis-timeline'),
    visData: pkg('vis-data'),
    timelinejs: pkg('@knight-lab/timelinejs'),
    gitCommit: git('rev-parse', '--short', 'HEAD'),
    srcChanged: (git('status', '--porcelain', '--', 'src', 'package.json') ?? '').split('\n').filter(Boolean)
      .length,
  };
}
