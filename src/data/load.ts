import type { z } from 'zod';
import { fromZodError } from '../errors.js';

/**
 * Validate a bundled data file (lexicon, knowledge base) at load. A broken data file is
 * a packaging bug, so this throws at import time with the file and field named.
 */
export function loadData<S extends z.ZodType>(name: string, schema: S, json: unknown): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw fromZodError(parsed.error, '', `rules/data/${name}`);
  return parsed.data;
}
