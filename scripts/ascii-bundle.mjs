// Rewrites the CLI bundle and the pool worker (dist/cli-bundle.cjs, dist/workers/worker.js)
// in plain ASCII: every other character becomes its \u escape. Run by `npm run build` after
// tsup, before the code cache is written (the cache belongs to the final text).
//
// Why: one character outside ASCII makes the whole 2.8 MB bundle a two-byte string. Node
// decodes it several times slower (~22 ms against ~6 ms, at every start of the command) and
// V8 reads twice the bytes. esbuild escapes non-ASCII characters in strings but leaves them
// in regular-expression literals, raw template strings and comments.
//
// Why this is safe: a \u escape means the same character in a string, a cooked template, a
// regular expression (with or without the u flag, in a class or not: characters beyond
// U+FFFF become a surrogate pair of escapes, which is how a regular expression without
// the u flag reads them anyway, and what one with it reads as one character) and an
// identifier; in a comment it is text. The one place it would change a value is a raw template
// string (String.raw`’` is one character, String.raw`\u2019` six), so a raw template
// holding such a character stops the build: write the escape in the source instead (as
// src/document/dates.ts does for its regular-expression sources).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = ['dist/cli-bundle.cjs', 'dist/workers/worker.js'];
const NON_ASCII = /[^\x00-\x7f]/g;
/** A non-ASCII code unit with the backslashes right before it. */
const WITH_BACKSLASHES = /(\\*)([^\x00-\x7f])/g;
const RAW_TEMPLATE = /String\.raw`(?:[^`\\]|\\.)*`/g;

const escape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/**
 * An odd run of backslashes before the character ends in an identity escape ("\–" in a
 * string or in a regular expression without the u flag means "–"): that backslash goes, or
 * "\\u2013" would be a backslash followed by the letters "u2013".
 */
const escapeAfter = (_, slashes, c) => (slashes.length % 2 ? slashes.slice(1) : slashes) + escape(c);

let failed = false;
for (const file of files) {
  const path = `${root}${file}`;
  const source = readFileSync(path, 'utf8');
  const raw = [...source.matchAll(RAW_TEMPLATE)].filter((m) => /[^\x00-\x7f]/.test(m[0]));
  if (raw.length) {
    for (const m of raw) {
      const line = source.slice(0, m.index).split('\n').length;
      console.error(`ascii-bundle: ${file}:${line}: a raw template string holds a non-ASCII character (write it as a \\u escape in the source): ${m[0].slice(0, 80)}`);
    }
    failed = true;
    continue;
  }
  // UTF-16 code units, one by one: a character beyond U+FFFF is two escapes (a surrogate pair).
  const ascii = source.replace(WITH_BACKSLASHES, escapeAfter);
  if (ascii === source) continue;
  // Still a script that compiles (the worker is an ES module: checked as one by the tests that run it).
  if (file.endsWith('.cjs')) new vm.Script(ascii, { filename: path });
  writeFileSync(path, ascii);
  console.log(`ascii-bundle: ${file}, ${source.match(NON_ASCII).length} characters escaped`);
}
if (failed) process.exit(1);
