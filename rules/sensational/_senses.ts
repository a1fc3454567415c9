/**
 * Which sense a loaded word has where it is written, read from the words around it:
 * "bloodbath" beside "killed" is a real one, "all-out war" beside "troops" is a war, and
 * "all-out war" in a sentence about a council vote is a metaphor for the dispute. Word
 * lists come from the lexicon (rules/data/loaded-language.json: `contexts`, `labelVerbs`,
 * `verdictVerbs`), passed in by the rule; this file only looks them up.
 */
import type { Document, Span } from '../../src/document/types.js';
import { inHeadline } from '../../src/document/index.js';


export type WordSets = ReadonlyMap<string, ReadonlySet<string>>;

export function wordSets(contexts: Record<string, { words: string[] }>): WordSets {
  return new Map(Object.entries(contexts).map(([name, c]) => [name, new Set(c.words.map((w) => w.toLowerCase()))]));
}

/** Token range `[from, to)` of the sentence, or of the whole paragraph, holding token `k`. */
function around(doc: Document, k: number, paragraph: boolean): [number, number] {
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  if (!paragraph) return [s.tokenStart, s.tokenEnd];
  const p = doc.paragraphs[s.paragraph];
  if (!p || p.sentenceEnd <= p.sentenceStart) return [s.tokenStart, s.tokenEnd];
  // Three sentences either side at most: a whole article on one line is one paragraph.
  const si = doc.tokens[k]!.sentence;
  const from = Math.max(p.sentenceStart, si - PARAGRAPH_REACH);
  const to = Math.min(p.sentenceEnd, si + PARAGRAPH_REACH + 1);
  return [doc.sentences[from]!.tokenStart, doc.sentences[to - 1]!.tokenEnd];
}
const PARAGRAPH_REACH = 3;

/**
 * True when a word of one of the named sets is written in the match's sentence (or
 * paragraph), outside the match itself: "death blow" must not be its own literal context.
 */
export function near(doc: Document, sets: WordSets, names: readonly string[] | undefined, first: number, last: number, paragraph: boolean): boolean {
  if (!names?.length) return false;
  const lists = names.map((n) => sets.get(n)).filter((s): s is ReadonlySet<string> => !!s);
  const [from, to] = around(doc, first, paragraph);
  for (let k = from; k < to; k++) {
    if (k >= first && k < last) continue;
    const t = doc.tokens[k]!;
    if (lists.some((l) => l.has(t.normal) || l.has(t.bare) || l.has(t.lemma))) return true;
  }
  return false;
}

/** True when token `k` is a word of one of the named sets. */
export function wordIn(doc: Document, sets: WordSets, names: readonly string[] | undefined, k: number): boolean {
  const t = doc.tokens[k]!;
  return !!names?.some((n) => {
    const l = sets.get(n);
    return !!l && (l.has(t.normal) || l.has(t.bare) || l.has(t.lemma));
  });
}

/** Words of a noun phrase after "of": "of [the] [eager] property dealers". */
const OF_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** How many words the noun phrase may run to. */
const OF_REACH = 5;

/**
 * The head noun of the "of" phrase right after token range end `last` ("a feeding frenzy of
 * property dealers" -> "dealers"), in the same sentence; -1 when no "of" and noun follow.
 */
