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

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
