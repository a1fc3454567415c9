import type { z } from 'zod';
import { fromZodError } from '../errors.js';

/**
 * Validate a bundled data file (lexicon, knowledge base) at load. A broken data file is
 * a packaging bug, so this throws at import time with the file and field named.
 *
 * `jitless`: each data file is parsed once, so zod's compiled fast path (it generates
 * and compiles a function per object shape) costs more than it saves; without it these
 * one-shot parses take about half the time. Per call, so zod's global config and every
 * other parse keep their defaults. `jit` turns the compiled path back on for a file made of
 * many objects of one shape (the offices knowledge base: ~1,000 holders), where one
 * compiled function serves them all.
 */
export function loadData<S extends z.ZodType>(name: string, schema: S, json: unknown, options: { jit?: boolean } = {}): z.infer<S> {
  const parsed = schema.safeParse(json, { jitless: !options.jit });
  if (!parsed.success) throw fromZodError(parsed.error, '', `rules/data/${name}`);
  return parsed.data;
}
