/**
 * Inputs built to find super-linear paths in the document code and the rules:
 * a run of quote marks, an article of very many short sentences, one very long line, one
 * paragraph of very many dates.
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

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * One paragraph of `count` dates in the forms the date reader knows (a fixtures list or a
 * court calendar pasted as one block): every date is a match that must be checked against
 * the ones already read.
 */
export function dateRun(count: number, seed = 4): string {
  const rand = prng(seed);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(rand() * 28);
    const month = pick(rand, MONTHS);
    const year = 2000 + Math.floor(rand() * 30);
    const forms = [`${pick(rand, WEEKDAYS)}, ${day} ${month} ${year}`, `${month} ${day}`, `${day}-${day + 1} ${month}`, `${year}-0${1 + (i % 9)}-1${i % 10}`, `on ${pick(rand, WEEKDAYS)}`];
    parts.push(pick(rand, forms));
  }
  return `Fixtures list published\n\nThe league published its dates: ${parts.join('; ')}.\n`;
}

export const ADVERSARIAL = {
  'quote-run (1 MB)': (scale: number) => quoteRunArticle(Math.round(1_000_000 * scale)),
  'short-sentences (100k)': (scale: number) => shortSentences(Math.round(100_000 * scale)),
  'long-line (2 MB)': (scale: number) => longLine(Math.round(2_000_000 * scale)),
  'date-run (50k dates)': (scale: number) => dateRun(Math.round(50_000 * scale)),
} as const;
