/**
 * `npm run bench`: one process, one generated corpus of ~5 KB articles (sentences from
 * the seeds and fixture stories, recombined with a seeded PRNG). Prints articles/s, MB/s
 * and peak RSS for the floor (wink-nlp alone), newslint single-article, newslint with
 * grouping and cross-source on batches of 1,000 and 10,000, --jobs 2, textlint with
 * write-good as a peer, and the CLI's cold start; then the ratios, against the targets.
 * Writes the table to docs/benchmark.md (pass --no-write not to).
 *
 * Flags: --quick (small sizes, for a smoke run), --no-write.
 * Environment, to run some sections only (nothing is written to docs/benchmark.md then):
 *   BENCH_ONLY=floor,single,batch,jobs,peer,cold   (jobs: one job and the pool on the first batch size)
 *   BENCH_BATCHES=1000,10000                        (story batch sizes)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { createLinter } from '../src/config/linter.js';
import type { NewslintConfig } from '../src/config/schema.js';
import type { Article, ArticleInput } from '../src/schema.js';
import { makeCorpus } from './corpus.js';
import { fmt, machine, peakRssMb, root, timed, writeSection } from './report.js';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const SINGLE = QUICK ? 40 : 400; // articles for the single-article measures
const PEER = QUICK ? 20 : 100; // textlint is slower; its rate is per article all the same
const BATCHES = process.env.BENCH_BATCHES ? process.env.BENCH_BATCHES.split(',').map(Number) : QUICK ? [100, 400] : [1_000, 10_000];
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const want = (section: string) => ONLY.size === 0 || ONLY.has(section);
const COLD_RUNS = QUICK ? 3 : 7;

interface Row {
  name: string;
  articles: number;
  ms: number;
  /** Process CPU time over the same runs (median), for the noise check beside each ratio. */
  cpuMs: number;
  bytes: number;
  rss: number;
  note?: string;
}

const rows: Row[] = [];
const bytesOf = (list: readonly ArticleInput[]) => list.reduce((n, a) => n + Buffer.byteLength(a.text as string), 0);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
interface Timing { ms: number; cpuMs: number }
/** Medians of wall and CPU time over runs. */
const medianOf = (runs: Timing[]): Timing => ({ ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)) });

function record(name: string, list: readonly ArticleInput[], time: Timing, note?: string): Row {
  const row = { name, articles: list.length, ms: time.ms, cpuMs: time.cpuMs, bytes: bytesOf(list), rss: peakRssMb(), note };
  rows.push(row);
  const rate = (row.articles / row.ms) * 1000;
  console.log(`${name.padEnd(44)} ${String(row.articles).padStart(6)} articles  ${fmt(rate, 1).padStart(8)} articles/s  ${fmt(row.bytes / 2 ** 20 / (row.ms / 1000), 2).padStart(7)} MB/s  peak RSS ${row.rss} MB${note ? `  (${note})` : ''}`);
  return row;
}
const rate = (r: Row | undefined) => (r ? (r.articles / r.ms) * 1000 : NaN);
const cpuRate = (r: Row | undefined) => (r ? (r.articles / r.cpuMs) * 1000 : NaN);

// ---- The corpus ----
console.log(`newslint benchmark — ${new Date().toISOString()}\n${machine()}\n`);
const corpus = makeCorpus(SINGLE, 5_000);
const texts = corpus.map((a) => a.text as string);
console.log(`corpus: ${corpus.length} articles, ${fmt(bytesOf(corpus) / corpus.length / 1000, 1)} KB average\n`);

// ---- (1) The floor: wink-nlp alone, reading the same texts ----
const nlp = winkNLP(model);
function floorPass(list: readonly string[]): number {
  let n = 0;
  for (const text of list) {
    const doc = nlp.readDoc(text);
    // wink's typings leave these callbacks untyped; a sentence and a token item.
    doc.sentences().each((s: { tokens(): { each(f: (t: { out(): unknown }) => void): void } }) => {
      s.tokens().each((t) => {
        n += (t.out() as string).length;
      });
    });
  }
  return n;
}
// ---- (2) newslint, one article at a time, all rules ----
const linter = createLinter({});
let flags = 0;
const singlePass = () => {
  flags = 0;
  for (const a of corpus) flags += linter.analyze(a).flags.length;
};

