/**
 * Article -> Document: one pass of segmentation and NLP, then quotes, speakers,
 * names and dates. Every rule reads this; nothing recomputes it.
 */
import type { Article } from '../schema.js';
import { findDates } from './dates.js';
import { findMentions } from './names.js';
import { findAttributions, findQuotes, quotedSpans } from './quotes.js';
import { lowerBound } from './search.js';
import { segment } from './segment.js';
import type { Document, Span, Token } from './types.js';

export type * from './types.js';

export function buildDocument(article: Article): Document {
  const { text } = article;
  const seg = segment(text, article.title);
  let date = article.publishedAt?.slice(0, 10) ?? undefined;
  if (!date) {
    // No date given: take the first full date in a dateline or the chrome above the story.
    for (const c of seg.chrome) {
      if (c.kind !== 'dateline' && c.kind !== 'entry-stamp' && c.kind !== 'meta' && c.kind !== 'masthead') continue;
      const found = findDates(text, undefined, c.start, c.end).find((d) => d.date && d.year);
      if (found) { date = found.date; break; }
    }
  }
  // The story's paragraphs and a live blog's entry stamps, in text order: both date what the newsroom reports.
  const dated: Span[] = seg.paragraphs.map((p) => ({ start: p.start, end: p.end }));
  for (const c of seg.chrome) if (c.kind === 'entry-stamp') dated.push(c);
  dated.sort((a, b) => a.start - b.start);
  const dates = dated.flatMap((p) => findDates(text, date, p.start, p.end));
  const attributions = findAttributions(seg.tokens, seg.sentences, quotedSpans(text, seg.paragraphs));
  const quotes = findQuotes(text, seg.paragraphs, seg.sentences, seg.tokens, attributions);
  const mentions = findMentions(seg.tokens, seg.sentences, attributions);
  return { article, text, ...seg, attributions, quotes, mentions, dates, date };
}

/** The tokens inside `span` (binary search: tokens are sorted by offset). */
export function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  const lo = lowerBound(tokens, span.start, (t) => t.start);
  const out: Token[] = [];
  for (let k = lo; k < tokens.length && tokens[k]!.start < span.end; k++) if (tokens[k]!.end <= span.end) out.push(tokens[k]!);
  return out;
}

/** True when `span` lies inside the headline (the publication's own voice, in the largest type). */
export function inHeadline(doc: Pick<Document, 'headline'>, span: Span): boolean {
  return !!doc.headline && doc.headline.start <= span.start && span.end <= doc.headline.end;
}

/** True when `span` lies inside the standfirst (the summary under the headline). */
export function inStandfirst(doc: Pick<Document, 'standfirst'>, span: Span): boolean {
  return !!doc.standfirst && doc.standfirst.start <= span.start && span.end <= doc.standfirst.end;
}

/** The standfirst's paragraph index, or -1 when the page has none. */
export function standfirstIndex(doc: Pick<Document, 'standfirst' | 'paragraphs'>): number {
  return doc.standfirst ? doc.paragraphs.indexOf(doc.standfirst) : -1;
}

/** True when `span` lies inside a chrome region (a live blog's entry stamps are the newsroom's own, not chrome here). */
export function inChrome(doc: Document, span: Span): boolean {
  return doc.chrome.some((c) => c.kind !== 'entry-stamp' && span.start < c.end && c.start < span.end);
}
