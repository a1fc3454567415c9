/**
 * What a silence is asked about, and whether a statement answers it: the content words of
 * the question after the wording ("silent on whether payment details were exposed") or
 * before it ("Asked whether ..., the agency"), matched by stem against what was said.
 * Private helper: not a rule.
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { firstTokenFrom, tokensWithText } from '../../src/engine/doc-cache.js';
import { type Actor, lookAhead } from './_clause.js';
import { lex } from './_lexicon.js';
import { topicKeys } from './_topic.js';
import { stem } from '../../src/engine/cluster-text.js';
import { FLAT_NEGATION } from './_speech.js';

export const has = (set: Set<string>, t: Token) => set.has(t.normal) || set.has(t.lemma.toLowerCase());
/** Verbs that carry no topic of their own. */
const LIGHT = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'will', 'would', 'can', 'could', 'may', 'might']);
const CLAUSE_WINDOW = 12;

/**
 * The content words after a restatable narrower ("about whether payment details were
 * exposed" -> payment, detail, expose), without the narrowers themselves and broad topic
 * words ("the allegations"): what the silence is said to be about.
 */
export function clauseWords(doc: Document, last: number, n = CLAUSE_WINDOW): Clause | undefined {
  const toks = lookAhead(doc, last, n);
  return toks.length ? contentOf(toks) : undefined;
}

/**
 * The content words from token `from` to the end of its sentence, commas and all (at most
 * `n` tokens): "on letters, seen by the paper, that give 38 families until March to leave"
 * is read whole, relative clause included.
 */
export function restOfSentence(doc: Document, from: number, n = 2 * CLAUSE_WINDOW): Clause | undefined {
  const t = doc.tokens[from];
  if (!t) return undefined;
  const end = Math.min(doc.sentences[t.sentence]!.tokenEnd, from + n);
  const toks = doc.tokens.slice(from, end).filter((x) => x.pos !== 'PUNCT');
  return toks.length ? contentOf(toks) : undefined;
}

/** What a silence is said to be about: content words by lemma, each with its match keys. */
export interface Clause {
  span: Span;
  words: Map<string, readonly string[]>;
  /** "whether any payment had been made": a yes-no question, which a flat denial has answered. */
  yesNo: boolean;
  /** "how many tickets were sold": a question of amount, which a denial of an excess ("overloaded") bears on. */
  amount: boolean;
}

export function contentOf(toks: Token[]): Clause {
  const opener = toks.find((t) => !/^(about|on|over|regarding|concerning)$/.test(t.normal));
  const yesNo = !!opener && /^(whether|if)$/.test(opener.normal);
  const amount = toks.some((t, i) => t.normal === 'how' && /^(many|much)$/.test(toks[i + 1]?.normal ?? ''));
  const words = new Map<string, readonly string[]>();
  for (const t of toks) {
    if (!/^(NOUN|PROPN|ADJ|VERB)$/.test(t.pos) || has(lex.narrowers, t) || has(lex.broadTopics, t) || LIGHT.has(t.lemma.toLowerCase())) continue;
    words.set(t.lemma.toLowerCase(), topicKeys(t));
  }
  return { span: { start: toks[0]!.start, end: toks[toks.length - 1]!.end }, words, yesNo, amount };
}

/**
 * The `askedOpeners` word that opens the sentence starting at token `start` ("Asked", or
 * "When asked"), when the silent subject at `subjectStart` follows a comma: the token index
 * of the opener, else undefined. Shared by `askedClause` and `askedWh`.
 */
function askedOpener(doc: Document, start: number, subjectStart: number): number | undefined {
  let k = start;
  if (doc.tokens[k]?.normal === 'when') k++;
  if (!doc.tokens[k] || !lex.askedOpeners.has(doc.tokens[k]!.normal)) return undefined;
  if (doc.tokens[subjectStart - 1]?.text !== ',') return undefined;
  return k;
}