// The floor and newslint are timed in alternating rounds and each side keeps its median
// round: on a shared machine, load that comes and goes then falls on both sides alike,
// instead of on whichever section happened to run during it.
const ROUNDS = QUICK ? 1 : 5;
const floorTimes: Timing[] = [];
const singleTimes: Timing[] = [];
// Warm-up, the same for both sides: one pass over the corpus (JIT, model caches), so the
// timed passes compare steady states, not how fast each side's code gets compiled.
if (want('floor')) floorPass(texts);
if (want('single') || want('batch') || want('jobs') || want('peer')) singlePass();
for (let r = 0; r < ROUNDS; r++) {
  if (want('floor')) floorTimes.push(await timed(() => floorPass(texts)));
  if (want('single')) singleTimes.push(await timed(singlePass));
}
let floor: Row | undefined;
if (want('floor')) floor = record('floor: wink readDoc + sentences + tokens', corpus, medianOf(floorTimes), ROUNDS > 1 ? `median of ${ROUNDS} rounds` : undefined);
let single: Row | undefined;
if (want('single')) {
  single = record('newslint analyze (all rules)', corpus, medianOf(singleTimes), ROUNDS > 1 ? `median of ${ROUNDS} rounds, alternating with the floor` : undefined);
  console.log(`  (${flags} flags, ${fmt(flags / corpus.length, 1)} per article)`);
}

// ---- (3) The peer: textlint with write-good, on the same texts ----
// Right after the single-article rounds, before the batches fill the heap: both sides
// run in the same conditions as the floor comparison.
let peer: Row | undefined;
let peerOurs: Row | undefined;
if (want('peer')) try {
  const require = createRequire(import.meta.url);
  const { createLinter: createTextlint } = await import('textlint');
  const { TextlintKernelDescriptor } = require('@textlint/kernel') as typeof import('@textlint/kernel');
  const interop = (m: any) => m?.default ?? m;
  const writeGood = interop(require('textlint-rule-write-good'));
  const textPlugin = interop(require('@textlint/textlint-plugin-text'));
  const descriptor = new TextlintKernelDescriptor({
    rules: [{ ruleId: 'write-good', rule: writeGood, options: true }],
    plugins: [{ pluginId: 'text', plugin: textPlugin }],
    filterRules: [],
  });
  const textlint = createTextlint({ descriptor });
  const list = corpus.slice(0, PEER);
  for (const a of list.slice(0, 5)) await textlint.lintText(a.text as string, 'warm.txt');
  let messages = 0;
  // Alternating rounds against newslint on the same articles, medians compared (as for the floor).
  const peerTimes: Timing[] = [];
  const oursTimes: Timing[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    peerTimes.push(await timed(async () => {
      messages = 0;
      for (const a of list) messages += (await textlint.lintText(a.text as string, 'article.txt')).messages.length;
    }));
    oursTimes.push(await timed(() => {
      for (const a of list) linter.analyze(a);
    }));
  }
  peer = record('peer: textlint + write-good', list, medianOf(peerTimes), `${messages} messages${ROUNDS > 1 ? `, median of ${ROUNDS} rounds` : ''}`);
  peerOurs = record('newslint analyze, the same articles as the peer', list, medianOf(oursTimes), ROUNDS > 1 ? `median of ${ROUNDS} rounds, alternating with the peer` : undefined);
} catch (error) {
  console.log(`peer: textlint could not run (${(error as Error).message})`);
}

