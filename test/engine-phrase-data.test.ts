/**
 * Built-in lexicons must not start a pattern with an optional word, a wildcard or a bare
 * part of speech: an index holding one such pattern tries every token of every sentence
 * instead of only the places where a first word is written (this once made one rule cost
 * more than all the others together). House rules may; built-in data may not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dataDir = join(import.meta.dirname, '..', 'rules', 'data');
const PROSE_KEYS = new Set(['about', 'source', 'note', 'why', 'message', 'suggest', 'description']);

/** Every string in the data that is written in the phrase-pattern syntax. */
function patterns(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (!PROSE_KEYS.has(key) && /^[\p{L}=*[]/u.test(value) && !/[\\^$(){}]/.test(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) patterns(v, key, out);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) patterns(v, k, out);
  }
  return out;
}

const opensEveryToken = (pattern: string) => {
  const first = pattern.split(/\s+/)[0]!;
  return first === '*' || /^\[[A-Za-z]+\]\??$/.test(first) || (first.length > 1 && first.endsWith('?'));
};

describe('built-in phrase data', () => {
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.json'))) {
    it(`${file}: no pattern opens with an optional word, a wildcard or a bare part of speech`, () => {
      const found = patterns(JSON.parse(readFileSync(join(dataDir, file), 'utf8'))).filter(opensEveryToken);
      expect(found).toEqual([]);
    });
  }
});