/**
 * "Asked whether any manager had ordered the deletions, the agency refused to say": the
 * question before the silence is its topic. The sentence opens with the question (an
 * `askedOpeners` word) and the silent subject follows its comma.
 */
export function askedClause(doc: Document, subjectStart: number): Clause | undefined {
  const s = doc.sentences[doc.tokens[subjectStart]!.sentence]!;
  let k = s.tokenStart;
  // "As for who signed the permit, the council referred all queries to ...": the whole clause.
  if (doc.tokens[k]?.normal === 'as' && doc.tokens[k + 1]?.normal === 'for' && doc.tokens[subjectStart - 1]?.text === ',' && k + 2 < subjectStart - 1) {
    return contentOf(doc.tokens.slice(k + 2, subjectStart - 1).filter((t) => t.pos !== 'PUNCT'));
  }
  const opener = askedOpener(doc, k, subjectStart);
  if (opener === undefined) return undefined;
  k = opener;
  // The question itself: after "whether", "if", "about" ..., up to the comma.
  let q = k + 1;
  while (q < subjectStart - 1 && !lex.askedPrepositions.has(doc.tokens[q]!.normal) && !/^(why|how)$/.test(doc.tokens[q]!.normal)) q++;
  if (q >= subjectStart - 1 || /^(why|how)$/.test(doc.tokens[q]!.normal)) return undefined;
  // "about"/"on" is left out; "whether" is kept, so the question is read as yes-no.
  const toks = doc.tokens.slice(/^(whether|if)$/.test(doc.tokens[q]!.normal) ? q : q + 1, subjectStart - 1);
  return toks.length ? contentOf(toks) : undefined;
}

/**
 * "Asked how many of the new hires were paid from the fund, the mayor's office said ...":
 * a wh-question before a non-answer (a question labelled "political", a call ended). The
 * silence loop leaves wh-questions to `askedClause`'s narrower reading; a non-answer is no
 * narrower answer, so the question is its topic whole.
 */
export function askedWh(doc: Document, subjectStart: number): Clause | undefined {
  const s = doc.sentences[doc.tokens[subjectStart]!.sentence]!;
  const k = askedOpener(doc, s.tokenStart, subjectStart);
  if (k === undefined) return undefined;
  // "Asked when ...": right after "asked", "when" opens a question, not a time clause.
  const wh = doc.tokens[k + 1]?.normal ?? '';
  if (!(lex.questionWords.has(wh) || wh === 'when') || k + 2 >= subjectStart - 1) return undefined;
  return contentOf(doc.tokens.slice(k + 1, subjectStart - 1).filter((t) => t.pos !== 'PUNCT'));
}

const DEMONSTRATIVE = /^(that|this|these|those)$/;

/**
 * "to say whether that total counts the seasonal staff": a demonstrative with a noun points
 * back at what was just said, the denial's passage, as a shared word would.
 */
export function pointsBack(doc: Document, span: Span): boolean {
  const a = firstTokenFrom(doc, span.start);
  for (let k = a; k + 1 < doc.tokens.length && doc.tokens[k + 1]!.end <= span.end; k++) {
    const t = doc.tokens[k]!;
    if (DEMONSTRATIVE.test(t.normal) && t.pos === 'DET' && doc.tokens[k + 1]!.pos === 'NOUN') return true;
  }
  return false;
}

/**
 * Whether the speech already answers the clause: at least half of the clause's content
 * words (one at least) are in the speech's sentence, the silent actor's own names aside.
 */
export function restates(said: Set<string>, words: Map<string, readonly string[]>, silent: Actor): number {
  const own = new Set([...silent.names.flat(), ...silent.heads]);
  const wanted = [...words].filter(([w]) => !own.has(w));
  if (!wanted.length) return 0;
  const shared = wanted.filter(([, keys]) => keys.some((k) => said.has(k))).length;
  // Half the question's words, or two of a longer question's, are the same matter.
  return shared >= 2 || (shared >= 1 && shared * 2 >= wanted.length) ? shared : 0;
}

