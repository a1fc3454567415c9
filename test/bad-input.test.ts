/**
 * The bad-input matrix, for the API and the CLI. The API throws NewslintInputError with
 * `field` and `problem`; the CLI prints exactly one readable stderr line per bad record
 * (with file and line), goes on with the rest, and exits 2; `--bail` stops at the first.
 */
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAll } from '../src/analyze.js';
import { NewslintInputError } from '../src/errors.js';
import { DEFAULT_MAX_TEXT_LENGTH, Report } from '../src/schema.js';
import { runCli } from './helpers/cli-run.js';

const GOOD = 'Harbour reopens after storm\n\nThe harbour at Tromso reopened on Friday, port director Ingrid Dahl said.\n';
const good = (id: string, extra: Record<string, unknown> = {}) => ({ id, text: GOOD, ...extra });

/** The NewslintInputError `fn` throws (fails the test if it throws anything else). */
function inputError(fn: () => unknown): NewslintInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(NewslintInputError);
    const e = error as NewslintInputError;
    expect(e.name).toBe('NewslintInputError');
    expect(e.message).not.toMatch(/[\r\n]/);
    return e;
  }
  throw new Error('expected a NewslintInputError, nothing was thrown');
}

describe('API: analyze', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['text is a number', { id: 'a', text: 42 }, 'article.text', /must be string/],
    ['text is null', { id: 'a', text: null }, 'article.text', /must be string/],
    ['text is an array', { id: 'a', text: ['x'] }, 'article.text', /must be string/],
    ['text is missing', { id: 'a' }, 'article.text', /must be string/],
    ['id is missing', { text: GOOD }, 'article.id', /must be string/],
    ['id is empty', { id: '', text: GOOD }, 'article.id', /non-empty/],
    ['id is a number', { id: 7, text: GOOD }, 'article.id', /must be string/],
    ['the article is null', null, 'article', /must be an object/],
    ['the article is a string', GOOD, 'article', /must be an object/],
    ['the article is an array', [good('a')], 'article', /must be an object/],
    ['February 30th', good('a', { publishedAt: '2025-02-30' }), 'article.publishedAt', /not a real calendar date/],
    ['February 29th of a common year', good('a', { publishedAt: '2025-02-29' }), 'article.publishedAt', /not a real calendar date/],
    ['month 13', good('a', { publishedAt: '2025-13-01' }), 'article.publishedAt', /not a real calendar date/],
    ['day 00', good('a', { publishedAt: '2025-11-00' }), 'article.publishedAt', /not a real calendar date/],
    ['hour 25', good('a', { publishedAt: '2025-11-15T25:00:00Z' }), 'article.publishedAt', /ISO date/],
    ['a written date', good('a', { publishedAt: 'November 15, 2025' }), 'article.publishedAt', /ISO date/],
    ['a date as a number', good('a', { publishedAt: 20251115 }), 'article.publishedAt', /string/],
    ['title is a number', good('a', { title: 5 }), 'article.title', /must be string/],
  ];
  for (const [name, input, field, problem] of cases) {
    it(`${name} -> ${field}`, () => {
      const e = inputError(() => analyze(input as never));
      expect(e.field).toBe(field);
      expect(e.problem).toMatch(problem);
      expect(e.message).toContain(field);
    });
  }

  it('accepts real dates, leap days and full timestamps', () => {
    for (const publishedAt of ['2024-02-29', '2025-11-15T09:30:00.000Z', '2025-11-15 09:30+05:30', '2025-11-15T23:59:60Z', null, undefined]) {
      expect(() => analyze(good('a', { publishedAt }))).not.toThrow();
    }
  });

  it('text over the limit: default 5 MB, and configurable', () => {
    expect(DEFAULT_MAX_TEXT_LENGTH).toBe(5_000_000);
    // The check comes before any reading, so a too-long text costs nothing to reject.
    const e = inputError(() => analyze({ id: 'big', text: 'a'.repeat(DEFAULT_MAX_TEXT_LENGTH + 1) }));
    expect(e.field).toBe('article.text');
    expect(e.problem).toMatch(/over the limit of 5000000/);
    const small = inputError(() => analyze({ id: 's', text: GOOD }, { config: { maxTextLength: 20 } }));
    expect(small.field).toBe('article.text');
    expect(small.problem).toMatch(/over the limit of 20/);
    expect(() => analyze({ id: 's', text: GOOD }, { config: { maxTextLength: GOOD.length } })).not.toThrow();
  });

  it('a bad limit in the config is an input error too', () => {
    const e = inputError(() => analyze(good('a'), { config: { maxTextLength: -1 } }));
    expect(e.field).toMatch(/maxTextLength/);
  });
});

