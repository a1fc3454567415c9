/**
 * Quotations (straight and curly, double and single) with their speakers.
 * Quote marks are paired within a paragraph; an unbalanced mark is left alone.
 */
import { appositiveAfter, makeMention, phraseAfter, phraseBefore } from './mentions.js';
import { people } from './people.js';
import { searchFirst } from './search.js';
import type { Attribution, Mention, Paragraph, Quote, Sentence, Span, Token } from './types.js';

interface Pair { open: number; close: number }

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceLike = (c: string | undefined) => c === undefined || /[\s([{—–\-“"‘']/u.test(c);

const QUOTE_MARKS = /[“”"‘’']/g;

/** Pairs of quote marks in `text[from, to)`, outermost first, sorted by position. */
export function pairQuoteMarks(text: string, from: number, to: number): Pair[] {
  const pairs: Pair[] = [];
  let curly = -1;
  let straight = -1;
  let single = -1;
  // Only quote marks matter: jump from one to the next (a regex scan is much faster than
  // looking at every character here).
  QUOTE_MARKS.lastIndex = from;
  for (let m = QUOTE_MARKS.exec(text); m && m.index < to; m = QUOTE_MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    if (c === '“') curly = i;
    else if (c === '”') {
      if (curly >= 0) pairs.push({ open: curly, close: i });
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) {
        if (isSpaceLike(prev) || prev === undefined) straight = i;
      } else if (!isLetter(next)) {
        pairs.push({ open: straight, close: i });
        straight = -1;
      }
    } else if (c === '‘' || c === "'" || c === '’') {
      if (isLetter(prev) && isLetter(next)) continue; // an apostrophe inside a word
      const canOpen = c !== '’' && isSpaceLike(prev) && (isLetter(next) || next === '[');
      const canClose = c !== '‘' && !!prev && !/\s/.test(prev) && !isLetter(next);
      if (single >= 0 && canClose && i > single + 1) {
        pairs.push({ open: single, close: i });
        single = -1;
      } else if (canOpen) single = i;
    }
  }
  // Keep outer quotes; drop a pair nested inside another.
  pairs.sort((a, b) => a.open - b.open);
  const out: Pair[] = [];
  for (const p of pairs) {
    const last = out[out.length - 1];
    if (last && p.open > last.open && p.close < last.close) continue;
    if (last && p.open < last.close) continue;
    out.push(p);
  }
  return out;
}

function cueAt(tokens: Token[], k: number): number {
  const t = tokens[k]!;
  // "according to", "in the words of": phrase cues, matched on the normal form.
  if (people.cuePhraseStarts.has(t.normal)) for (const phrase of people.cuePhrases) {
    if (phrase.every((w, j) => tokens[k + j]?.normal === w)) return phrase.length;
  }
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && /^(says|said)$/.test(t.normal))) return 0;
  // "to counter", "will deny": an infinitive is not a report of speech.
  if (tokens[k - 1]?.normal === 'to') return 0;
  // "have been admitted", "was told": in the passive the subject is not the speaker.
  let b = k - 1;
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
  if (b >= 0 && tokens[b]!.lemma === 'be' && t.normal !== t.lemma && !/ing$/.test(t.normal)) return 0;
  const lemma = t.lemma.toLowerCase();
  if (!people.cueLemmas.has(lemma)) return 0;
  if (people.participleOnly.has(lemma) && !/ing$/.test(t.normal)) return 0;
  return 1;
}

const CONJUNCTIONS = new Set(['and', 'or', 'but']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
const REFERRING_HEADS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'agency', 'ministry', 'government', 'embassy', 'spokesperson', 'spokesman', 'spokeswoman']);

/** Every speech cue in the story with the speaker it names. */
export function findAttributions(tokens: Token[], sentences: Sentence[], quoted: Span[] = []): Attribution[] {
  const out: Attribution[] = [];
  let lastPerson: Mention | undefined;
  sentences.forEach((s, si) => {
    const inSentence: Attribution[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const len = cueAt(tokens, k);
      if (!len) continue;
      // A cue inside a quotation is the speaker's own word, not an attribution.
      if (insideAny(quoted, tokens[k]!)) continue;
      const cue = { start: tokens[k]!.start, end: tokens[k + len - 1]!.end };
      const speaker = speakerFor(tokens, s, k, len, inSentence);
      if (speaker) resolveReference(speaker, tokens, out, lastPerson);
      if (speaker?.kind === 'person' && speaker.name && !speaker.refersTo) lastPerson = speaker;
      const a: Attribution = { cue, cueToken: k, speaker, sentence: si };
      inSentence.push(a);
      out.push(a);
      k += len - 1;
    }
  });
  return out;
}

function speakerFor(tokens: Token[], s: Sentence, k: number, len: number, earlier: Attribution[]): Mention | undefined {
  const t = tokens[k]!;
  const isPhrase = len > 1;
  // "according to X" / "in the words of X": the speaker follows.
  if (isPhrase) {
    const np = phraseAfter(tokens, k + len, s.tokenEnd);
    return np ? makeMention(tokens, np[0], np[1], appositiveAfter(tokens, np[1], s.tokenEnd, true)) : undefined;
  }
  let b = k;
  while (b > s.tokenStart && tokens[b - 1]!.pos === 'ADV') b--;
  const before = tokens[b - 1];
  // Inverted: '..., said cybersecurity expert Dr. X' / '"...," stated X'.
  const after = phraseAfter(tokens, k + 1, s.tokenEnd);
  const invertedSlot = !before || before.text === ',' || /^[”"’']$/.test(before.text);
  const closesClause = (end: number) => end >= s.tokenEnd || /^[,.;:!?”"’')]$/.test(tokens[end]!.text);
  // '..., Stephen Marsh, told the committee': after "told" comes the listener, never the speaker.
  const listenerAfter = people.listenerFirst.has(t.lemma.toLowerCase());
  if (invertedSlot && after && !listenerAfter && !/ing$/.test(t.normal) && closesClause(after[1])) {
    const m = makeMention(tokens, after[0], after[1], appositiveAfter(tokens, after[1], s.tokenEnd, true));
    // '..., said one source close to the talks': a determiner makes it a noun phrase too.
    if (m.name || m.descriptors.length || m.kind === 'pronoun' || /^(DET|NUM)$/.test(tokens[after[0]]!.pos)) return m;
  }
  const participle = /ing$/.test(t.normal);
  // "X denied ... and told ...": the speaker of the earlier cue, else the sentence subject.
  if (before && CONJUNCTIONS.has(before.normal)) return earlier[earlier.length - 1]?.speaker ?? sentenceSubject(tokens, s);
  // ", calling the memo 'nonsense'": the subject of the clause the participle hangs on.
  if (participle && before?.text === ',') return earlier[earlier.length - 1]?.speaker ?? sentenceSubject(tokens, s);
  if (participle && before) {
    const np = phraseBefore(tokens, b, s.tokenStart);
    if (np) return makeMention(tokens, np[0], np[1]);
  }
  // "X, who headed Y at the CIA, said": the phrase before an appositive.
  if (before?.text === ',') {
    for (let j = b - 2; j > Math.max(s.tokenStart, b - 32); j--) {
      if (tokens[j]!.text === ',') {
        const np = phraseBefore(tokens, j, s.tokenStart);
        if (np) return makeMention(tokens, np[0], np[1], [j + 1, b - 1]);
        break;
      }
    }
    return sentenceSubject(tokens, s);
  }
  const np = phraseBefore(tokens, k, s.tokenStart);
  if (!np) return undefined;
  // "intelligence that suggests": the relative pronoun stands for the phrase before it.
  if (np[1] - np[0] === 1 && RELATIVES.has(tokens[np[0]]!.normal)) {
    const antecedent = phraseBefore(tokens, np[0], s.tokenStart);
    return antecedent ? makeMention(tokens, antecedent[0], antecedent[1]) : undefined;
  }
  return makeMention(tokens, np[0], np[1]);
}

/**
 * "he said" -> the last named person; "the company said" -> the last named body or
 * single-name speaker before it.
 */
function resolveReference(m: Mention, tokens: Token[], earlier: Attribution[], lastPerson: Mention | undefined): void {
  if (m.kind === 'pronoun' && /^(he|she)$/i.test(textOf(tokens, m))) {
    if (lastPerson) m.refersTo = lastPerson;
    return;
  }
  if (m.name) return;
  const words = tokensIn(tokens, m);
  const head = words[words.length - 1]?.normal ?? '';
  if (words[0]?.normal !== 'the' || !REFERRING_HEADS.has(head)) return;
  // "the spokesperson" after "a company spokesperson": the same role named before.
  const stop = Math.max(0, earlier.length - MAX_LOOKBACK);
  for (let i = earlier.length - 1; i >= stop; i--) {
    const sp = earlier[i]!.speaker;
    if (sp && sp !== m && textOf(tokens, sp).endsWith(head)) {
      m.refersTo = sp.refersTo ?? sp;
      return;
    }
  }
  // "the finance ministry": its words before the head must be the candidate's too.
  const modifiers = words.slice(1, -1).map((t) => t.normal);
  const bodyHead = !/^spokes/.test(head);
  for (let i = earlier.length - 1; i >= stop; i--) {
    const sp = earlier[i]!.speaker;
    if (!sp?.name || sp.kind === 'pronoun') continue;
    // "the ministry" is a body: not "Information Minister Mohammed Idris", a titled person.
    if (bodyHead && sp.kind === 'person' && (sp.descriptors.length > 0 || tokensIn(tokens, sp.name).length > 1)) continue;
    if (modifiers.length) {
      const said = new Set(tokensIn(tokens, sp).map((t) => t.normal));
      if (!modifiers.every((w) => said.has(w))) continue;
    }
    m.refersTo = sp.refersTo ?? sp;
    return;
  }
}

function textOf(tokens: Token[], m: Mention): string {
  return tokensIn(tokens, m).map((t) => t.normal).join(' ');
}

/**
 * A reference reaches back at most this many speech cues. Far more than any article
 * has; it keeps resolving references linear on adversarial input (100,000 "he said"s).
 */
const MAX_LOOKBACK = 200;

// The lookups below use binary search: tokens, sentences, quoted spans and the cues of
// a sentence are sorted and do not overlap, so a scan per quote or per cue (quadratic
// on a long text) is never needed.

/** Index range `[a, b)` within `[lo, hi)` of the tokens lying inside `[from, to)`. */
function tokenRange(tokens: Token[], lo: number, hi: number, from: number, to: number): [number, number] {
  const a = searchFirst(lo, hi, (i) => tokens[i]!.start >= from);
  const b = searchFirst(a, hi, (i) => tokens[i]!.end > to);
  return [a, b];
}

/** The tokens inside `span`. */
function tokensIn(tokens: Token[], span: Span): Token[] {
  const [a, b] = tokenRange(tokens, 0, tokens.length, span.start, span.end);
  return tokens.slice(a, b);
}

/** True when `span` lies inside one of `spans` (sorted, not overlapping). */
function insideAny(spans: Span[], span: Span): boolean {
  const i = searchFirst(0, spans.length, (j) => spans[j]!.start > span.start) - 1;
  return i >= 0 && span.end <= spans[i]!.end;
}

/** The attributions of sentence `si` (`all` is in sentence order). */
function cuesOf(all: Attribution[], si: number): Attribution[] {
  const a = searchFirst(0, all.length, (i) => all[i]!.sentence >= si);
  const b = searchFirst(a, all.length, (i) => all[i]!.sentence > si);
  return all.slice(a, b);
}

/** The sentence's subject: its first noun phrase after any opening adverbial. */
export function sentenceSubject(tokens: Token[], s: Sentence): Mention | undefined {
  let k = s.tokenStart;
  // Skip "In March," / "Parallelly," / "However," openers.
  for (let j = k; j < Math.min(s.tokenEnd, k + 7); j++) {
    if (tokens[j]!.text === ',') {
      if (/^(ADP|ADV|SCONJ|CCONJ)$/.test(tokens[k]!.pos)) k = j + 1;
      break;
    }
  }
  const np = phraseAfter(tokens, k, s.tokenEnd);
  if (!np) return undefined;
  return makeMention(tokens, np[0], np[1], appositiveAfter(tokens, np[1], s.tokenEnd));
}

/** Quotes with the attribution that introduces or follows them. */
/** The content spans of all quotations, paragraph by paragraph. */
export function quotedSpans(text: string, paragraphs: Paragraph[]): Span[] {
  return paragraphs.flatMap((p) => pairQuoteMarks(text, p.start, p.end).map((q) => ({ start: q.open + 1, end: q.close })));
}

export function findQuotes(text: string, paragraphs: Paragraph[], sentences: Sentence[], tokens: Token[], attributions: Attribution[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    for (const pair of pairQuoteMarks(text, p.start, p.end)) {
      const content: Span = { start: pair.open + 1, end: pair.close };
      const quote: Quote = { start: pair.open, end: pair.close + 1, content, sentence: sentenceAt(sentences, p, pair.open) };
      const attribution = attributionFor(quote, sentences, tokens, attributions, p);
      if (attribution) {
        quote.cue = attribution.cue;
        quote.speaker = attribution.speaker;
      }
      quotes.push(quote);
    }
  }
  return quotes;
}

function sentenceAt(sentences: Sentence[], p: Paragraph, offset: number): number {
  const i = searchFirst(p.sentenceStart, p.sentenceEnd, (j) => sentences[j]!.end > offset);
  if (i < p.sentenceEnd) return i;
  return Math.max(p.sentenceStart, p.sentenceEnd - 1);
}

/**
 * A cue right after the closing mark (within a few words, same sentence) whose speaker
 * is not before the quote, else the nearest cue before the opening mark in its sentence,
 * if it is near enough to govern the quote.
 */
function attributionFor(q: Quote, sentences: Sentence[], tokens: Token[], attributions: Attribution[], p: Paragraph): Attribution | undefined {
  const endSentence = sentenceAt(sentences, p, q.end - 1);
  const s = sentences[endSentence]!;
  const following = cuesAfter(tokens, s, cuesOf(attributions, endSentence), q.end).find(
    (a) =>
      a.sentence === endSentence &&
      a.cue.start >= q.end &&
      tokensBetween(tokens, s, q.end, a.cue.start) <= 6 &&
      // 'The memo, which includes material labelled "top secret", describes': the cue's
      // speaker comes before the quote, so the quote is not what it says.
      !(a.speaker && a.speaker.end <= q.start) &&
      // 'China's "military civil fusion" strategy, which they say': a relative clause.
      !hasRelativeBetween(tokens, s, q.end, a.cue.start),
  );
  const preceding = lastCueBefore(cuesOf(attributions, q.sentence), q.start);
  if (following && (!preceding || !startsWithSpeech(q, preceding, tokens, sentences))) return following;
  // A cue far back in a long sentence does not govern a quoted term at its end.
  if (preceding && tokensBetween(tokens, sentences[preceding.sentence]!, preceding.cue.end, q.start) > MAX_CUE_DISTANCE) return undefined;
  return preceding;
}

/** Words between a cue and a quote it still governs ('alleges that X provides Y with "..."'). */
const MAX_CUE_DISTANCE = 20;

function hasRelativeBetween(tokens: Token[], s: Sentence, from: number, to: number): boolean {
  const [a, b] = tokenRange(tokens, s.tokenStart, s.tokenEnd, from, to);
  for (let k = a; k < b; k++) if (RELATIVES.has(tokens[k]!.normal)) return true;
  return false;
}

function tokensBetween(tokens: Token[], s: Sentence, from: number, to: number): number {
  const [a, b] = tokenRange(tokens, s.tokenStart, s.tokenEnd, from, to);
  return Math.max(0, b - a);
}

/**
 * The cues of a sentence that start at or after `from` and close enough to it to pass
 * the six-word test of attributionFor (a cue past the seventh token never does).
 */
function cuesAfter(tokens: Token[], s: Sentence, cues: Attribution[], from: number): Attribution[] {
  const first = searchFirst(0, cues.length, (i) => cues[i]!.cue.start >= from);
  const k = searchFirst(s.tokenStart, s.tokenEnd, (i) => tokens[i]!.start >= from) + 6;
  const limit = k < s.tokenEnd ? tokens[k]!.end : Infinity;
  const last = searchFirst(first, cues.length, (i) => cues[i]!.cue.start >= limit);
  return cues.slice(first, last);
}

/** The last cue (cues sorted and not overlapping) that ends at or before `offset`. */
function lastCueBefore(cues: Attribution[], offset: number): Attribution | undefined {
  return cues[searchFirst(0, cues.length, (i) => cues[i]!.cue.end > offset) - 1];
}

/** 'He said, "..."': the preceding cue sits right before the quote. */
function startsWithSpeech(q: Quote, a: Attribution, tokens: Token[], sentences: Sentence[]): boolean {
  return tokensBetween(tokens, sentences[a.sentence]!, a.cue.end, q.start) <= 3;
}
