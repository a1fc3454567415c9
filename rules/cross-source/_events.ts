/**
 * Dated events by kind: "a water sample drawn at the treatment works on 3 May 2025", "the
 * laboratory test on 17 May 2025", "the referendum on 9 April". One kind of event
 * may be named with different nouns (sample / test): aliases.json `events` groups them.
 * Sentence alignment misses such pairs when the rest of the two sentences differ, so
 * cross-source/conflicting-detail compares the dates by event kind, wherever each article
 * gives them.
 */
import { aliasData } from './_aliases-data.js';
import { inChrome, inHeadline } from '../../src/document/index.js';
import { datesWithin, firstTokenFrom } from '../../src/engine/doc-cache.js';
import type { DateMention, Document, Span, Token } from '../../src/document/types.js';
import { termOf } from './_story.js';

const FAMILY = new Map<string, string>();
for (const f of aliasData.events.families) for (const w of f.words) FAMILY.set(w, f.family);
const DISTINCT = new Set(aliasData.events.distinct);
/** Words that may stand between an event noun and its date: "collected at her camp in X on". */
const BETWEEN = /^(ADP|DET|ADJ|NOUN|PROPN|PRON|NUM)$/;
const MAX_GAP = 10;

export interface DatedEvent {
  doc: Document;
  family: string;
  date: string;
  span: Span;
  /** The date's own span (what the message shows). */
  dateSpan: Span;
  sentence: number;
}

const familyOf = (t: Token) => (t.pos === 'NOUN' ? FAMILY.get(t.normal) ?? FAMILY.get(t.lemma.toLowerCase()) : undefined);

/** An event noun set apart from another of its kind ("the second test", "an earlier vote"). */
function distinct(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[k]!.sentence) break;
    if (DISTINCT.has(t.normal) || t.pos === 'NUM' && /^\d+(st|nd|rd|th)$/.test(t.normal)) return true;
  }
  return false;
}

/** The event noun a full date belongs to: right before it across a short phrase, or right after it (a timeline line). */
function eventOf(doc: Document, d: DateMention): { k: number; family: string } | undefined {
  const { tokens } = doc;
  const first = firstTokenFrom(doc, d.start);
  const si = tokens[first]!.sentence;
  const s = doc.sentences[si]!;
  let j = first - 1;
  if (tokens[j]?.normal === 'on') j--;
  for (let n = 0; j >= s.tokenStart && n < MAX_GAP; j--, n++) {
    const t = tokens[j]!;
    const fam = familyOf(t);
    if (fam) {
      // A participle may follow the noun ("a sample drawn at ..."); no other verb.
      return { k: j, family: fam };
    }
    const participle = t.pos === 'VERB' && /(ed|en|ne)$/.test(t.normal) && !!familyOf(tokens[j - 1] ?? t) && j - 1 >= s.tokenStart;
    if (!BETWEEN.test(t.pos) && !participle) return undefined;
  }
  // "3 May 2025 — Audit of the port accounts begins": a date that opens its line.
  let last = first;
  while (last + 1 < s.tokenEnd && tokens[last + 1]!.end <= d.end) last++;
  if (first !== s.tokenStart && !(first === s.tokenStart + 1 && d.weekdaySpan)) return undefined;
  for (let k = last + 1; k < Math.min(s.tokenEnd, last + 6); k++) {
    const fam = familyOf(tokens[k]!);
    if (fam) return { k, family: fam };
  }
  return undefined;
}

/** Every dated event of a known kind in the article's story sentences. */
export function datedEvents(doc: Document): DatedEvent[] {
  const out: DatedEvent[] = [];
  doc.sentences.forEach((s, si) => {
    if (inChrome(doc, s) || inHeadline(doc, s)) return;
    for (const d of datesWithin(doc, s)) {
      // A day, not a month or a bare weekday.
      if (!d.date || !/\d/.test(doc.text.slice(d.start, d.end)) || d.weekendThrough) continue;
      const e = eventOf(doc, d);
      if (!e || distinct(doc.tokens, e.k)) continue;
      const noun = doc.tokens[e.k]!;
      out.push({ doc, family: e.family, date: d.date, span: { start: Math.min(noun.start, d.start), end: Math.max(noun.end, d.end) }, dateSpan: { start: d.start, end: d.end }, sentence: si });
    }
  });
  return out;
}

/** The sentence sets an event apart from another of its kind ("the first audit", "a second vote"). */
export function setApart(doc: Document, si: number): boolean {
  const s = doc.sentences[si]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (familyOf(doc.tokens[k]!) && distinct(doc.tokens, k)) return true;
  return false;
}

/** Comparison terms of a sentence, without the event words and dates. */
export function eventContext(doc: Document, si: number): Set<string> {
  const s = doc.sentences[si]!;
  const out = new Set<string>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (familyOf(t)) continue;
    const term = termOf(t);
    if (term) out.add(term);
  }
  return out;
}