describe('API: analyzeAll', () => {
  it('not an array', () => {
    const e = inputError(() => analyzeAll({ id: 'a', text: GOOD } as never));
    expect(e.field).toBe('articles');
  });

  it('names the index of a bad article', () => {
    const e = inputError(() => analyzeAll([good('a'), good('b'), { id: 'c', text: 3 }] as never));
    expect(e.field).toBe('articles[2].text');
  });

  it('duplicate ids', () => {
    const e = inputError(() => analyzeAll([good('a'), good('b'), good('a')]));
    expect(e.field).toBe('articles[2].id');
    expect(e.problem).toMatch(/duplicates the id "a"/);
  });

  it('missing id and impossible date in a batch', () => {
    expect(inputError(() => analyzeAll([good('a'), { text: GOOD }] as never)).field).toBe('articles[1].id');
    expect(inputError(() => analyzeAll([good('a', { publishedAt: '2025-04-31' })])).field).toBe('articles[0].publishedAt');
  });

  it('text over a configured limit', () => {
    const e = inputError(() => analyzeAll([good('a'), good('b')], { config: { maxTextLength: 10 } }));
    expect(e.field).toBe('articles[0].text');
  });

  it('an empty batch is fine', () => {
    expect(analyzeAll([]).articles).toEqual([]);
  });
});

// ---- CLI ----

const dir = mkdtempSync(join(tmpdir(), 'newslint-bad-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const line = (v: unknown) => JSON.stringify(v);
const stderrLines = (s: string) => s.split('\n').filter(Boolean);
const reportOf = (stdout: string) => Report.parse(JSON.parse(stdout));

const isRoot = process.getuid?.() === 0;

describe('CLI: a JSONL batch with bad records', () => {
  const batch = file(
    'batch.jsonl',
    [
      line(good('ok-1')),
      '{"id": "broken", "text": ',
      line({ id: 'num', text: 42 }),
      line({ text: 'no id here' }),
      line(good('ok-1')),
      line(good('date', { publishedAt: '2025-02-30' })),
      '',
      line(good('ok-2')),
      '[1, 2',
      line(good('ok-3')),
    ].join('\n'),
  );

  it('reports each bad record once with file:line, checks the rest, exits 2', async () => {
    const r = await runCli(['check', batch, '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(6);
    for (const l of lines) expect(l).toMatch(/^newslint: .*batch\.jsonl:\d+: /);
    expect(lines[0]).toMatch(/batch\.jsonl:2: is not valid JSON/);
    expect(lines[1]).toMatch(/batch\.jsonl:3: article\.text must be string/);
    expect(lines[2]).toMatch(/batch\.jsonl:4: article\.id must be string/);
    expect(lines[3]).toMatch(/batch\.jsonl:5: id duplicates the id "ok-1"/);
    expect(lines[4]).toMatch(/batch\.jsonl:6: article\.publishedAt is not a real calendar date/);
    expect(lines[5]).toMatch(/batch\.jsonl:9: is not valid JSON/);
    expect(reportOf(r.stdout).articles.map((a) => a.id)).toEqual(['ok-1', 'ok-2', 'ok-3']);
  });

  it('--bail stops at the first bad record, with one line and no report', async () => {
    const r = await runCli(['check', batch, '--bail', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/batch\.jsonl:2: is not valid JSON/)]);
    expect(r.stdout).toBe('');
  });

  it('--bail stops at the first in input order, whatever kind of problem it is', async () => {
    const f = file('order.jsonl', [line(good('x')), line({ id: 'y', text: 1 }), '{nope', line(good('z'))].join('\n'));
    const r = await runCli(['check', f, '--bail']);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/order\.jsonl:2: article\.text must be string/)]);
  });

  it('CRLF line ends and a byte order mark still give the right line numbers', async () => {
    const f = file('crlf.jsonl', `\uFEFF${line(good('c1'))}\r\n{bad\r\n${line(good('c2'))}\r\n`);
    const r = await runCli(['check', f, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/crlf\.jsonl:2: is not valid JSON/)]);
    expect(reportOf(r.stdout).articles.map((a) => a.id)).toEqual(['c1', 'c2']);
  });

  it('JSONL on stdin: <stdin>:line', async () => {
    const r = await runCli(['check', '-', '--format', 'json'], { stdin: `\uFEFF${line(good('s1'))}\nnot json\n${line({ id: 's2' })}\n` });
    expect(r.code).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/<stdin>:2: is not valid JSON/);
    expect(lines[1]).toMatch(/<stdin>:3: article\.text must be string/);
    expect(reportOf(r.stdout).articles.map((a) => a.id)).toEqual(['s1']);
  });

  it('a JSON array names the bad element', async () => {
    const f = file('list.json', JSON.stringify([good('j1'), { id: 'j2', text: false }, 'just a string']));
    const r = await runCli(['check', f, '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/list\.json\[1\]: article\.text must be string/);
    expect(lines[1]).toMatch(/list\.json\[2\]: article must be an object/);
  });

  it('a malformed .json file is one line', async () => {
    const r = await runCli(['check', file('broken.json', '{"id": "x", '), file('fine.txt', GOOD)]);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/broken\.json: is not valid JSON/)]);
  });
});

