#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { main } from './cli/main.js';

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

const code = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
  stdinLines,
  isTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
  stderrIsTTY: !!process.stderr.isTTY,
});
process.exitCode = code;
