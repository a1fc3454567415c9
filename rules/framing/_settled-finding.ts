/**
 * A finding taken as settled in the writer's voice while the same article reports the
 * process that would settle it still open: "Since the ministry's confirmation that the
 * drug does not work" beside "a ministry spokesman said the retest was not finished";
 * "the now-discredited police account" beside "an inquiry, which has not yet reported".
 * The presupposition is tied to the open process by a word it shares with that sentence
 * or the one before it (the body that confirmed, the party whose account it is, the matter).
 * Private helper: not a rule.
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';
import { anyIn, bareWord, lookBack, NOUNISH } from './_clause.js';
import { lex } from './_lexicon.js';

export interface SettledFinding {
  /** The presupposing wording ("the ministry's confirmation that the drug does not work"). */
  span: Span;
  /** The open process ("the retest was not finished"). */
  open: Span;
}

/** A possessive 's. */
const POSSESSIVE = /^['’]s$/;
/** How many tokens the label may stand before its claim noun ("discredited utility account"). */
const LABEL_REACH = 3;
/** A "that" clause is read up to this many tokens for its matter. */
const CLAUSE_REACH = 12;

const key = (t: Token) => bareWord(t).replace(/\.$/, '');
const isProcess = (t: Token) => lex.settled.processNouns.has(key(t)) || lex.settled.processNouns.has(t.lemma.toLowerCase());

/** The owner's nouns before a possessive at `k - 1` ("the health ministry's" -> health, ministry); their first token. */
function possessor(doc: Document, k: number): { words: Token[]; first: number } | undefined {
  if (!POSSESSIVE.test(doc.tokens[k - 1]?.text ?? '')) return undefined;
  const words: Token[] = [];
  let j = k - 2;
  while (j >= 0 && NOUNISH.test(doc.tokens[j]!.pos) && doc.tokens[j]!.sentence === doc.tokens[k]!.sentence) words.unshift(doc.tokens[j--]!);
  return words.length ? { words, first: j + 1 } : undefined;
}

interface Presupposition {
  span: Span;
  sentence: number;
  /** Words that tie it to an open process: the owner's, the matter's. */
  ties: Set<string>;
}

/** "the agency's confirmation that the vaccine batch was faulty": a finding noun with its clause, not awaited or denied. */
function findingAt(doc: Document, k: number): Presupposition | undefined {
  const t = doc.tokens[k]!;
  if (!lex.settled.findingNouns.has(t.normal) || t.pos !== 'NOUN' || doc.tokens[k + 1]?.normal !== 'that') return undefined;
  const owner = possessor(doc, k);
  if (!owner && doc.tokens[k - 1]?.normal !== 'the') return undefined;
  // "awaiting the agency's confirmation that": read back from the whole noun phrase.
  const back = lookBack(doc, owner ? owner.first : k - 1, 3);
  if (anyIn(back, lex.negators) || anyIn(back, lex.settled.notYet) || anyIn(back, lex.modals) || anyIn(back, lex.conditionals)) return undefined;
  const s = doc.sentences[t.sentence]!;
  let end = k + 2;
  while (end < Math.min(s.tokenEnd, k + 2 + CLAUSE_REACH) && !/^[,;:—–().!?]$/.test(doc.tokens[end]!.text)) end++;
  const ties = new Set<string>();
  for (const w of owner?.words ?? []) ties.add(key(w));
  for (let j = k + 2; j < end; j++) if (NOUNISH.test(doc.tokens[j]!.pos)) ties.add(key(doc.tokens[j]!));
  const first = owner ? owner.first : k - 1;
  return { span: { start: doc.tokens[first]!.start, end: doc.tokens[end - 1]!.end }, sentence: t.sentence, ties };
}

/** "the now-discredited utility account": a label that says a claim was shown false, on the claim's noun. */
function labelAt(doc: Document, k: number): Presupposition | undefined {
  const t = doc.tokens[k]!;
  if (!lex.settled.discreditWords.has(t.normal) || !/^(VERB|ADJ)$/.test(t.pos)) return undefined;
  // Attributive only: "was discredited by the inquiry" reports a finding; this takes one as given.
  let a = k;
  if (doc.tokens[k - 1]?.text === '-' && doc.tokens[k - 2]?.pos === 'ADV') a = k - 2;
  const det = doc.tokens[a - 1];
  if (!det || !(det.pos === 'DET' || POSSESSIVE.test(det.text) || /^(its|their|his|her)$/.test(det.normal))) return undefined;
  const s = doc.sentences[t.sentence]!;
  const ties = new Set<string>();
  for (let j = k + 1; j < Math.min(s.tokenEnd, k + 1 + LABEL_REACH); j++) {
    const w = doc.tokens[j]!;
    if (lex.settled.claimNouns.has(w.normal) && w.pos === 'NOUN') {
      const owner = POSSESSIVE.test(det.text) ? possessor(doc, a) : undefined;
      for (const o of owner?.words ?? []) ties.add(key(o));
      const from = owner ? owner.first : a;
      return { span: { start: doc.tokens[from]!.start, end: w.end }, sentence: t.sentence, ties };
    }
    if (!NOUNISH.test(w.pos)) return undefined;
    ties.add(key(w));
  }
  return undefined;
}

/** Whether a sentence carries one of the tie words. */
function tiedIn(doc: Document, sentence: number, ties: Set<string>): boolean {
  const s = doc.sentences[sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (/^(NOUN|PROPN|ADJ)$/.test(t.pos) && (ties.has(key(t)) || ties.has(t.lemma.toLowerCase()))) return true;
  }
  return false;
}

export function settledFindings(doc: Document): SettledFinding[] {
  const body = (k: number) => doc.paragraphs[doc.sentences[doc.tokens[k]!.sentence]!.paragraph]?.kind === 'body';
  // Open processes: an open wording in a sentence that names a process ("the retest was not finished").
  const opens: { sentence: number; span: Span; processes: Set<string> }[] = [];
  for (const m of lex.settled.openProcess.matchDocument(doc)) {
    if (!body(m.first)) continue;
    const sentence = doc.tokens[m.first]!.sentence;
    const s = doc.sentences[sentence]!;
    const processes = new Set<string>();
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (isProcess(doc.tokens[k]!)) processes.add(doc.tokens[k]!.lemma.toLowerCase());
    if (processes.size && !opens.some((o) => o.sentence === sentence)) opens.push({ sentence, span: { start: s.start, end: s.end }, processes });
  }
  if (!opens.length) return [];
  // A process the article reports settled ("the inquiry found that ...") is not open.
  const concluded = new Set<string>();
  for (const s of doc.sentences) {
    if (opens.some((o) => doc.sentences[o.sentence] === s)) continue;
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const found = toks.findIndex((t) => lex.settled.findingVerbs.has(t.normal) && t.pos === 'VERB');
    if (found < 0 || anyIn(lookBack(doc, s.tokenStart + found, 3), lex.negators)) continue;
    for (const t of toks) if (isProcess(t)) concluded.add(t.lemma.toLowerCase());
  }
  const open = opens.filter((o) => ![...o.processes].some((p) => concluded.has(p)));
  if (!open.length) return [];
  const out: SettledFinding[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (!lex.settled.findingNouns.has(t.normal) && !lex.settled.discreditWords.has(t.normal)) continue;
    if (!body(k) || inQuoteContent(doc, t)) continue;
    const p = findingAt(doc, k) ?? labelAt(doc, k);
    if (!p || !p.ties.size) continue;
    // "Critics call it the discredited account": someone's words, not the writer's.
    if (attributionsIn(doc, p.sentence).some((a) => a.speaker && a.cue.start < p.span.start)) continue;
    const para = (i: number) => doc.sentences[i]!.paragraph;
    const tied = open.filter((x) => x.sentence !== p.sentence && (tiedIn(doc, x.sentence, p.ties) || (x.sentence > 0 && x.sentence - 1 !== p.sentence && para(x.sentence - 1) === para(x.sentence) && tiedIn(doc, x.sentence - 1, p.ties))));
    // The nearest open process is the one the reader has just read, or is about to.
    const o = tied.sort((x, y) => Math.abs(x.sentence - p.sentence) - Math.abs(y.sentence - p.sentence))[0];
    if (o) out.push({ span: p.span, open: o.span });
  }
  return out;
}
