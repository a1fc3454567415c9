/**
 * The CLI contract: exit codes 0/1/2, one readable line on stderr for each kind of bad
 * input, the JSON shape, and JSONL on stdin.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../src/schema.js';
import { runCli } from './helpers/cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'newslint-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const CLEAN = 'Port reopens after storm\n\nThe port of Valparaiso reopened on Tuesday, harbour master Luis Ortega said.\n';
const VAGUE = 'Tax plan draws fire\n\nCritics say the new tax plan will hurt small farms in Kerala.\n';
const clean = file('clean.txt', CLEAN);
const vague = file('vague.txt', VAGUE);

describe('exit codes', () => {
  it('0 when nothing reaches --fail-on', async () => {
    const r = await runCli(['check', clean]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('clean');
  });

  it('1 when a flag reaches --fail-on, 0 when it does not', async () => {
    expect((await runCli(['check', vague, '--fail-on', 'warning'])).code).toBe(1);
    expect((await runCli(['check', vague, '--fail-on', 'error'])).code).toBe(0);
  });

  it('--help exits 0 on stdout; no arguments exits 2 on stderr', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format stylish|json|jsonl|markdown|html');
    expect(help.stdout).toMatch(/clustering is off/);
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage');
  });
});

/** Exit 2 with exactly one line on stderr that contains `expected`. */
async function expectUsageError(argv: string[], expected: RegExp, stdin?: string) {
  const r = await runCli(argv, { stdin });
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^newslint: /);
  expect(lines[0]).toMatch(expected);
  expect(lines[0]).not.toMatch(/internal error|at .*\.ts:/);
}

describe('invalid input: exit 2, one readable line', () => {
  it('an unknown command', () => expectUsageError(['lint', clean], /unknown command "lint"/));
  it('no inputs', () => expectUsageError(['check'], /no inputs/));
  it('an unknown option', () => expectUsageError(['check', clean, '--colour'], /Unknown option '--colour'/));
  it('a bad --format', () => expectUsageError(['check', clean, '--format', 'xml'], /--format must be one of .*html \(got "xml"\)/));
  it('a bad --fail-on', () => expectUsageError(['check', clean, '--fail-on', 'fatal'], /--fail-on must be one of/));
  it('a bad --cluster', () => expectUsageError(['check', clean, '--cluster', 'some'], /--cluster must be one of/));
  it('a bad --published-at', () => expectUsageError(['check', clean, '--published-at', '2025-02-30'], /--published-at must be a real date/));
  it('a bad --jobs', () => expectUsageError(['check', clean, '--jobs', 'many'], /--jobs must be a whole number/));
  it('a missing file', () => expectUsageError(['check', join(dir, 'nope.txt')], /nope\.txt: cannot be read \(ENOENT\)/));
  it('a binary file', () => expectUsageError(['check', file('bin.txt', Buffer.from([0x47, 0x00, 0x01, 0x02]))], /bin\.txt: is a binary file/));
  it('invalid UTF-8', () => expectUsageError(['check', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x28]))], /latin1\.txt: is not valid UTF-8/));
  it('malformed JSON', () => expectUsageError(['check', file('bad.json', '{"id": "a", "text": ')], /bad\.json: is not valid JSON/));
  it('a JSON article without text', () => expectUsageError(['check', file('notext.json', '{"id": "a"}')], /notext\.json: article\.text must be string/));
  it('a JSON article with an impossible date', () =>
    expectUsageError(['check', file('baddate.json', JSON.stringify({ id: 'a', text: 'x', publishedAt: '2025-13-01' }))], /baddate\.json: article\.publishedAt/));
  it('a JSON value that is not an object', () => expectUsageError(['check', file('num.json', '42')], /num\.json: article must be an object/));
  it('duplicate ids', () =>
    expectUsageError(['check', file('dups.json', JSON.stringify([{ id: 'a', text: CLEAN }, { id: 'a', text: VAGUE }]))], /dups\.json\[1\]: id duplicates the id "a"/));
  it('a bad JSONL line names its line', () => expectUsageError(['check', '-'], /<stdin>:2: is not valid JSON/, `${JSON.stringify({ id: 'a', text: CLEAN })}\n{oops\n`));
  it('an empty input', () => expectUsageError(['check', '-'], /no articles found/, '\n\n'));
  it('a bad config file names the file and the path inside it', () => {
    const cfg = file('bad.config.json', JSON.stringify({ rules: { 'attribution/vague-source': 'loud' } }));
    return expectUsageError(['check', clean, '--config', cfg], /bad\.config\.json: rules\.attribution\/vague-source/);
  });
});

describe('--format json', () => {
  it('keeps the JSON contract: version, articles with flags (line/column), quotes, diagnostics, clusters', async () => {
    const r = await runCli(['check', clean, vague, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(() => Report.parse(json)).not.toThrow();
    expect(Object.keys(json)).toEqual(['version', 'articles', 'clusters']);
    const a = json.articles.find((x: { id: string }) => x.id === 'vague');
    expect(Object.keys(a)).toEqual(['id', 'source', 'publishedAt', 'score', 'signals', 'flags', 'quotes', 'diagnostics']);
    const f = a.flags.find((x: { ruleId: string }) => x.ruleId === 'attribution/vague-source');
    expect(f).toMatchObject({ text: 'Critics say', category: 'attribution', severity: 'warning', line: 3, column: 1 });
    expect(VAGUE.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads JSONL on stdin in a batch, with clustering', async () => {
    const stdin = [{ id: 'one', text: CLEAN }, { id: 'two', text: VAGUE, source: 'Example Times' }].map((x) => JSON.stringify(x)).join('\n');
    const r = await runCli(['check', '-', '--format', 'json', '--cluster', 'all'], { stdin });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.articles.map((a: { id: string }) => a.id)).toEqual(['one', 'two']);
    expect(json.articles[1].source).toBe('Example Times');
    expect(json.clusters).toEqual([{ id: 'story-1', articleIds: ['one', 'two'] }]);
  });
});

describe('the built CLI', () => {
  const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
  it.skipIf(!existsSync(cli))('runs as a process: stdin JSONL in, JSONL out, exit code 1 with --fail-on warning', () => {
    const input = `${JSON.stringify({ id: 'x', text: VAGUE })}\n${JSON.stringify({ id: 'y', text: CLEAN })}\n`;
    const p = spawnSync(process.execPath, [cli, 'check', '-', '--format', 'jsonl', '--fail-on', 'warning', '--no-config'], { input, encoding: 'utf8' });
    expect(p.stderr).toBe('');
    expect(p.status).toBe(1);
    const lines = p.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['x', 'y']);
  });

  it.skipIf(!existsSync(cli))('exits 2 with one line for a missing file', () => {
    const p = spawnSync(process.execPath, [cli, 'check', join(dir, 'missing.txt'), '--no-config'], { encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stderr.trim().split('\n')).toHaveLength(1);
  });
});
