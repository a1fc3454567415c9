/**
 * The command in this process: stdin, stdout and the exit code wired to `main`. This is the
 * entry of the CLI bundle (dist/cli-bundle.cjs), which src/cli.ts loads with V8's code cache.
 */
import { createInterface } from 'node:readline';
import { main } from './main.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Stdin one line at a time, so `newslint check - --format jsonl` can sit in a pipe. */
function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, crlfDelay: Infinity });
}

// A closed pipe downstream (`newslint ... | head`) is a normal end, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// No top-level await: the bundle is CommonJS (V8's code cache is reachable for scripts, not
// for ES modules, in Node 20).
void main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
  stdinLines,
  isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
  stderrIsTTY: !!process.stderr.isTTY,
}).then((code) => {
  process.exitCode = code;
});