// ---- (4) Grouping and cross-source on story batches, and (5) --jobs 2 ----
let generateStories: ((o: { articles: number; chars?: number; seed?: number }) => { articles: ArticleInput[] }) | undefined;
if (existsSync(join(root, 'bench', 'generate.ts'))) ({ generateStories } = await import('./generate.js'));
const batchOf = (n: number, seed: number): ArticleInput[] => (generateStories ? generateStories({ articles: n, chars: 5_000, seed }).articles : makeCorpus(n, 5_000, seed + n));
const batchRows: Row[] = [];
let jobs1: Row | undefined;
let jobs2: Row | undefined;
const pool = want('jobs') ? await import('../src/workers/pool.js') : undefined;
const poolConfig: NewslintConfig = { rules: {}, lexicon: {}, house: [], overrides: [], suppressions: [] };
const clusterNote = (clusters: number, runs: number, extra = '') => `${clusters} clusters${generateStories ? '' : ', corpus.ts batch'}${runs > 1 ? `, median of ${runs} ${extra}` : ''}`;
if (pool) {
  // Warm-up, as for one job (whose thread read the corpus first): one call on the corpus
  // starts the pool's worker and compiles its code; the pool lives on to the timed calls.
  // BENCH_POOL_WARMUP=8 warms on 8 articles only: the worker starts, but its code is cold.
  const warm = process.env.BENCH_POOL_WARMUP ? (corpus.slice(0, Number(process.env.BENCH_POOL_WARMUP)) as Article[]) : (corpus as Article[]);
  await pool.analyzeInPool(warm, linter, poolConfig, 'auto', { jobs: 2 });
  // --jobs 2 against one job: ROUNDS alternating runs on one batch, so both sides meet the
  // same conditions (the same words already seen, the same heap), before the large batch
  // fills the heap.
  const n = BATCHES[0]!;
  const list = batchOf(n, 7);
  let clusters = 0;
  const times: Timing[] = [];
  const poolTimes: Timing[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    times.push(await timed(() => {
      clusters = linter.analyzeAll(list, { cluster: 'auto' }).clusters.length;
    }));
    poolTimes.push(await timed(() => pool.analyzeInPool(list as Article[], linter, poolConfig, 'auto', { jobs: 2 })));
  }
  jobs1 = record(`newslint analyzeAll, one job, ${n}`, list, medianOf(times), clusterNote(clusters, times.length, 'runs, alternating with --jobs 2 on the same batch'));
  jobs2 = record(`newslint --jobs 2 (worker pool), ${n}`, list, medianOf(poolTimes), poolTimes.length > 1 ? `median of ${poolTimes.length} runs, alternating with one job` : undefined);
  const t = pool.lastPoolTimings;
  if (t) console.log(`  (articles ${fmt(t.articles, 0)} ms, this thread ${t.ownChunks}/${t.chunks} chunks; grouping ${fmt(t.grouped - t.articles, 0)} ms; stories ${fmt(t.stories - t.grouped, 0)} ms, ${t.storyGroups} groups (${t.early} of them run ahead, of ${t.ahead} bundles), ${t.rebuilt} Documents rebuilt; total ${fmt(t.total, 0)} ms)`);
  await pool.closePool();
}
// Story batches for the 10k/1k ratio. Every batch is one the process has not read before
// (its own seed): a batch repeated would find its new words (names, places) already in
// the stemmer's and lemmatiser's caches and wink's vocabulary, so a repeated small batch
// against a fresh large one would charge the large one for first sightings the small one
// skips. The small size is timed ROUNDS times, each on a fresh batch (median kept); the
// large one runs once.
for (const n of want('batch') ? BATCHES : []) {
  const first = n === BATCHES[0];
  const runs = first ? ROUNDS : 1;
  let clusters = 0;
  let list: ArticleInput[] = [];
  const times: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    list = batchOf(n, 1_000 * (BATCHES.indexOf(n) + 1) + 7 + r);
    times.push(await timed(() => {
      clusters = linter.analyzeAll(list, { cluster: 'auto' }).clusters.length;
    }));
  }
  batchRows.push(record(`newslint analyzeAll, cluster auto, ${n}`, list, medianOf(times), clusterNote(clusters, runs, 'runs, each on a fresh batch')));
}

// ---- What two threads can do on this machine: the ceiling --jobs 2 is read against ----
let ceiling: Record<string, number> | undefined;
if (want('jobs')) {
  const { twoThreadScaling } = await import('./two-threads.mjs');
  ceiling = await twoThreadScaling(QUICK ? 0.2 : 1);
  // newslint's own work on two threads that share nothing (the built library; see bench/two-linters.mjs).
  const { twoLinterScaling } = await import('./two-linters.mjs');
  const own = await twoLinterScaling(corpus.slice(0, QUICK ? 20 : 100), QUICK ? { rounds: 1, warm: 1, passes: 1 } : {});
  console.log(`two threads on reference kernels (speed-up over one): ${Object.entries(ceiling).map(([k, v]) => `${k} ${fmt(v, 2)}x`).join(', ')}`);
  if (own !== undefined) {
    ceiling.newslint = own;
    console.log(`two newslint threads that share nothing (speed-up over one): ${fmt(own, 2)}x`);
  } else console.log('two newslint threads: dist/ is missing; run npm run build');
}

