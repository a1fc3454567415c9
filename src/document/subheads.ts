/**
 * Subheads (crossheads): the short display lines a writer puts between body paragraphs
 * ("Fined over late filings"). Pages carry no mark for them, so they are read from the
 * layout: a one-line body paragraph of a few words, capitalised, with no closing
 * punctuation, between two paragraphs of prose. Like a headline, a subhead is read alone
 * and speaks in the writer's voice.
 */
import type { Paragraph, Sentence, Token } from './types.js';

/** A subhead has at least this many and at most this many tokens. */
const MIN_TOKENS = 3;
const MAX_TOKENS = 10;
/** Prose ends with one of these; a display line does not. */
const CLOSING = /[.!?"”’:]$/;
/** Page furniture inside the body (boxes, tickers, tag lines, timelines), never a subhead. */
const FURNITURE = /[|·›»│┌└─•@#\d]|https?:/;

/** Whether `para` is prose: a body paragraph whose text ends with closing punctuation. */
const prose = (text: string, para: Paragraph | undefined) => !!para && para.kind === 'body' && CLOSING.test(text.slice(para.start, para.end).trimEnd());

/** Mark the body paragraphs that are subheads (`subhead: true`); the standfirst never is one. */
export function markSubheads(text: string, paragraphs: Paragraph[], sentences: readonly Sentence[], tokens: readonly Token[], standfirst: Paragraph | undefined): void {
  for (let p = 1; p < paragraphs.length - 1; p++) {
    const para = paragraphs[p]!;
    if (para.kind !== 'body' || para === standfirst || para.sentenceEnd - para.sentenceStart !== 1) continue;
    const s = sentences[para.sentenceStart]!;
    const n = s.tokenEnd - s.tokenStart;
    const line = text.slice(para.start, para.end).trim();
    if (n < MIN_TOKENS || n > MAX_TOKENS || CLOSING.test(line) || FURNITURE.test(line) || line === line.toUpperCase()) continue;
    if (!tokens[s.tokenStart]!.capitalised) continue;
    if (prose(text, paragraphs[p - 1]) && prose(text, paragraphs[p + 1])) para.subhead = true;
  }
}
