/**
 * Shared by the benchmark scripts: the machine line, peak memory, a timer, and writing
 * one section of docs/benchmark.md (each script owns one section, between markers).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
export const DOC = join(root, 'docs', 'benchmark.md');

export function machine(): string {
  let nproc = String(availableParallelism());
  try {
    nproc = execSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // not on Linux: availableParallelism stands in
  }
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${nproc} CPUs (nproc), ${model}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}, ${platform()} ${release()}`;
}

/** Peak resident set size of this process so far, in MB. */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/**
 * Wall time, and the process's CPU time (all its threads) over the same call: on a shared
 * machine, CPU time shows the work done whatever the neighbours' load did to the wall time.
 */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** Replace the section between `<!-- name -->` and `<!-- /name -->` (appended if missing). */
export function writeSection(name: string, markdown: string): void {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmark\n\nWritten by `npm run bench` (bench/run.ts) and `npx tsx bench/adversarial.ts --write`; do not edit by hand between the markers.\n';
  const a = doc.indexOf(open);
  const b = doc.indexOf(close);
  if (a >= 0 && b > a) doc = doc.slice(0, a) + block + doc.slice(b + close.length);
  else doc = `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(DOC, doc.endsWith('\n') ? doc : `${doc}\n`);
}
