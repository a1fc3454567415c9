/**
 * `newslint check [inputs...]`: read inputs, analyse, print, exit 0 (nothing at or above
 * --fail-on), 1 (something is), or 2 (usage or input error, one line on stderr).
 */
import { parseArgs } from 'node:util';
import type { Linter } from '../config/linter.js';
import type { NewslintConfig } from '../config/schema.js';
import type { Document } from '../document/types.js';
import { DOCUMENT_TIMING, timed, type RuleTimings } from '../engine/timing.js';
import { IdRegistry, NewslintInputError } from '../errors.js';
import type { InputInfo } from '../report/formatters/context.js';
import { loadFormatter } from '../report/formatters/lazy.js';
import { FORMATS } from '../report/formatters/names.js';
import { ClusterMode, IsoDate, SEVERITIES, type Article, type Report, type Severity } from '../schema.js';
import { createProgress } from '../workers/progress.js';
import { extractPages, parseJsonl, readInput, type RawRecord, type ReadResult } from './inputs.js';

export class UsageError extends Error {}

export const HELP = `Usage: newslint check [options] <inputs...>

Inputs: .txt/.md files, .html pages (article text extracted), .json (an article or an
array), .jsonl, directories, or - (JSONL on stdin)

Options:
  --format stylish|json|jsonl|markdown|html
                            output format (default: stylish)
  --fail-on info|warning|error
                            exit 1 when a flag at or above this severity is found
                            (default: the config's failOn, else error)
  --cluster auto|none|all   group articles into stories (default: auto)
  --published-at DATE       article date for plain-text inputs (YYYY-MM-DD)
  --config PATH             config file (default: the nearest newslint.config.{json,yaml,
                            yml,js,mjs,ts} at or above the working directory)
  --no-config               ignore config files
  --jobs N                  check a large batch on N worker threads (same results)
  --bail                    stop at the first bad input record
  --timing                  print the time each rule took, on stderr after the report
  -h, --help                show this help

Streaming: \`newslint check - --format jsonl\` reads JSONL on stdin and writes one report
line per article as it goes. Cross-source rules need the whole batch, so in this mode
clustering is off unless --cluster auto or --cluster all is given explicitly (then all of
stdin is read first).

A progress bar is drawn on stderr for long runs when stderr is a terminal, never when piped.
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  /** Stdin line by line, for streaming; falls back to readStdin. */
  stdinLines?: () => AsyncIterable<string>;
  /** Colours on stdout. */
  isTTY: boolean;
  /** Progress bar on stderr (only when stderr is a terminal). */
  stderrIsTTY?: boolean;
  /** Where config lookup starts; process.cwd() by default. */
  cwd?: string;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof NewslintInputError) {
      io.stderr(`newslint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`newslint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

/**
 * The engine: every rule and the NLP model. Loaded once the arguments are known to be
 * good, so --help and usage errors answer at once.
 */
interface Engine {
  parseArticle: typeof import('../engine/pipeline.js').parseArticle;
  buildDocument: typeof import('../document/index.js').buildDocument;
}

async function loadEngine(): Promise<Engine & { createLinter: typeof import('../config/linter.js').createLinter }> {
  const [{ parseArticle }, { buildDocument }, { createLinter }] = await Promise.all([import('../engine/pipeline.js'), import('../document/index.js'), import('../config/linter.js')]);
  return { parseArticle, buildDocument, createLinter };
}

interface Settings {
  engine: Engine;
  format: (typeof FORMATS)[number];
  failOn: Severity;
  cluster: ClusterMode;
  clusterGiven: boolean;
  jobs: number;
  bail: boolean;
  defaults: Record<string, unknown>;
  /** The engine's buildDocument, timed under `(document)` with --timing. */
  buildDocument: (article: Article) => Document;
}

async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        cluster: { type: 'string' },
        'published-at': { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        jobs: { type: 'string' },
        bail: { type: 'boolean' },
        timing: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? io.stdout : io.stderr)(HELP);
    return values.help ? 0 : 2;
  }
  const [command, ...inputs] = positionals;
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try: newslint check <inputs...>)`);
  if (inputs.length === 0) throw new UsageError('no inputs: give files, directories, or - for JSONL on stdin');
  const format = oneOf('format', values.format, FORMATS, 'stylish');
  const failOnFlag = values['fail-on'] === undefined ? undefined : oneOf('fail-on', values['fail-on'], SEVERITIES, 'error');
  const clusterFlag = values.cluster === undefined ? undefined : oneOf('cluster', values.cluster, ClusterMode.options, 'auto');
  let jobs = 1;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${values.jobs}")`);
  }
  const defaults: Record<string, unknown> = {};
  if (values['published-at'] !== undefined) {
    if (!IsoDate.safeParse(values['published-at']).success) throw new UsageError(`--published-at must be a real date such as 2025-11-15 (got "${values['published-at']}")`);
    defaults.publishedAt = values['published-at'];
  }
  if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  // Each worker thread would time its own share: one table means one thread.
  if (values.timing && jobs > 1) throw new UsageError('--timing times the rules in one thread: leave out --jobs');

  // Loaded only when asked for: its file readers (YAML, TypeScript configs) are not needed with --no-config.
  const loaded = values['no-config'] ? undefined : await (await import('../config/load.js')).loadConfig({ configPath: values.config, cwd: io.cwd });
  const config: NewslintConfig = loaded?.config ?? createLinterConfigDefaults();
  const engine = await loadEngine();
  const timings: RuleTimings | undefined = values.timing ? new Map() : undefined;
  const linter = engine.createLinter(config, { location: loaded?.path, timings });
  const settings: Settings = {
    engine,
    format,
    failOn: failOnFlag ?? linter.failOn ?? 'error',
    cluster: clusterFlag ?? linter.resolved.config.cluster,
    clusterGiven: clusterFlag !== undefined,
    jobs,
    bail: !!values.bail,
    defaults,
    buildDocument: timings ? (article) => timed(timings, DOCUMENT_TIMING, () => engine.buildDocument(article)) : engine.buildDocument,
  };

  // Streaming: stdin only, JSONL out, no batch-wide clustering asked for.
  const streaming = inputs.length === 1 && inputs[0] === '-' && format === 'jsonl' && (!settings.clusterGiven || settings.cluster === 'none');
  const code = streaming ? await runStream(io, linter, settings) : await runBatch(inputs, io, linter, config, settings);
  // On stderr, after the report: stdout stays the report alone (JSON stays JSON).
  if (timings?.size) io.stderr((await import('../report/timing.js')).formatTimings(timings));
  return code;
}