// ---- CLI cold start: a fresh process checking one short article ----
let cold: number | undefined;
const cli = join(root, 'dist', 'cli.js');
if (!want('cold')) {
  // skipped (BENCH_ONLY)
} else if (existsSync(cli)) {
  const dir = mkdtempSync(join(tmpdir(), 'newslint-bench-'));
  const file = join(dir, 'short.txt');
  writeFileSync(file, 'Port reopens after storm\n\nThe port of Valparaiso reopened on Tuesday, harbour master Luis Ortega said.\n');
  const times: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'check', file, '--no-config'], { encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`cold start run failed (${r.status}): ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  cold = times[Math.floor(times.length / 2)]! / 1000;
  console.log(`CLI cold start (node dist/cli.js check <one short article>), median of ${COLD_RUNS}: ${fmt(cold, 3)} s`);
} else {
  console.log('CLI cold start: dist/cli.js is missing; run npm run build first');
}

// ---- Ratios against the targets ----
/**
 * A ratio of wall-clock rates (the target is judged on it) and, where both sides run on
 * one thread, the same ratio in process CPU time: when the two disagree, the machine's
 * load moved between the sides and the wall ratio is noise.
 */
interface Ratio { name: string; value: number; cpu?: number; target: string; ok: boolean }
const big = batchRows[batchRows.length - 1];
const small = batchRows[0];
const atLeast = (v: number, t: number) => v >= t;
const ratios: Ratio[] = [
  { name: 'all rules / floor (articles/s)', value: rate(single) / rate(floor), cpu: cpuRate(single) / cpuRate(floor), target: '>= 0.7', ok: atLeast(rate(single) / rate(floor), 0.7) },
  { name: 'newslint / textlint+write-good (articles/s)', value: rate(peerOurs) / rate(peer), cpu: cpuRate(peerOurs) / cpuRate(peer), target: '>= 4', ok: atLeast(rate(peerOurs) / rate(peer), 4) },
  { name: '--jobs 2 / one job (articles/s)', value: rate(jobs2) / rate(jobs1), target: '>= 1.7', ok: atLeast(rate(jobs2) / rate(jobs1), 1.7) },
  { name: `cross-source time ${big?.articles}/${small?.articles}`, value: (big?.ms ?? NaN) / (small?.ms ?? NaN), cpu: (big?.cpuMs ?? NaN) / (small?.cpuMs ?? NaN), target: '<= 12', ok: (big?.ms ?? Infinity) / (small?.ms ?? 1) <= 12 },
  { name: 'CLI cold start (s, median)', value: cold ?? NaN, target: '<= 0.5', ok: cold !== undefined && cold <= 0.5 },
];
console.log('\nratios (wall clock; in CPU time where both sides are one thread):');
for (const r of ratios) console.log(`  ${r.name.padEnd(44)} ${fmt(r.value, 2).padStart(7)}${r.cpu === undefined ? '        ' : ` (${fmt(r.cpu, 2)})`.padStart(8)}   target ${r.target.padEnd(7)} ${Number.isNaN(r.value) ? 'not measured' : r.ok ? 'met' : 'MISSED'}`);
if (ceiling) console.log(`  (this machine, two threads at once: ${Object.entries(ceiling).map(([k, v]) => `${k} ${fmt(v, 2)}x`).join(', ')}; see bench/two-threads.mjs, bench/two-linters.mjs)`);
console.log(`\npeak RSS of the whole run: ${peakRssMb()} MB`);

// ---- docs/benchmark.md ----
if (!args.has('--no-write') && !QUICK && ONLY.size === 0 && !process.env.BENCH_BATCHES) {
  const table = [
    '| Measure | Articles | Articles/s | MB/s | Peak RSS (MB) | Note |',
    '|---|---:|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.name} | ${r.articles} | ${fmt(rate(r), 1)} | ${fmt(r.bytes / 2 ** 20 / (r.ms / 1000), 2)} | ${r.rss} | ${r.note ?? ''} |`),
  ].join('\n');
  const ratioTable = [
    '| Ratio | Wall clock | CPU time | Target | |',
    '|---|---:|---:|---|---|',
    ...ratios.map((r) => `| ${r.name} | ${fmt(r.value, 2)} | ${r.cpu === undefined ? '' : fmt(r.cpu, 2)} | ${r.target} | ${Number.isNaN(r.value) ? 'not measured' : r.ok ? 'met' : '**missed**'} |`),
  ].join('\n');
  writeSection(
    'bench',
    `## Throughput (\`npm run bench\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.
Corpus: ${corpus.length} generated articles of about ${fmt(bytesOf(corpus) / corpus.length / 1000, 1)} KB (sentences from the seeds and
fixture stories, recombined with a seeded PRNG); story batches from bench/generate.ts. One process;
peak RSS is the process's peak so far when the row finished. The floor and newslint, and the peer
and newslint, are timed in ${ROUNDS} alternating rounds (medians compared); one job and
--jobs 2 in ${ROUNDS} alternating runs on the same batch (medians compared); the story batches of the
${BATCHES.join('/')} ratio are each new to the process (the small one ${ROUNDS} times, a fresh batch each time; median). Targets are judged on wall-clock ratios; the CPU-time column
(the process's CPU time, all threads) shows how much of a wall-clock ratio is the machine's load.

${table}

${ratioTable}
${ceiling ? `
What two threads can do on this machine at all (bench/two-threads.mjs: each kernel on one
thread, then on two at once; the speed-up of the pair): ${Object.entries(ceiling).map(([k, v]) => `${k} ${fmt(v, 2)}x`).join(', ')}.
ilp is integer arithmetic in independent chains (execution units, which two vCPUs share when they are
hyperthreads of one core), l2 random updates in a 256 KB array, mem in a 16 MB array (shared
cache and memory).${ceiling.newslint === undefined ? '' : ` newslint is the library itself (dist/), the same 100 articles analysed by one
worker thread alone and by two at once that share nothing (bench/two-linters.mjs): no pool can
beat it, so read the --jobs 2 ratio against it. It is below the kernels because V8 compiles
and collects garbage on helper threads, which a thread alone has the other core for.`}
` : ''}`,
  );
  console.log('wrote docs/benchmark.md');
}
