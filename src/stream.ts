/**
 * Pipelines: reports for a stream of articles, one at a time, in input order. Each
 * article is checked alone: cross-source rules need a batch (use analyzeAll for that).
 */
import { createLinter, type Linter } from './config/linter.js';
import type { NewslintConfig, NewslintConfigInput } from './config/schema.js';
import type { Rule } from './engine/rule.js';
import { IdRegistry } from './errors.js';
import type { ArticleInput, ArticleReport } from './schema.js';

export interface StreamOptions {
  /** A config object (presets, house rules, overrides...), as in createLinter. */
  config?: NewslintConfigInput | NewslintConfig;
  rules?: readonly Rule<any>[];
  /** A linter already made; wins over `config` and `rules`. */
  linter?: Linter;
}

/**
 * Yields one ArticleReport per input article, in order, as each is ready. Throws
 * NewslintInputError (field `articles[i]...`) on an invalid article or a repeated id.
 */
export async function* analyzeStream(
  articles: AsyncIterable<ArticleInput> | Iterable<ArticleInput>,
  options: StreamOptions = {},
): AsyncGenerator<ArticleReport, void, undefined> {
  const linter = options.linter ?? createLinter(options.config ?? {}, { rules: options.rules });
  const ids = new IdRegistry();
  let i = 0;
  for await (const input of articles) {
    const field = `articles[${i++}]`;
    const doc = linter.document(input, field);
    ids.claim(doc.article.id, `${field}.id`);
    yield linter.analyzeDocuments([doc], 'none').articles[0]!;
  }
}