export function ofHead(doc: Document, last: number): number {
  const { tokens } = doc;
  const of = tokens[last];
  if (!of || of.normal !== 'of' || of.sentence !== tokens[last - 1]?.sentence) return -1;
  let head = -1;
  for (let k = last + 1; k < tokens.length && k <= last + OF_REACH; k++) {
    const t = tokens[k]!;
    if (t.sentence !== of.sentence || !OF_PHRASE.has(t.pos)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
  }
  return head;
}

/** Punctuation that ends a kicker label: "ISLAND RIP-OFF: ...", "SHAME! ...", "FURY — ...". */
const LABEL_END = new Set([':', '!', '—', '–', '-', '|']);

/** Prepositions that carry a kicker on past its label word: "TERROR AT SEA:", "HORROR ON THE M6:". */
const LABEL_LINK = new Set(['at', 'on', 'in', 'over', 'as', 'for', 'of', 'after', 'from', 'outside']);
/** How many capitalised words a kicker may add after its preposition ("AT SEA", "ON THE A9"). */
const LABEL_TAIL = 4;

const capitals = (w: string) => w === w.toUpperCase() && /\p{Lu}|^\P{L}+$/u.test(w);

/**
 * A tabloid label: in the headline, written in capitals (every letter of the match), and
 * standing as the kicker, i.e. followed by a colon, dash or exclamation mark, or ending
 * the headline. "Hotel owners call fee a rip-off" is not a label; "FEE RIP-OFF:" is. The
 * kicker may run on in capitals through a preposition ("TERROR AT SEA:", "FURY OVER FEES!").
 * Returns the token index where the kicker ends, or -1 when the match is not a label.
 */
export function labelEnd(doc: Document, first: number, last: number): number {
  const { tokens } = doc;
  const span = { start: tokens[first]!.start, end: tokens[last - 1]!.end };
  const display = doc.headline && inHeadline(doc, span) ? doc.headline : panelTitle(doc, first);
  if (!display) return -1;
  for (let k = first; k < last; k++) if (!capitals(tokens[k]!.text)) return -1;
  const ends = (k: number) => {
    const next = tokens[k];
    // A kicker on its own line over the headline ends with its line (the Document's sentence).
    return !next || next.start >= display.end || LABEL_END.has(next.text) || next.sentence !== tokens[k - 1]!.sentence;
  };
  if (ends(last)) return last;
  // "TERROR AT SEA": a preposition and up to four more words, all in capitals, then the kicker's end.
  const link = tokens[last];
  if (!link || !LABEL_LINK.has(link.normal) || !capitals(link.text) || !/\p{L}/u.test(link.text)) return -1;
  for (let k = last + 1; k <= last + LABEL_TAIL && k < tokens.length && tokens[k]!.start < display.end; k++) {
    const w = tokens[k]!.text;
    if (LABEL_END.has(w) || !capitals(w)) return -1;
    if (ends(k + 1)) return k + 1;
  }
  return -1;
}

/**
 * The title of a panel the story keeps ("A FARE FIASCO" over a fact box's rows): a
 * panel line (the Document's `panel`) in capitals, with no row's colon. Display type in the
 * writer's voice, like a kicker.
 */
function panelTitle(doc: Document, k: number): Span | undefined {
  const para = doc.paragraphs[doc.sentences[doc.tokens[k]!.sentence]!.paragraph]!;
  if (!para.panel) return undefined;
  const line = doc.text.slice(para.start, para.end);
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !line.includes(':') ? para : undefined;
}

export const standsAsLabel = (doc: Document, first: number, last: number): boolean => labelEnd(doc, first, last) >= 0;

/** Forms of "be": "has been called a blunder" is passive, nobody's words but the writer's. */
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);
/** Breaks after which the writer may be speaking again ("..., in what was a colossal blunder"). */
const BREAK = new Set([',', ';', ':', '—', '–', '(', ')']);

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM', 'PRON']);

/**
 * "What the fishers describe is nothing less than a pillage of the reef": the labelling verb
 * sits in a free relative ("what" before its subject), and the label comes after a verb of
 * the writer's own ("is", "looks like", "amounts to"). The speakers described something; the
 * verdict on it is the writer's. ("What critics call a land grab", with no such verb between,
 * stays the critics' label.)
 */
function writersVerdict(doc: Document, verdictVerbs: ReadonlySet<string>, subject: number, verb: number, first: number): boolean {
  const { tokens } = doc;
  let j = subject;
  while (j > 0 && j > subject - 6 && NOUN_PHRASE.has(tokens[j - 1]!.pos) && tokens[j - 1]!.normal !== 'what') j--;
  if (tokens[j - 1]?.normal !== 'what') return false;
  for (let k = verb + 1; k < first; k++) {
    const t = tokens[k]!;
    if (BE.has(t.normal) || verdictVerbs.has(t.normal)) return true;
  }
  return false;
}

/**
 * A label someone else puts on the thing: "Opposition leader Marta Kowalczyk called the
 * scheme a colossal blunder", "which unions described as a bloodbath". A labelling verb
 * (`verbs.label`) shortly before the match in its clause, with a subject written
 * just before the verb (a noun, a name or a pronoun; auxiliaries and adverbs between). A
 * passive ("has been called a blunder") has no one behind it and stays the writer's, and
 * so does a free relative followed by a verb of the writer's (`verbs.verdict`).
 */
export function labelledBySpeaker(doc: Document, verbs: { label: ReadonlySet<string>; verdict: ReadonlySet<string> }, first: number): boolean {
  const { tokens } = doc;
  const s = doc.sentences[tokens[first]!.sentence]!;
  for (let k = first - 1; k >= s.tokenStart && k >= first - 10; k--) {
    const t = tokens[k]!;
    if (BREAK.has(t.text)) return false;
    if (!verbs.label.has(t.normal) && !verbs.label.has(t.lemma)) continue;
    for (let j = k - 1; j >= s.tokenStart; j--) {
      const w = tokens[j]!;
      if (BE.has(w.normal)) return false;
      if (w.pos === 'AUX' || w.pos === 'ADV' || w.pos === 'PART') continue;
      if (!(w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON' || (w.pos === 'ADJ' && w.normal === 'many'))) return false;
      return !writersVerdict(doc, verbs.verdict, j, k, first);
    }
    return false;
  }
  return false;
}
