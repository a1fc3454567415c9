/**
 * Display lines inside the story: subheads, photo captions, summary bullets, live-blog entry
 * headings and timeline entries.
 *
 * Subheads (crossheads): the short display lines a writer puts between body paragraphs
 * ("Fined over late filings"). Pages carry no mark for them, so they are read from the
 * layout: a one-line body paragraph of a few words, capitalised, with no closing
 * punctuation, between two paragraphs of prose (past a furniture line or two). Like a headline, a subhead is read alone
 * and speaks in the writer's voice.
 */
import { isCaptionLine, isEntryTime, isSummaryLabel, timelineEntry } from './chrome.js';
import type { Paragraph, Sentence, Token } from './types.js';

/** A subhead has at least this many and at most this many tokens. */
const MIN_TOKENS = 3;
const MAX_TOKENS = 10;
/** Prose ends with one of these; a display line does not. */
const CLOSING = /[.!?"”’:]$/;
/** Page furniture inside the body (boxes, tickers, tag lines, timelines), never a subhead. */
const FURNITURE = /[|·›»│┌└─•@#\d]|https?:/;

/** A furniture line ("▶ WATCH: ...", "📷 ..."): it opens with a symbol, not a letter, a digit or a quotation mark. */
const FURNITURE_LINE = /^[^\p{L}\p{N}"“‘'(]/u;
/** At most this many furniture lines are stepped over to reach the prose beside a subhead. */
const FURNITURE_REACH = 2;

const lineOf = (text: string, para: Paragraph) => text.slice(para.start, para.end).trim();

/**
 * Whether the nearest paragraph from `p` in direction `step` that is not a furniture line
 * is prose: a body paragraph whose text ends with closing punctuation. (A subhead may sit
 * under a video line or a photo caption and still open a section of prose.)
 */
function proseBeside(text: string, paragraphs: readonly Paragraph[], p: number, step: 1 | -1): boolean {
  for (let j = p + step, n = 0; j >= 0 && j < paragraphs.length && n <= FURNITURE_REACH; j += step, n++) {
    const para = paragraphs[j]!;
    if (para.kind !== 'body') return false;
    const line = lineOf(text, para);
    if (!FURNITURE_LINE.test(line)) return CLOSING.test(line);
  }
  return false;
}

/** Mark the body paragraphs that are subheads (`subhead: true`); the standfirst never is one. */
export function markSubheads(text: string, paragraphs: Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[], standfirst: Paragraph | undefined): void {
  for (let p = 1; p < paragraphs.length - 1; p++) {
    const para = paragraphs[p]!;
    if (para.kind !== 'body' || para === standfirst || para.sentenceEnd - para.sentenceStart !== 1) continue;
    const s = sentences[para.sentenceStart]!;
    const n = s.tokenEnd - s.tokenStart;
    const line = lineOf(text, para);
    if (n < MIN_TOKENS || n > MAX_TOKENS || CLOSING.test(line) || FURNITURE.test(line) || FURNITURE_LINE.test(line) || line === line.toUpperCase()) continue;
    if (!tokens[s.tokenStart]!.capitalised) continue;
    if (proseBeside(text, paragraphs, p, -1) && proseBeside(text, paragraphs, p, 1)) para.subhead = true;
  }
}

/** How many characters of a paragraph's start are read for a timeline entry's date and mark ("• 14 September 2021 — X"). */
const ENTRY_PREFIX = 40;

/**
 * Mark the body paragraphs that are photo captions left in the text (`caption: true`): they
 * open with a caption marker ("📷", "Photo:"). Story, but display text many readers see alone.
 */
export function markCaptions(text: string, paragraphs: Paragraph[]): void {
  for (const para of paragraphs) {
    if (para.kind !== 'body' || para.sentenceStart >= para.sentenceEnd) continue;
    if (isCaptionLine(text.slice(para.start, para.end))) para.caption = true;
  }
}

/**
 * Mark the paragraphs that open with a timeline entry's date ("2014 —", "4 Jul 2021:",
 * "19 Jun —"): `entryText` is the entry's first token past the date and its dash, and
 * `entryYear` the year's token when the date has one. A paragraph is one line of the text,
 * so the entry's date is the paragraph's own start; the year token is the one wink made of
 * exactly those digits.
 */
export function markTimelineEntries(text: string, paragraphs: Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[]): void {
  for (const para of paragraphs) {
    // Any paragraph: a short page whose first line is an entry reads that line as its headline.
    if (para.sentenceStart >= para.sentenceEnd) continue;
    const entry = timelineEntry(text.slice(para.start, Math.min(para.end, para.start + ENTRY_PREFIX)));
    if (!entry) continue;
    const year = para.start + entry.year;
    const from = para.start + entry.text;
    const first = sentences[para.sentenceStart]!;
    const last = sentences[para.sentenceEnd - 1]!;
    for (let k = first.tokenStart; k < last.tokenEnd && tokens[k]!.start <= from; k++) {
      if (entry.year >= 0 && tokens[k]!.start === year && tokens[k]!.end === year + 4) para.entryYear = k;
      if (tokens[k]!.start === from) para.entryText = k;
    }
  }
}

/** A bullet line: a bullet sign, then the item ("\u2022 Complaints from 31 families"). */
const BULLET = /^\s*[\u2022\u00b7\u25aa\u25e6\u2023*\u2013-]\s+\S/;

/**
 * Mark the bullets of a summary box (`keyPoint: true`): the body paragraphs that open with a
 * bullet right under a label such as "KEY POINTS" or "At a glance". Like a standfirst, they sum
 * the story up in the writer's voice, and many readers read nothing else.
 */
export function markKeyPoints(text: string, paragraphs: Paragraph[]): void {
  for (let p = 0; p < paragraphs.length - 1; p++) {
    const label = paragraphs[p]!;
    if (label.kind !== 'body' || !isSummaryLabel(lineOf(text, label))) continue;
    let q = p + 1;
    for (; q < paragraphs.length && paragraphs[q]!.kind === 'body' && BULLET.test(lineOf(text, paragraphs[q]!)); q++) paragraphs[q]!.keyPoint = true;
    p = q - 1;
  }
}

/** A time stamp, a dash, then a heading: "Fri 9 Oct, 16:40 \u2014 Inquiry announced" (group 1 the stamp; the match ends at the heading's first character). */
const STAMPED_HEADING = /^\s*(.{3,40}?)\s+[\u2014\u2013-]\s+\S/;
/** A heading is short: at most this many words. */
const MAX_HEADING_WORDS = 16;

/**
 * Mark the body paragraphs that are a live-blog entry's heading written on its time stamp's
 * line (`entryTitle`: the heading's first token): the stamp is one a live blog writes alone on
 * a line (see isEntryTime), and the heading after the dash is short and has no closing
 * punctuation. A heading, like a headline, is read alone and speaks in the writer's voice.
 */
export function markEntryTitles(text: string, paragraphs: Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[]): void {
  for (const para of paragraphs) {
    if (para.kind !== 'body' || para.sentenceStart >= para.sentenceEnd || para.end - para.start > 200) continue;
    const line = text.slice(para.start, para.end);
    const m = STAMPED_HEADING.exec(line);
    if (!m || !isEntryTime(m[1]!)) continue;
    const heading = line.slice(m[0].length - 1).trim();
    if (CLOSING.test(heading) || heading.split(/\s+/).length > MAX_HEADING_WORDS) continue;
    const at = para.start + m[0].length - 1;
    for (let k = sentences[para.sentenceStart]!.tokenStart; k < sentences[para.sentenceEnd - 1]!.tokenEnd && tokens[k]!.start <= at; k++) {
      if (tokens[k]!.start === at) para.entryTitle = k;
    }
  }
}