describe('CLI: bad files', () => {
  const fine = file('fine-article.txt', GOOD);

  const cases: [string, () => string, RegExp][] = [
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x0a])), /latin1\.txt: is not valid UTF-8 text/],
    ['a lone UTF-8 continuation byte in JSONL', () => file('bad-utf8.jsonl', Buffer.concat([Buffer.from('{"id":"u","text":"a'), Buffer.from([0x80]), Buffer.from('"}\n')])), /bad-utf8\.jsonl: is not valid UTF-8 text/],
    ['a binary file', () => file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])), /image\.txt: is a binary file/],
    ['UTF-16 text (NUL bytes)', () => file('utf16.txt', Buffer.from('\uFEFFHello world', 'utf16le')), /utf16\.txt: is a binary file/],
    ['a missing file', () => join(dir, 'no-such-file.txt'), /no-such-file\.txt: cannot be read \(ENOENT\)/],
    ['a path through a file', () => join(fine, 'child.txt'), /child\.txt: cannot be read \(ENOTDIR\)/],
  ];
  for (const [name, make, message] of cases) {
    it(`${name}: one line, exit 2, the good input still checked`, async () => {
      const r = await runCli(['check', make(), fine, '--format', 'json']);
      expect(r.code).toBe(2);
      expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(new RegExp(`^newslint: .*${message.source}`))]);
      expect(reportOf(r.stdout).articles.map((a) => a.id)).toEqual(['fine-article']);
    });
  }

  it('a dangling link inside a directory is one line; the other files are read', async () => {
    const d = join(dir, 'with-link');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), GOOD);
    symlinkSync(join(d, 'gone.txt'), join(d, 'b.txt'));
    const r = await runCli(['check', d, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/b\.txt: cannot be read \(ENOENT\)/)]);
    expect(reportOf(r.stdout).articles.map((a) => a.id)).toEqual(['a']);
  });

  it('a broken manifest.json is one line, not a crash', async () => {
    const d = join(dir, 'with-manifest');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), GOOD);
    writeFileSync(join(d, 'manifest.json'), JSON.stringify([{ id: 'a', file: 'a.txt' }, { id: 'b' }, { id: 'c', file: 'missing.txt' }]));
    const r = await runCli(['check', d, '--format', 'json']);
    expect(r.code).toBe(2);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/manifest\.json: \[1\]\.file must be the name of a file/);
    expect(lines[1]).toMatch(/missing\.txt: cannot be read \(ENOENT\)/);
    expect(reportOf(r.stdout).articles.map((a) => a.id)).toEqual(['a']);
    writeFileSync(join(d, 'manifest.json'), '{ not json');
    const broken = await runCli(['check', d]);
    expect(broken.code).toBe(2);
    // The manifest is authoritative: a broken one is reported, the files are not guessed at.
    expect(stderrLines(broken.stderr)).toEqual([expect.stringMatching(/manifest\.json: is not valid JSON/)]);
  });

  it.skipIf(isRoot)('a directory without read permission is one line', async () => {
    const d = join(dir, 'locked');
    mkdirSync(d);
    writeFileSync(join(d, 'a.txt'), GOOD);
    chmodSync(d, 0o000);
    try {
      const r = await runCli(['check', d, fine]);
      expect(r.code).toBe(2);
      expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/locked: cannot be read \(EACCES\)/)]);
    } finally {
      chmodSync(d, 0o755);
    }
  });

  it.skipIf(isRoot)('a file without read permission is one line', async () => {
    const f = file('locked.txt', GOOD);
    chmodSync(f, 0o000);
    try {
      const r = await runCli(['check', f, fine]);
      expect(r.code).toBe(2);
      expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/locked\.txt: cannot be read \(EACCES\)/)]);
    } finally {
      chmodSync(f, 0o644);
    }
  });

  it('only bad inputs: the errors, exit 2, no report', async () => {
    const r = await runCli(['check', join(dir, 'nothing-here.jsonl'), join(dir, 'nor-here.txt')]);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toHaveLength(2);
    expect(r.stdout).toBe('');
  });

  it('text over the limit set in a config file', async () => {
    const cfg = file('small-limit.json', JSON.stringify({ maxTextLength: 40 }));
    const big = file('big.txt', GOOD);
    const r = await runCli(['check', '--config', cfg, big, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toEqual([expect.stringMatching(/big\.txt: article\.text is \d+ characters long, over the limit of 40/)]);
  });

  it('control characters in a bad record do not break the one-line rule', async () => {
    const f = file('ctl.jsonl', '{"id": "x\r", "text": \u0001}\n');
    const r = await runCli(['check', f]);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toHaveLength(1);
  });
});
