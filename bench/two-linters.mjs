/**
 * The ceiling for `--jobs 2` set by this machine for newslint's own work: the same
 * articles analysed by one worker thread alone, then by two worker threads at once (each
 * the whole list, its own linter, no messages between them), as the speed-up of the pair.
 * No pool does better than two threads that share nothing, so `--jobs 2` is read
 * against this figure as well as against the 1.7x target.
 *
 * Both sides run in fresh worker threads with the same warm-up (two passes), so neither
 * carries the main thread's heap. Each thread is one V8 isolate, but V8's helper threads
 * (concurrent compilation, parallel and concurrent GC) are the process's: a thread alone
 * gets them on the other core for free; two threads at once compete with them.
 *
 * Runs the built library (dist/index.js), as the pool's workers do. Plain JavaScript, so
 * the worker needs no TypeScript loader.
 */
import { existsSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const LIBRARY = new URL('../dist/index.js', import.meta.url);

if (!isMainThread) {
  const { createLinter } = await import(LIBRARY.href);
  const linter = createLinter({});
  const pass = () => {
    for (const a of workerData.articles) linter.analyze(a);
  };
  for (let i = 0; i < workerData.warm; i++) pass();
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    const t = performance.now();
    for (let i = 0; i < workerData.passes; i++) pass();
    parentPort.postMessage(performance.now() - t);
  });
}

/** Starts `count` warmed workers, then times them running together; the slowest one's ms. */
async function together(count, data) {
  const workers = Array.from({ length: count }, () => new Worker(new URL(import.meta.url), { workerData: data }));
  await Promise.all(workers.map((w) => new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); })));
  const done = workers.map((w) => new Promise((resolve) => w.once('message', resolve)));
  for (const w of workers) w.postMessage('go');
  const ms = Math.max(...(await Promise.all(done)));
  await Promise.all(workers.map((w) => w.terminate()));
  return ms;
}

/**
 * Speed-up of two threads over one on `articles` (1 = no gain, 2 = perfect): the median of
 * `rounds` alternating measures of each side. Undefined when the library is not built.
 */
export async function twoLinterScaling(articles, { passes = 2, warm = 2, rounds = 3 } = {}) {
  if (!existsSync(LIBRARY)) return undefined;
  const data = { articles, passes, warm };
  const one = [];
  const two = [];
  for (let r = 0; r < rounds; r++) {
    one.push(await together(1, data));
    two.push(await together(2, data));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return (2 * median(one)) / median(two);
}