function createLinterConfigDefaults(): NewslintConfig {
  return { rules: {}, lexicon: {}, house: [], overrides: [], suppressions: [] };
}

const threshold = (failOn: Severity) => SEVERITIES.indexOf(failOn);
const fails = (flags: readonly { severity: Severity }[], failOn: Severity) => flags.some((f) => SEVERITIES.indexOf(f.severity) >= threshold(failOn));

async function* stdinLines(io: Io): AsyncIterable<string> {
  if (io.stdinLines) {
    yield* io.stdinLines();
    return;
  }
  yield* (await io.readStdin()).split(/\r?\n/);
}

/** One record at a time: read a line, check it, write its line; memory stays flat. */
async function runStream(io: Io, linter: Linter, s: Settings): Promise<number> {
  let line = 0;
  let bad = 0;
  let failing = false;
  let count = 0;
  const ids = new IdRegistry();
  const { formatJsonlLine } = await import('../report/formatters/jsonl.js');
  for await (const raw of stdinLines(io)) {
    line++;
    if (!raw.trim()) continue;
    const where = `<stdin>:${line}`;
    let doc: Document;
    try {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        throw new NewslintInputError('', `is not valid JSON (${(error as Error).message})`);
      }
      const article = s.engine.parseArticle(value, 'article', linter.resolved.config);
      ids.claim(article.id, 'id');
      doc = s.buildDocument(article);
    } catch (error) {
      if (!(error instanceof NewslintInputError)) throw error;
      io.stderr(`newslint: ${new NewslintInputError(error.field, error.problem, where).message}\n`);
      bad++;
      if (s.bail) return 2;
      continue;
    }
    const report = linter.analyzeDocuments([doc], 'none').articles[0]!;
    count++;
    failing ||= fails(report.flags, s.failOn);
    io.stdout(formatJsonlLine(report, doc.text));
  }
  if (bad) return 2;
  if (count === 0) {
    io.stderr('newslint: no articles found in the inputs\n');
    return 2;
  }
  return failing ? 1 : 0;
}