/** Whether the sentence negates a word of the question outright: "it will not pay" for "whether any payment had been made". */
export function deniesWord(doc: Document, sentence: number, words: Map<string, readonly string[]>): boolean {
  const sent = doc.sentences[sentence]!;
  const wanted = new Set([...words.values()].flat());
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.pos !== 'VERB' || !topicKeys(t).some((key) => wanted.has(key))) continue;
    // The negation right before the verb, auxiliaries between: "will not pay", "have never paid".
    for (let i = k - 1; i >= Math.max(sent.tokenStart, k - 3); i--) {
      const b = doc.tokens[i]!;
      if (FLAT_NEGATION.test(b.normal)) return true;
      if (!/^(AUX|ADV|PART)$/.test(b.pos)) break;
    }
  }
  return false;
}

/** Whether a passage denies an excess ("overloaded", "exceeded the quota"): a "how many" question bears on it. */
export function deniesAmount(said: Set<string>): boolean {
  return AMOUNT_KEYS().some((k) => said.has(k));
}

let amountKeys: string[] | undefined;
const AMOUNT_KEYS = () => (amountKeys ??= [...lex.quantityWords].map((w) => stem(w)));

/**
 * The stems of the verbs of the clause a denial cue at token `cue` governs, up to a comma or
 * the sentence's end: "denied that staff had reported a leak" -> report; "denied the report,
 * a spokesman told AFP" -> none (the speech cue after the comma is no act denied).
 */
export function deniedActs(doc: Document, cue: number): Set<string> {
  const out = new Set<string>();
  const end = doc.sentences[doc.tokens[cue]!.sentence]!.tokenEnd;
  for (let k = cue + 1; k < end && !/^[,;:]$/.test(doc.tokens[k]!.text); k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB') out.add(stem(t.lemma.toLowerCase()));
  }
  return out;
}

/** How many of the question's content words (the silent actor's own names aside) the passage has. */
export function sharedWords(said: Set<string>, words: Map<string, readonly string[]>, silent: Actor, acts?: Set<string>): number {
  const own = new Set([...silent.names.flat(), ...silent.heads]);
  // "denied that drivers had flagged the brakes" / "whether a mechanic had told the depot manager":
  // one act, in the verbs of the denied clause (`acts`), not in a speech cue ("a spokesman told AFP").
  const same = (k: string) => said.has(k) || (!!acts && !!lex.sameActs.get(k)?.some((x) => acts.has(x)));
  return [...words].filter(([w, keys]) => !own.has(w) && !lex.genericWords.has(w) && keys.some(same)).length;
}

/** A figure a question may point back with: two digits or more, not a year. */
const FIGURE = /^\d{2,}(?:[.,]\d+)*$/;
const YEAR = /^(1[89]|20)\d\d$/;

/**
 * "a query about the 17 tractors": a figure in a query points back at the figure's
 * first mention earlier in the article ("17 tractors went missing from the depot"), so the
 * question is about what that clause says: its content words (up to a comma or the
 * sentence's end), or undefined when the question holds no such figure.
 */
export function figureWords(doc: Document, q: Clause): Map<string, readonly string[]> | undefined {
  const { tokens } = doc;
  const a = firstTokenFrom(doc, q.span.start);
  const before = doc.sentences[tokens[a]!.sentence]!.tokenStart;
  for (let k = a; k < tokens.length && tokens[k]!.end <= q.span.end; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NUM' || !FIGURE.test(t.text) || YEAR.test(t.text)) continue;
    // Its first mention, in an earlier sentence.
    for (const j of tokensWithText(doc, t.text)) {
      if (j >= before) break;
      const end = doc.sentences[tokens[j]!.sentence]!.tokenEnd;
      let e = j + 1;
      while (e < Math.min(end, j + 1 + CLAUSE_WINDOW) && !/^[,;:]$/.test(tokens[e]!.text)) e++;
      const toks = tokens.slice(j + 1, e).filter((x) => x.pos !== 'PUNCT');
      if (toks.length) return contentOf(toks).words;
    }
  }
  return undefined;
}
