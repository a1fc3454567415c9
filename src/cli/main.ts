/**
 * `newslint check [inputs...]`: read inputs, analyse, print, exit 0 (nothing at or above
 * --fail-on), 1 (something is), or 2 (usage or input error, one line on stderr).
 */
import { parseArgs } from 'node:util';
import { analyzeDocuments, parseArticle } from '../analyze.js';
import { builtinRules } from '../../rules/index.js';
import { buildDocument } from '../document/index.js';
import type { Document } from '../document/types.js';
import { activeRules } from '../engine/run.js';
import { NewslintInputError } from '../errors.js';
import { formatJson } from '../report/formatters/json.js';
import { formatStylish } from '../report/formatters/stylish.js';
import { ClusterMode, Config, IsoDate, Severity, SEVERITIES, type Report } from '../schema.js';
import { parseJsonl, readInput, type ReadResult } from './inputs.js';

export class UsageError extends Error {}

export const HELP = `Usage: newslint check [options] <inputs...>

Inputs: .txt/.md files, .json (an article or an array), .jsonl, directories, or - (JSONL on stdin)

Options:
  --format stylish|json     output format (default: stylish)
  --fail-on info|warning|error
                            exit 1 when a flag at or above this severity is found (default: error)
  --cluster auto|none|all   group articles into stories (default: auto)
  --published-at DATE       article date for plain-text inputs (YYYY-MM-DD)
  --bail                    stop at the first bad input record
  -h, --help                show this help
`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
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
        bail: { type: 'boolean' },
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
  const format = oneOf('format', values.format, ['stylish', 'json'] as const, 'stylish');
  const failOn = oneOf('fail-on', values['fail-on'], SEVERITIES, 'error');
  const cluster = oneOf('cluster', values.cluster, ClusterMode.options, 'auto');
  const defaults: Record<string, unknown> = {};
  if (values['published-at'] !== undefined) {
    if (!IsoDate.safeParse(values['published-at']).success) throw new UsageError(`--published-at must be a real date such as 2025-11-15 (got "${values['published-at']}")`);
    defaults.publishedAt = values['published-at'];
  }

  const read: ReadResult = { records: [], errors: [] };
  for (const input of inputs) {
    if (input === '-') parseJsonl(await io.readStdin(), '<stdin>', read);
    else readInput(input, read, defaults);
  }
  const config = Config.parse({});
  const docs: Document[] = [];
  const seen = new Set<string>();
  const errors = [...read.errors];
  for (const r of read.records) {
    if (values.bail && errors.length) break;
    try {
      const article = parseArticle(r.value, 'article', config);
      if (seen.has(article.id)) throw new NewslintInputError('id', `duplicates the id "${article.id}" of an earlier article`);
      seen.add(article.id);
      docs.push(buildDocument(article));
    } catch (error) {
      if (!(error instanceof NewslintInputError)) throw error;
      errors.push(new NewslintInputError(error.field, error.problem, r.origin));
    }
  }
  if (values.bail && errors.length) {
    io.stderr(`newslint: ${errors[0]!.message}\n`);
    return 2;
  }
  for (const e of errors) io.stderr(`newslint: ${e.message}\n`);
  if (docs.length === 0) {
    if (!errors.length) io.stderr('newslint: no articles found in the inputs\n');
    return 2;
  }

  const report: Report = analyzeDocuments(docs, activeRules(builtinRules, config), cluster);
  const texts = new Map(docs.map((d) => [d.article.id, d.text]));
  io.stdout(format === 'json' ? formatJson(report, texts) : formatStylish(report, texts, io.isTTY));
  if (errors.length) return 2;
  const threshold = SEVERITIES.indexOf(Severity.parse(failOn));
  const failing = report.articles.some((a) => a.flags.some((f) => SEVERITIES.indexOf(f.severity) >= threshold));
  return failing ? 1 : 0;
}
