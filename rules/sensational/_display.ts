/**
 * Display lines: a pull-quote box that quotes no one ("┃ This is what betrayal looks
 * like ┃") is the publication's own line set in large type, like a headline.
 * Hype there is the writer's, and as loud as in a headline. A pull-quote that repeats a
 * speaker's words (quoted in the body, or signed "— Name") stays the speaker's.
 */
import type { Document, Span } from '../../src/document/types.js';
import { hasAttribution } from '../../src/engine/doc-cache.js';

/** Vertical bars a page draws a pull-quote or sidebar with (not the ASCII pipe of tables and bylines). */
const BAR = /^[┃│║▌▐▍▎▏❙❚]/;
const BAR_END = /[┃│║▌▐▍▎▏❙❚]$/;
/** A box line that is a list item or a figure row, not a display line. */
const LIST_ITEM = /^(?:[•·▪◦*–—-]|\d+[.)]?\s)/;
/** A pull-quote signed by its speaker: "… ┃ — Ana Souza" or "… — the mayor". */
const SIGNED = /[—–]\s*(?:\p{Lu}|the\s)[\p{L}.,'’ -]*$/u;
/** At most this many box lines make one display paragraph; more is a fact box. */
const MAX_LINES = 4;

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface DisplayLines {
  /** Unsigned pull-quotes that repeat no one: the writer's own line in display type. */
  own: Span[];
  /** Pull-quotes signed by a speaker or repeating a quotation: the speaker's words, as a quote is. */
  speakers: Span[];
}

/** The body paragraphs drawn as pull-quote boxes, sorted by whose words they are. */
export function displayLines(doc: Document): DisplayLines {
  const out: DisplayLines = { own: [], speakers: [] };
  let quoted: string[] | undefined;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body' || p.sentenceEnd <= p.sentenceStart) continue;
    const raw = doc.text.slice(p.start, p.end);
    const first = raw.trimStart();
    if (!BAR.test(first)) continue;
    const lines = raw.split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length > MAX_LINES || !lines.every((l) => BAR.test(l))) continue;
    const inner = lines.map((l) => l.replace(BAR, '').replace(BAR_END, '').trim());
    if (inner.some((l) => LIST_ITEM.test(l))) continue;
    const line = inner.join(' ');
    // A box title ("IN BRIEF", "KEY FIGURES") or a label, not a sentence of display copy.
    if (line === line.toUpperCase() || line.split(/\s+/).length < 4) continue;
    const span = { start: p.start, end: p.end };
    if (SIGNED.test(line)) {
      out.speakers.push(span);
      continue;
    }
    let attributed = false;
    for (let s = p.sentenceStart; s < p.sentenceEnd && !attributed; s++) attributed = hasAttribution(doc, s);
    if (attributed) continue;
    // The same words inside a quotation elsewhere: the pull-quote repeats a speaker.
    quoted ??= doc.quotes.map((q) => words(doc.text.slice(q.content.start, q.content.end)));
    const w = words(line);
    if (quoted.some((q) => q.includes(w) || (q.length > 20 && w.includes(q)))) out.speakers.push(span);
    else out.own.push(span);
  }
  return out;
}

/** Subheads: the Document's display lines between body paragraphs, in the writer's voice and as loud as a headline. */
export const subheadLines = (doc: Document): Span[] => doc.paragraphs.filter((p) => p.subhead);

/**
 * Timeline entries and live-blog entry headings, past their date or time stamp ("19 Jun —
 * Contractor resumes work", "16:40 — Inquiry announced"): headlinese in the writer's voice,
 * display type like a subhead, so a headline's wording is read there as in the headline.
 */
export function entryLines(doc: Document): { span: Span; first: number; last: number }[] {
  const out = [];
  for (const p of doc.paragraphs) {
    const first = p.entryTitle ?? p.entryText;
    if (first === undefined || p.sentenceEnd <= p.sentenceStart) continue;
    const last = doc.sentences[p.sentenceEnd - 1]!.tokenEnd;
    if (first >= last) continue;
    out.push({ span: { start: doc.tokens[first]!.start, end: p.end }, first, last });
  }
  return out;
}
