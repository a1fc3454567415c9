/**
 * Headline, paragraphs, sentences and tokens of the story (chrome excluded).
 */
import { chromeData, layoutLines } from './chrome.js';
import { splitLines, wordCount, type Line } from './lines.js';
import { readRange } from './nlp.js';
import type { ChromeRegion, Paragraph, ParagraphKind, Sentence, Token } from './types.js';

export interface Segmented {
  chrome: ChromeRegion[];
  headline?: Paragraph;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

const abbreviations = new Set(chromeData.abbreviations.map((a) => a.toLowerCase()));
const CLOSERS = new Set(['”', '"', '’', "'", ')']);

/** "The U.S." alone on a line, broken from "Department of Defense ..." by extraction. */
function endsInAbbreviation(line: Line): boolean {
  const last = line.text.split(/\s+/).pop()!.toLowerCase();
  return wordCount(line.text) <= 3 && abbreviations.has(last);
}

/** "The U.S." + break + "Department of Defense ...": one line, before any layout. */
function joinAbbreviationBreaks(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && endsInAbbreviation(prev) && /^\p{Lu}/u.test(line.text)) {
      out[out.length - 1] = { start: prev.start, end: line.end, text: `${prev.text} ${line.text}` };
    } else out.push(line);
  }
  return out;
}

/** Group body lines into paragraphs: hard-wrapped lines are joined. */
function groupParagraphs(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && isWrapped(prev, line)) {
      out[out.length - 1] = { start: prev.start, end: line.end, text: `${prev.text} ${line.text}` };
    } else out.push({ ...line });
  }
  return out;
}

/** A hard-wrapped line: no closing punctuation, next line continues in lower case. */
function isWrapped(prev: Line, next: Line): boolean {
  return !/[.!?:;"”’)\]]$/.test(prev.text) && /^[\p{Ll}(]/u.test(next.text) && wordCount(prev.text) >= 6;
}

export function segment(text: string, title?: string): Segmented {
  const lines = joinAbbreviationBreaks(splitLines(text));
  const layout = layoutLines(lines, text.length, title);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];

  const addParagraph = (line: Line, kind: ParagraphKind) => {
    const pIndex = paragraphs.length;
    const { tokens: raw, sentences: rawSentences } = readRange(text, line.start, line.end);
    const base = tokens.length;
    const sentenceStart = sentences.length;
    const ranges = kind === 'headline' ? [{ first: 0, last: raw.length }] : splitAfterQuotes(raw, rawSentences);
    for (const { first, last } of ranges) {
      if (last <= first) continue;
      const sIndex = sentences.length;
      for (let k = first; k < last; k++) tokens.push({ ...raw[k]!, sentence: sIndex });
      sentences.push({ start: raw[first]!.start, end: raw[last - 1]!.end, tokenStart: base + first, tokenEnd: base + last, paragraph: pIndex });
    }
    const p: Paragraph = { start: line.start, end: line.end, kind, sentenceStart, sentenceEnd: sentences.length };
    paragraphs.push(p);
    return p;
  };

  const headline = layout.headline !== undefined ? addParagraph(lines[layout.headline]!, 'headline') : undefined;
  const chrome = [...layout.chrome];
  for (const line of groupParagraphs(lines.slice(layout.bodyStart, layout.bodyEnd))) {
    const dateline = datelinePrefix(line.text);
    if (dateline > 0 && paragraphs.length <= 1) {
      chrome.push({ start: line.start, end: line.start + dateline, kind: 'dateline' });
      const rest = line.text.slice(dateline);
      const lead = rest.length - rest.trimStart().length;
      addParagraph({ start: line.start + dateline + lead, end: line.end, text: rest.trimStart() }, 'body');
    } else addParagraph(line, 'body');
  }
  chrome.sort((a, b) => a.start - b.start);
  return { chrome, headline, paragraphs, sentences, tokens };
}

/**
 * wink keeps `“... done.” The spokesperson said` as one sentence; split after a
 * closing quote that follows sentence-final punctuation when a capital comes next.
 */
function splitAfterQuotes(raw: { text: string }[], sentences: { first: number; last: number }[]) {
  const out: { first: number; last: number }[] = [];
  for (const s of sentences) {
    let first = s.first;
    for (let k = s.first + 1; k < s.last - 1; k++) {
      const t = raw[k]!.text;
      const before = raw[k - 1]!.text;
      if (CLOSERS.has(t) && /[.!?]$/.test(before) && /^\p{Lu}/u.test(raw[k + 1]!.text)) {
        out.push({ first, last: k + 1 });
        first = k + 1;
      }
    }
    out.push({ first, last: s.last });
  }
  return out;
}

const DATELINE = /^(?:[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}),\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)(?:\s*\([^)]{1,40}\))?\s*(?::|—|–|-{1,2})\s/u;
const BARE_DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s+\p{Lu}[\p{L} .'’-]{1,30}?)?(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?(?:\s*\([^)]{1,40}\))?\s*(?:—|–|-{1,2})\s/u;

/** Length of a dateline such as "Washington, Nov 15, 2025: " or "LONDON (Reuters) - ". */
export function datelinePrefix(line: string): number {
  const m = DATELINE.exec(line) ?? BARE_DATELINE.exec(line);
  return m ? m[0].length : 0;
}
