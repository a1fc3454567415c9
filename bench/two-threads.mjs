/**
 * What two threads can do on this machine at all: three small kernels, each timed on one
 * thread and then on two at once (this thread and a worker), as the speed-up of the pair.
 *   ilp: integer arithmetic in four independent chains (execution units; two vCPUs
 *        that are hyperthreads of one core share them)
 *   l2:  random updates in a 256 KB array (each core's own cache)
 *   mem: random updates in a 16 MB array (the shared cache and memory)
 * newslint's work is a mix of all three; its --jobs 2 ratio can be read against these.
 * Plain JavaScript, so the worker needs no TypeScript loader.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const SIZES = { ilp: 1.5e8, l2: 1.5e8, mem: 3e7 };

function kernel(kind, n) {
  if (kind === 'ilp') {
    let a = 1, b = 2, c = 3, d = 4;
    for (let i = 0; i < n; i++) { a = (a * 31 + i) | 0; b = (b * 17 + i) | 0; c = (c * 13 + i) | 0; d = (d * 7 + i) | 0; }
    return a + b + c + d;
  }
  const arr = new Int32Array(kind === 'l2' ? 1 << 16 : 1 << 22);
  const mask = arr.length - 1;
  let x = 1;
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) & mask; arr[x] += i; }
  return arr[5];
}

if (!isMainThread) {
  // Warm, then wait for the start signal so both threads run the timed kernel together.
  kernel(workerData.kind, workerData.n / 10);
  parentPort.postMessage('ready');
  parentPort.once('message', () => { kernel(workerData.kind, workerData.n); parentPort.postMessage('done'); });
}

/** Speed-up of two threads over one, per kernel (1 = no gain, 2 = perfect). */
export async function twoThreadScaling(scale = 1) {
  const out = {};
  for (const kind of Object.keys(SIZES)) {
    const n = SIZES[kind] * scale;
    kernel(kind, n / 10);
    let t = performance.now();
    kernel(kind, n);
    const one = performance.now() - t;
    const w = new Worker(new URL(import.meta.url), { workerData: { kind, n } });
    await new Promise((resolve) => w.once('message', resolve));
    const done = new Promise((resolve) => w.once('message', resolve));
    t = performance.now();
    w.postMessage('go');
    kernel(kind, n);
    await done;
    const two = performance.now() - t;
    await w.terminate();
    out[kind] = (2 * one) / two;
  }
  return out;
}
