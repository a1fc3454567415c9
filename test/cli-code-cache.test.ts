/**
 * The built command (dist/cli.js) runs the CLI bundle with V8's code cache (src/cli.ts). The
 * cache is a speed-up only: one the build did not make from this very bundle is ignored, and
 * the output is the same with it, without it, and with a damaged one. The bundle's import()
 * (config files, tsx) goes through the loader. The build writes the bundle in ASCII
 * (scripts/ascii-bundle.mjs), which the loader reads as Latin-1.
 */
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '..', 'dist');
/** Bytes of the bundle's hash at the head of the cache file (SHA-1). */
const HASH = 20;
const built = existsSync(join(dist, 'cli.js')) && existsSync(join(dist, 'cli-bundle.cjs'));
const article = readFileSync(join(import.meta.dirname, '..', 'seeds', '000_cf5b6eb7583a8600.txt'), 'utf8');
const input = mkdtempSync(join(tmpdir(), 'newslint-cache-'));
writeFileSync(join(input, 'article.txt'), article);

// A copy of the command beside the real one (so node_modules resolve the same), with its own cache file.
const copy = join(dist, `.cache-test-${process.pid}`);
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
  rmSync(input, { recursive: true, force: true });
});

function check(cli: string, cwd = input, extra: string[] = ['--no-config']) {
  return spawnSync(process.execPath, [cli, 'check', 'article.txt', '--format', 'json', '--published-at', '2025-02-01', ...extra], { cwd, encoding: 'utf8' });
}

describe.skipIf(!built)('the code cache of the built CLI', () => {
  const reference = built ? check(join(dist, 'cli.js')) : undefined!;
  it('was written by the build for this bundle (its first 20 bytes are the bundle\'s SHA-1)', () => {
    const bundle = readFileSync(join(dist, 'cli-bundle.cjs'));
    const cache = readFileSync(join(dist, 'cli-bundle.cjs.cache'));
    expect(cache.length).toBeGreaterThan(100_000);
    expect(cache.subarray(0, HASH).equals(createHash('sha1').update(bundle).digest())).toBe(true);
  });

  it('is built in ASCII, and a bundle that is not still runs the same (read as UTF-8)', () => {
    const bundle = readFileSync(join(dist, 'cli-bundle.cjs'));
    expect(isAscii(bundle)).toBe(true);
    expect(isAscii(readFileSync(join(dist, 'workers', 'worker.js')))).toBe(true);
    // Punctuation escapes (dashes, quotes) undone: the text much as tsup wrote it, before
    // scripts/ascii-bundle.mjs. (Not U+2028 and U+2029: as characters they end a line.)
    const utf8 = bundle.toString('latin1').replace(/\\u(20[0-9a-f]{2})/g, (escape, hex: string) => (hex === '2028' || hex === '2029' ? escape : String.fromCharCode(parseInt(hex, 16))));
    expect(isAscii(Buffer.from(utf8))).toBe(false);
    mkdirSync(copy, { recursive: true });
    copyFileSync(join(dist, 'cli.js'), join(copy, 'cli.js'));
    writeFileSync(join(copy, 'cli-bundle.cjs'), utf8);
    rmSync(join(copy, 'cli-bundle.cjs.cache'), { force: true });
    const run = check(join(copy, 'cli.js'));
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: reference.status, stderr: '' });
    expect(run.stdout).toBe(reference.stdout);
  });

  it('changes no output when it belongs to another bundle or is damaged', () => {
    expect(reference.stderr).toBe('');
    expect(JSON.parse(reference.stdout).articles[0].flags.length).toBeGreaterThan(0);
    mkdirSync(copy, { recursive: true });
    copyFileSync(join(dist, 'cli.js'), join(copy, 'cli.js'));
    copyFileSync(join(dist, 'cli-bundle.cjs'), join(copy, 'cli-bundle.cjs'));
    const real = readFileSync(join(dist, 'cli-bundle.cjs.cache'));
    // (A missing cache takes the same path as another bundle's: the cache is not read.)
    const caches = {
      'another bundle': Buffer.concat([Buffer.alloc(HASH, 7), real.subarray(HASH)]),
      damaged: Buffer.concat([real.subarray(0, HASH), Buffer.alloc(real.length - HASH, 0x5a)]),
    };
    for (const [name, cache] of Object.entries(caches)) {
      writeFileSync(join(copy, 'cli-bundle.cjs.cache'), cache);
      const run = check(join(copy, 'cli.js'));
      expect({ name, status: run.status, stderr: run.stderr }).toEqual({ name, status: reference.status, stderr: '' });
      expect(run.stdout).toBe(reference.stdout);
    }
  });

  it('loads a config module through the loader (the bundle itself cannot import)', () => {
    writeFileSync(join(input, 'newslint.config.mjs'), "export default { rules: { 'attribution/vague-source': 'off' } };\n");
    const withConfig = check(join(dist, 'cli.js'), input, []);
    rmSync(join(input, 'newslint.config.mjs'));
    expect(withConfig.stderr).toBe('');
    const rules = JSON.parse(withConfig.stdout).articles[0].flags.map((f: { ruleId: string }) => f.ruleId);
    const before = JSON.parse(reference.stdout).articles[0].flags.map((f: { ruleId: string }) => f.ruleId);
    expect(before).toContain('attribution/vague-source');
    expect(rules).not.toContain('attribution/vague-source');
  });
});
