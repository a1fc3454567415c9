/**
 * Headline, paragraphs, sentences and tokens of the story (chrome excluded).
 */
import { boxMargins, chromeData, layoutLines } from './chrome.js';
import { splitLines, wordCount, type Line } from './lines.js';
import { readMasked } from './nlp.js';
import { markCaptions, markEntryTitles, markKeyPoints, markSubheads, markTimelineEntries } from './display-lines.js';
import type { ChromeRegion, Paragraph, ParagraphKind, Sentence, Token } from './types.js';

export interface Segmented {
  chrome: ChromeRegion[];
  headline?: Paragraph;
  /** The standfirst under the headline, punctuated or not (see `standfirstOf`). */
  standfirst?: Paragraph;
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

/**
 * Lines broken by extraction or by hard wrapping, joined before any layout:
 * "The U.S." + break + "Department of Defense ...", and a wrapped line that runs on in
 * lower case on the next line.
 */
function joinBrokenLines(text: string, lines: Line[]): Line[] {
  // Each joined line is kept as its parts, its last part and its word count, and its text
  // is built once at the end: testing the growing joined text again at every line of a
  // long hard-wrapped text is quadratic. The word count of "a b" is that of a plus b.
  const out: { start: number; end: number; parts: string[]; last: Line; words: number }[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const singleBreak = prev && !/\n[^\S\n]*\r?\n|\r[^\S\r\n]*\r/.test(text.slice(prev.end, line.start));
    const words = wordCount(line.text);
    if (prev && ((prev.words <= 3 && endsInAbbreviation(prev.last) && /^\p{Lu}/u.test(line.text)) || (singleBreak && isWrapped(prev.last, prev.words, line)))) {
      prev.end = line.end;
      prev.parts.push(line.text);
      prev.last = line;
      prev.words += words;
    } else out.push({ start: line.start, end: line.end, parts: [line.text], last: line, words });
  }
  return out.map((g) => ({ start: g.start, end: g.end, text: g.parts.join(' ') }));
}

/** A hard-wrapped line: no closing punctuation, next line continues in lower case. */
function isWrapped(prevLast: Line, prevWords: number, next: Line): boolean {
  return !/[.!?:;"”’)\]]$/.test(prevLast.text) && /^[\p{Ll}(]/u.test(next.text) && prevWords >= 6;
}

export function segment(text: string, title?: string): Segmented {
  const lines = joinBrokenLines(text, splitLines(text));
  const layout = layoutLines(lines, text.length, title);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];

  // Lay out the paragraphs first, then read them all in one wink pass.
  const parts: { line: Line; kind: ParagraphKind; panel?: true }[] = [];
  // A kicker over the headline ("SWALLOWED WHOLE") is read with it: one display paragraph, the kicker its first sentence.
  const kicker = layout.kicker !== undefined ? lines[layout.kicker] : undefined;
  if (layout.headline !== undefined) {
    const head = lines[layout.headline]!;
    parts.push({ line: kicker ? { start: kicker.start, end: head.end, text: `${kicker.text} ${head.text}` } : head, kind: 'headline' });
  }
  if (layout.standfirst !== undefined) parts.push({ line: lines[layout.standfirst]!, kind: 'body' });
  const chrome = [...layout.chrome];
  // A wire dateline ("ACCRA, Nov 14 (Desk) -") is looked for in the first lines only (a standfirst is not one of them).
  const extra = layout.standfirst !== undefined ? 1 : 0;
  for (let li = layout.bodyStart; li < layout.bodyEnd; li++) {
    if (layout.skip.has(li)) continue;
    const line = lines[li]!;
    const dateline = parts.length - extra <= 1 ? datelinePrefix(line.text) : 0;
    if (dateline > 0) {
      chrome.push({ start: line.start, end: line.start + dateline, kind: 'dateline' });
      const rest = line.text.slice(dateline);
      const lead = rest.length - rest.trimStart().length;
      parts.push({ line: { start: line.start + dateline + lead, end: line.end, text: rest.trimStart() }, kind: 'body' });
    } else {
      // A row or entry of a drawn box ("│ Members: 640     │"): its frame is furniture, the row is story.
      const [lead, trail] = layout.panelLines.has(li) ? boxMargins(line.text) : [0, 0];
      if (lead > 0 && lead + trail < line.text.length) {
        chrome.push({ start: line.start, end: line.start + lead, kind: 'interstitial' });
        if (trail > 0) chrome.push({ start: line.end - trail, end: line.end, kind: 'interstitial' });
        parts.push({ line: { start: line.start + lead, end: line.end - trail, text: line.text.slice(lead, line.text.length - trail) }, kind: 'body', panel: true });
      } else parts.push({ line, kind: 'body', ...(layout.panelLines.has(li) ? { panel: true as const } : {}) });
    }
  }
  const { tokens: raw, sentences: rawSentences } = readMasked(text, parts.map((p) => p.line));

  // wink's sentences, cut at paragraph ends (a single line break does not end a sentence for wink).
  let r = 0;
  let k = 0;
  parts.forEach(({ line, kind, panel }, pIndex) => {
    const sentenceStart = sentences.length;
    const first = k;
    while (k < raw.length && raw[k]!.end <= line.end) k++;
    const ranges: { first: number; last: number }[] = [];
    if (kind === 'headline') {
      // The kicker's words are a sentence of their own, before the headline's.
      let split = first;
      while (kicker && split < k && raw[split]!.end <= kicker.end) split++;
      if (split > first && split < k) ranges.push({ first, last: split });
      ranges.push({ first: split > first && split < k ? split : first, last: k });
    } else {
      while (r < rawSentences.length && rawSentences[r]!.last <= first) r++;
      for (let q = r; q < rawSentences.length && rawSentences[q]!.first < k; q++) {
        ranges.push({ first: Math.max(first, rawSentences[q]!.first), last: Math.min(k, rawSentences[q]!.last) });
      }
    }
    for (const { first: a, last: b } of kind === 'headline' ? ranges : splitAfterQuotes(raw, ranges)) {
      if (b <= a) continue;
      const sIndex = sentences.length;
      const base = tokens.length;
      for (let j = a; j < b; j++) {
        raw[j]!.sentence = sIndex;
        tokens.push(raw[j]!);
      }
      sentences.push({ start: raw[a]!.start, end: raw[b - 1]!.end, tokenStart: base, tokenEnd: tokens.length, paragraph: pIndex });
    }
    paragraphs.push({ start: line.start, end: line.end, kind, sentenceStart, sentenceEnd: sentences.length, ...(panel ? { panel } : {}) });
  });
  const headline = paragraphs[0]?.kind === 'headline' ? paragraphs[0] : undefined;
  chrome.sort((a, b) => a.start - b.start);
  const standfirst = headline && (layout.standfirst !== undefined ? paragraphs[1] : standfirstOf(paragraphs, sentences, chrome));
  markSubheads(text, paragraphs, sentences, tokens, standfirst);
  markCaptions(text, paragraphs);
  markKeyPoints(text, paragraphs);
  markEntryTitles(text, paragraphs, sentences, tokens);
  markTimelineEntries(text, paragraphs, sentences, tokens);
  return { chrome, headline, standfirst, paragraphs, sentences, tokens };
}

/** How many sentences a standfirst may have: a summary line or two, not the story's opening paragraphs. */
const STANDFIRST_SENTENCES = 2;

/**
 * A punctuated standfirst: the body paragraph right under the headline, of a sentence or
 * two, with the byline or date line between it and the next paragraph ("Firm used the
 * grant to pay off its loans." then "By ..."). An unpunctuated one is found by the layout.
 * `chrome` is sorted by start.
 */
function standfirstOf(paragraphs: readonly Paragraph[], sentences: readonly Sentence[], chrome: readonly ChromeRegion[]): Paragraph | undefined {
  const p = paragraphs[1];
  if (!p || p.kind !== 'body' || p.sentenceEnd <= p.sentenceStart || p.sentenceEnd - p.sentenceStart > STANDFIRST_SENTENCES) return undefined;
  const end = sentences[p.sentenceEnd - 1]!.end;
  const next = paragraphs[2];
  const nextStart = next && next.sentenceEnd > next.sentenceStart ? sentences[next.sentenceStart]!.start : Infinity;
  return chrome.some((c) => (c.kind === 'byline' || c.kind === 'dateline' || c.kind === 'entry-stamp') && c.start >= end && c.start < nextStart) ? p : undefined;
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