async function runBatch(inputs: string[], io: Io, linter: Linter, config: NewslintConfig, s: Settings): Promise<number> {
  // The workers load wink's model while the inputs are read (idle workers never keep the process alive).
  if (s.jobs > 1) (await import('../workers/pool.js')).startPool(s.jobs);
  const read: ReadResult = { records: [], errors: [], order: [] };
  for (const input of inputs) {
    if (input === '-') parseJsonl(await io.readStdin(), '<stdin>', read);
    else readInput(input, read, s.defaults);
  }
  await extractPages(read);
  const articles: { article: Article; record: RawRecord }[] = [];
  const ids = new IdRegistry();
  // Records and read errors in input order, so --bail stops at the first bad one.
  const errors: NewslintInputError[] = [];
  for (const r of read.order!) {
    if (s.bail && errors.length) break;
    if (r instanceof NewslintInputError) {
      errors.push(r);
      continue;
    }
    try {
      const article = s.engine.parseArticle(r.value, 'article', linter.resolved.config);
      ids.claim(article.id, 'id');
      articles.push({ article, record: r });
    } catch (error) {
      if (!(error instanceof NewslintInputError)) throw error;
      errors.push(new NewslintInputError(error.field, error.problem, r.origin));
    }
  }
  if (s.bail && errors.length) {
    io.stderr(`newslint: ${errors[0]!.message}\n`);
    return 2;
  }
  for (const e of errors) io.stderr(`newslint: ${e.message}\n`);
  if (articles.length === 0) {
    if (!errors.length) io.stderr('newslint: no articles found in the inputs\n');
    return 2;
  }

  // Long runs on a terminal get a progress bar; short ones finish before it would help.
  const progress = createProgress(io.stderr, !!io.stderrIsTTY && articles.length >= 5);
  let report: Report;
  const texts = new Map<string, string>();
  if (s.jobs > 1 && articles.length > 1) {
    const { analyzeInPool } = await import('../workers/pool.js');
    report = await analyzeInPool(articles.map((a) => a.article), linter, config, s.cluster, { jobs: s.jobs, onProgress: (d, t) => progress.update(d, t) });
    for (const { article } of articles) texts.set(article.id, article.text);
  } else {
    const docs: Document[] = [];
    articles.forEach(({ article }, i) => {
      progress.update(i, articles.length, 'reading');
      docs.push(s.buildDocument(article));
      texts.set(article.id, article.text);
    });
    progress.update(articles.length, articles.length, 'checking');
    report = linter.analyzeDocuments(docs, s.cluster);
  }
  progress.done();

  const inputsInfo = new Map<string, InputInfo>();
  for (const { article, record } of articles) if (record.html) inputsInfo.set(article.id, { format: 'html', extractedText: record.html.extractedText, title: record.html.title });
  const format = await loadFormatter(s.format);
  io.stdout(format(report, texts, { colour: io.isTTY, inputs: inputsInfo }));
  if (errors.length) return 2;
  return report.articles.some((a) => fails(a.flags, s.failOn)) ? 1 : 0;
}
