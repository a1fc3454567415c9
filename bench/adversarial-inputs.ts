/**
 * Inputs built to find super-linear paths in the document code and the rules:
 * a run of quote marks, an article of very many short sentences, one very long line.
 * Shared by bench/adversarial.ts (which times them) and the property tests (which only
 * check that they complete).
 */
import { material, pick, prng } from './corpus.js';

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'"];

/** `size` characters of quote marks in a seeded random order. */
export function quoteRun(size: number, seed = 1): string {
  const rand = prng(seed);
  let out = '';
  for (let i = 0; i < size; i++) out += pick(rand, QUOTE_MARKS);
  return out;
}

// Short sentences with quotes, speech cues, pronouns and names: every costly path in one.
const SHORT = ['"No," he said.', 'It rained.', 'Officials said so.', 'She denied it.', '“Yes,” Ms. Lee said.', 'They left.', 'Police said two died.', "'Fine,' a source said."];

/** `count` short sentences, ten to a paragraph. */
export function shortSentences(count: number, seed = 2): string {
  const rand = prng(seed);
  const paras: string[] = [];
  for (let i = 0; i < count; i += 10) {
    const p: string[] = [];
    for (let j = i; j < Math.min(count, i + 10); j++) p.push(pick(rand, SHORT));
    paras.push(p.join(' '));
  }
  return `Short sentences\n\n${paras.join('\n\n')}\n`;
}

/** One line of about `size` characters of real news sentences, no line break anywhere. */
export function longLine(size: number, seed = 3): string {
  const rand = prng(seed);
  const { sentences } = material();
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const s = pick(rand, sentences);
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ').slice(0, size);
}

/** The quote run inside a story paragraph, so layout keeps it as body text, not chrome. */
export function quoteRunArticle(size: number, seed = 1): string {
  return `Council vote count runs late into the night\n\nOfficials said the count was slow and that the result was close. ${quoteRun(size, seed)} The count went on after the polls had closed on Sunday.\n`;
}

export const ADVERSARIAL = {
  'quote-run (1 MB)': (scale: number) => quoteRunArticle(Math.round(1_000_000 * scale)),
  'short-sentences (100k)': (scale: number) => shortSentences(Math.round(100_000 * scale)),
  'long-line (2 MB)': (scale: number) => longLine(Math.round(2_000_000 * scale)),
} as const;
