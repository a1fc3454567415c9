import { isWhite, isWordCharAt } from './chars.js';
import type { Span } from './types.js';

export interface Line extends Span {
  /** The line's text without surrounding white space; `start`/`end` bound exactly this. */
  text: string;
}

/** Non-blank lines with offsets of their trimmed text. Handles \n, \r\n and \r. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return lines;
}

/** Words with a letter or digit in them, between runs of white space (`s.split(/\s+/)`). */
// Chrome detection asks about the same line several times (is it prose, a date line, a
// label?): the last two answers are kept.
let countedA = '';
let countA = 0;
let countedB = '';
let countB = 0;

export function wordCount(s: string): number {
  if (s === countedA) return countA;
  if (s === countedB) return countB;
  const n = countWords(s);
  countedB = countedA;
  countB = countA;
  countedA = s;
  countA = n;
  return n;
}

function countWords(s: string): number {
  let n = 0;
  let counted = false; // the current word has been counted
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isWhite(c)) counted = false;
    else if (!counted && isWordCharAt(s, i)) {
      n++;
      counted = true;
    }
  }
  return n;
}
