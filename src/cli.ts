#!/usr/bin/env node
/**
 * The `newslint` command. It runs the CLI bundle (dist/cli-bundle.cjs: the command and its
 * dependencies in one CommonJS file, entry src/cli/process.ts) through V8 with the code
 * cache the build wrote beside it. A cold `newslint check` otherwise spends about a quarter
 * of its time compiling the same 2.4 MB of JavaScript; Node 20 offers V8's code cache to
 * scripts only (vm.Script), not to ES modules, hence the CommonJS bundle.
 *
 * The cache is used only when it was made from this very bundle: its first 20 bytes are the
 * SHA-1 of the bundle's bytes (V8 itself checks only the text's length, its own version and
 * flags; a checksum against accidents, not an adversary, so the cheaper hash). A missing, stale or rejected cache costs speed, never correctness: V8 compiles the
 * bundle as usual. `NEWSLINT_CODE_CACHE=write` (used by `npm run build`, see
 * scripts/write-code-cache.mjs) writes the cache after the run, with the functions that run
 * compiled in it.
 */
import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('./cli-bundle.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;
const HASH_BYTES = 20;

let bytes: Buffer;
try {
  bytes = readFileSync(bundle);
} catch (error) {
  process.stderr.write(`newslint: cannot read ${bundle} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); run npm run build\n`);
  process.exit(2);
}

// The build writes the bundle in ASCII (scripts/ascii-bundle.mjs): read as Latin-1 it is the
// same text, decoded several times faster than UTF-8, and a one-byte string for V8.
const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
const hash = createHash('sha1').update(bytes).digest();
const writing = process.env.NEWSLINT_CODE_CACHE === 'write';
let cachedData: Buffer | undefined;
if (!writing) {
  try {
    const file = readFileSync(cacheFile);
    if (file.length > HASH_BYTES && hash.equals(file.subarray(0, HASH_BYTES))) cachedData = file.subarray(HASH_BYTES);
  } catch {
    // No cache: compile as usual.
  }
}

// CommonJS's own wrapper, on one line with the bundle's first (so its line numbers hold).
const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source.replace(/^#!.*/, '')}\n})`;
const script = new vm.Script(wrapped, { filename: bundle, cachedData });

// A script's own import() needs an experimental option; the bundle borrows this module's
// (for a config file, and tsx for a .ts one: see dynamicImport in src/config/load.ts).
(globalThis as Record<symbol, unknown>)[Symbol.for('newslint.import')] = (specifier: string) => import(specifier);

if (writing) {
  process.on('exit', () => {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([hash, script.createCachedData()]));
    renameSync(temporary, cacheFile);
  });
}

const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
const module = { exports: {} };
run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
