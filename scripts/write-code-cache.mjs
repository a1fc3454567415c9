// Writes dist/cli-bundle.cjs.cache, V8's code cache for the CLI bundle (see src/cli.ts), by
// running the built command once on the seed articles: the functions a check runs are then
// compiled into the cache, so a cold `newslint check` need not compile them again.
// Run by `npm run build` after tsup. Without the cache the CLI works the same, only slower.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = `${root}dist/cli-bundle.cjs.cache`;
const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'seeds', '--no-config', '--format', 'json'], {
  cwd: root,
  env: { ...process.env, NEWSLINT_CODE_CACHE: 'write' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
// Exit 1 means flags at the failing severity (the seeds have some): a normal run.
if ((run.status !== 0 && run.status !== 1) || !existsSync(cache)) {
  console.error(`write-code-cache: the CLI run failed (exit ${run.status ?? run.signal}); dist/cli-bundle.cjs.cache not written`);
  process.exit(1);
}
console.log(`write-code-cache: dist/cli-bundle.cjs.cache, ${(statSync(cache).size / 1e6).toFixed(1)} MB`);
