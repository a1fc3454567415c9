/**
 * Where the body reports an act only inside a frame that withholds it: "accused of
 * laundering", "alleges that the company bribed officials", "has not established
 * whether the vaccine caused the deaths". The act is read from the frame's complement
 * (object or clause), not from a fixed window, and close synonyms count ("bribed" /
 * "paid", "killed" / "caused the deaths"). Private helper: not a rule.
 */
import { appositiveAfter, phraseAfter } from '../../src/document/mentions.js';
import { stem } from '../../src/engine/cluster-text.js';
import { inQuoteContent, perDocument } from '../../src/engine/doc-cache.js';
import type { Attribution, Document, Mention, Token } from '../../src/document/types.js';
import { NEGATED } from './_clause.js';
import { lex } from './_lexicon.js';

/** The complement is read this far (tokens) after the frame, inside its sentence. */
const WINDOW = 14;
/**
 * A clause's subject may be a long noun phrase ("that the tickets for the final two matches
 * of the regional football cup were resold"): the clause is read to its first verb,
 * which ends it either way, so its window is wider.
 */
const CLAUSE_WINDOW = 22;
/** A parenthesis on the subject ("the state oil company (Sonapet)") is stepped over up to this long. */
const PAREN_MAX = 6;
/** Between the subject and the act: auxiliaries and adverbs ("had been", "allegedly"). */
const SKIP = /^(ADV|AUX|PART)$/;
/** Clause openers to step over before the subject. */
const OPENERS = /^(that|whether|if)$/;
/** Clause openers that are their own subject ("what killed the fish"). */
const WH_SUBJECTS = /^(what|who|which)$/;
/** Straight and curly double quotation marks. */
const QUOTE_MARK = /^["“”]$/;
const BREAK = /^[,;:—–()[\]“”"‘’!?.]$/;
/** Words that open a relative clause after a comma. */
const RELATIVE = /^(which|who|whose)$/;
/** A relative clause is at most this long before its closing comma. */
const RELATIVE_MAX = 16;
/** An appositive opens with a determiner ("the", "a"): ", the Orinoco joint venture,". */
const APPOSITIVE_OPENERS = /^(the|a|an)$/;
/** Longest appositive stepped over, in tokens. */
const APPOSITIVE_MAX = 8;

/**
 * The closing comma of a short appositive after the comma at `comma` (the Document's reading,
 * appositiveAfter), when it opens with a determiner and has no verb; else undefined.
 */
function appositiveEnd(doc: Document, comma: number, sentEnd: number): number | undefined {
  if (!APPOSITIVE_OPENERS.test(doc.tokens[comma + 1]?.normal ?? '')) return undefined;
  const app = appositiveAfter(doc.tokens, comma, sentEnd);
  if (!app || doc.tokens[app[1]]?.text !== ',' || app[1] - comma > APPOSITIVE_MAX) return undefined;
  for (let j = app[0]; j < app[1]; j++) if (doc.tokens[j]!.pos === 'VERB' || doc.tokens[j]!.pos === 'AUX' || BREAK.test(doc.tokens[j]!.text)) return undefined;
  return app[1];
}

/** The closing comma of a relative clause opened at `k`, or undefined (no comma, or too long). */
function relativeEnd(doc: Document, k: number, sentEnd: number): number | undefined {
  for (let j = k; j < Math.min(sentEnd, k + RELATIVE_MAX); j++) {
    const t = doc.tokens[j]!.text;
    if (t === ',') return j;
    if (/^[;:—–()“”"]$/.test(t)) return undefined;
  }
  return undefined;
}

const stems = (t: Token) => [stem(t.normal), stem(t.lemma.toLowerCase())];

/** The act a headline verb names: its stem, and the synonym group it belongs to. */
export interface Act {
  stem: string;
  group?: (typeof lex.actGroups)[number];
}

/**
 * The act of a headline verb. A regular form is stemmed as written (title-case lemmas
 * cannot be trusted); an irregular past ("Stole", "Hid") has no stem in common with its
 * other forms, so its lemma is used ("steal" meets "stealing" and "stolen").
 */
export function actOf(doc: Document, k: number): Act {
  const word = doc.tokens[k]!;
  const irregular = word.pos === 'VERB' && !/ed$/.test(word.normal) && word.lemma.toLowerCase() !== word.normal;
  const s = stem(irregular ? word.lemma.toLowerCase() : word.normal);
  let group = lex.actGroups.find((g) => g.verbs.some((v) => stem(v) === s));
  // "Hospital Covered Up Outbreak": a phrasal verb belongs to the group whose phrase it is.
  if (!group) {
    const end = Math.min(doc.sentences[word.sentence]!.tokenEnd, k + 4);
    group = lex.actGroups.find((g) => g.phrases.match(doc.tokens, k, end).some((m) => m.first === k));
  }
  return { stem: s, group };
}

/** The end of the act written at token `k` (exclusive), or -1; `synonym` when a group word matched. */
export function actAt(doc: Document, k: number, act: Act): { end: number; synonym: boolean } | undefined {
  const t = doc.tokens[k];
  if (!t) return undefined;
  const [a, b] = stems(t);
  if (a === act.stem || b === act.stem) return { end: k + 1, synonym: false };
  if (!act.group) return undefined;
  // A participle in verb position may be tagged an adjective ("of having paid").
  if (/^(VERB|ADJ)$/.test(t.pos) && act.group.verbs.some((v) => stem(v) === a || stem(v) === b)) return { end: k + 1, synonym: true };
  const sentEnd = doc.sentences[t.sentence]!.tokenEnd;
  const m = act.group.phrases.match(doc.tokens, k, Math.min(sentEnd, k + 8)).find((x) => x.first === k);
  return m ? { end: m.last, synonym: true } : undefined;
}

/** Step over auxiliaries and adverbs; undefined when the clause is negated or leaves its sentence. */
function skipToVerb(doc: Document, i: number, limit: number): number | undefined {
  while (i < limit && SKIP.test(doc.tokens[i]!.pos)) {
    if (NEGATED.test(doc.tokens[i]!.normal)) return undefined;
    i++;
  }
  if (i < limit && doc.tokens[i]!.normal === 'having') i++;
  return i < limit ? i : undefined;
}

/** A single act word must stand as a verb (the tagger may call a participle an adjective); a longer wording may not. */
function actHere(doc: Document, k: number, act: Act): { end: number; synonym: boolean } | undefined {
  const hit = actAt(doc, k, act);
  if (!hit) return undefined;
  return hit.end - k > 1 || /^(VERB|ADJ)$/.test(doc.tokens[k]!.pos) ? hit : undefined;
}

/**
 * The act of a frame's complement, if it is `act`: the first verb after "alleges (that)
 * <subject> (had)", or, for an object frame, the verb after "accuses <object> of (having)".
 * The clause is read token by token up to its first verb, so a subject the tagger splits
 * oddly ("that/DET police shot/NOUN dead") is still read; a clause break, a negation or
 * another verb ends it.
 */
export function complementAct(doc: Document, from: number, kind: 'clause' | 'object', act: Act): { end: number; synonym: boolean } | undefined {
  const first = doc.tokens[from];
  if (!first) return undefined;
  let limit = Math.min(doc.sentences[first.sentence]!.tokenEnd, from + WINDOW);
  let i = from;
  if (kind === 'object') {
    const np = phraseAfter(doc.tokens, i, limit);
    if (!np) return undefined;
    i = np[1];
    // "accused the ministry of steering it": the tagger may read the gerund as a noun and
    // the phrase run on through "of"; the act starts at the gerund after "of"/"with".
    for (let j = np[0] + 1; j + 1 < np[1]; j++) {
      if (/^(of|with)$/.test(doc.tokens[j]!.normal) && /^[a-z]{3,}ing$/.test(doc.tokens[j + 1]!.normal)) {
        i = j;
        break;
      }
    }
    if (i >= limit || !/^(of|with)$/.test(doc.tokens[i]!.normal)) return undefined;
    const k = skipToVerb(doc, i + 1, limit);
    if (k === undefined) return undefined;
    // "of laundering": a gerund after "of"/"with" is the act, whatever its tag.
    if (/^[a-z]{3,}ing$/.test(doc.tokens[k]!.normal)) return actAt(doc, k, act);
    return actHere(doc, k, act);
  }
  limit = Math.min(doc.sentences[first.sentence]!.tokenEnd, from + CLAUSE_WINDOW);
  // The frame pattern may already have taken "that"/"whether"/"what".
  let subject = !WH_SUBJECTS.test(doc.tokens[from - 1]?.normal ?? '');
  if (subject && i < limit && OPENERS.test(doc.tokens[i]!.normal)) i++;
  if (subject && i < limit && WH_SUBJECTS.test(doc.tokens[i]!.normal)) [i, subject] = [i + 1, false];
  const sentEnd = doc.sentences[first.sentence]!.tokenEnd;
  for (let k = i; k < limit; k++) {
    const t = doc.tokens[k]!;
    // "says Northcliff Resources, which owns the mine, cut ...": a relative clause on the
    // subject is stepped over (and the window widened by it); the act comes after it.
    if (t.text === ',' && k > i && RELATIVE.test(doc.tokens[k + 1]?.normal ?? '')) {
      const close = relativeEnd(doc, k + 1, sentEnd);
      if (close === undefined) return undefined;
      limit = Math.min(sentEnd, limit + (close - k) + 1);
      k = close;
      continue;
    }
    // "the contractor, the Orinoco joint venture, resumed ...": an appositive on the subject
    // (a determiner's noun phrase between commas, no verb in it) is stepped over.
    if (t.text === ',' && k > i) {
      const close = appositiveEnd(doc, k, sentEnd);
      if (close !== undefined) {
        limit = Math.min(sentEnd, limit + (close - k) + 1);
        k = close;
        continue;
      }
    }
    // "the national oil company (Sonapet) paid": a short parenthesis on the subject is stepped over.
    if (t.text === '(' && k > i) {
      let close = k + 1;
      while (close < Math.min(sentEnd, k + PAREN_MAX) && doc.tokens[close]!.text !== ')') close++;
      if (doc.tokens[close]?.text !== ')') return undefined;
      limit = Math.min(sentEnd, limit + (close - k) + 1);
      k = close;
      continue;
    }
    // 'the grade awarded to "creative writing" was cut': a short quoted term inside the
    // subject (no verb in it) is stepped over like a parenthesis.
    if (QUOTE_MARK.test(t.text) && k > i) {
      let close = k + 1;
      while (close < Math.min(sentEnd, k + PAREN_MAX) && !QUOTE_MARK.test(doc.tokens[close]!.text) && doc.tokens[close]!.pos !== 'VERB') close++;
      if (close > k + 1 && QUOTE_MARK.test(doc.tokens[close]?.text ?? '')) {
        limit = Math.min(sentEnd, limit + (close - k) + 1);
        k = close;
        continue;
      }
    }
    if (BREAK.test(t.text) || NEGATED.test(t.normal)) return undefined;
    // "the grant paid to the clubs was cut": a participle right after the subject's
    // noun, with a preposition after it, is a reduced relative on the subject, not its verb.
    if (t.pos === 'VERB' && k > i && doc.tokens[k - 1]!.pos === 'NOUN' && doc.tokens[k + 1]?.pos === 'ADP' && t.normal !== t.lemma.toLowerCase() && /(ed|en|n|t)$/.test(t.normal) && !actHere(doc, k, act)) continue;
    // "the contractor widening the road resumed ...": a present participle right after the
    // subject's noun, with its object after it, is a reduced relative on the subject.
    if (t.pos === 'VERB' && k > i && /^[a-z]{3,}ing$/.test(t.normal) && doc.tokens[k - 1]!.pos === 'NOUN' && doc.tokens[k + 1]?.pos === 'DET' && !actHere(doc, k, act)) continue;
    // "Canadian-listed", "state-owned": a participle inside a compound modifier is no verb.
    if (t.pos === 'VERB' && doc.tokens[k - 1]?.text === '-') continue;
    // The subject takes one word at least: "alleges that paid" is no clause.
    if (k > i || !subject) {
      const hit = actHere(doc, k, act);
      if (hit) return hit;
    }
    if (t.pos === 'VERB' && t.normal !== 'having') return undefined;
  }
  return undefined;
}

/**
 * "the alleged bribes" is a noun phrase, not a frame; "alleges that" is a verb, and so is
 * "Amnesty alleged that", which the tagger may read as an adjective.
 */
function isFrameVerb(doc: Document, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.pos === 'VERB') return true;
  const prev = doc.tokens[k - 1];
  if (doc.tokens[k + 1]?.normal !== 'that' || !prev || prev.sentence !== t.sentence) return false;
  if (t.pos === 'ADJ') return /^(NOUN|PROPN|PRON)$/.test(prev.pos);
  // "Nurses at the hospital claim that ...": the tagger reads the verb as a noun after a
  // noun. The noun ("the claim that", "the hospital's claim that") has a determiner or a
  // possessive before it, not a bare noun.
  return t.pos === 'NOUN' && /^(NOUN|PROPN)$/.test(prev.pos) && !prev.possessive;
}

export interface Withheld {
  /** The frame's first token and the act's end (exclusive). */
  first: number;
  end: number;
  /** The act was written with a synonym, not the headline's own verb. */
  synonym: boolean;
  kind: 'alleged' | 'unestablished' | 'contested';
  /** For a contested claim, the reply that disputes it ("Northcliff denies this"): tokens `[first, last)`. */
  reply?: { first: number; last: number };
}

/** The cue's tokens end here (exclusive): "says", "according to". */
function afterCue(doc: Document, k: number, end: number): number {
  while (k < doc.tokens.length && doc.tokens[k]!.end <= end) k++;
  return k;
}

/**
 * Replies that dispute what was just said ("Northcliff denies this", "the ministry
 * rejected the union's figures"), outside quotes and not negated; once per article.
 */
const contestedReplies = (doc: Document) =>
  perDocument(doc, 'framing/contestedReplies', () =>
    lex.contestedReplies.matchDocument(doc).filter((r) => {
      const t = doc.tokens[r.first]!;
      if (t.pos !== 'VERB' || inQuoteContent(doc, t)) return false;
      const s = doc.sentences[t.sentence]!;
      for (let i = r.first - 1; i >= Math.max(s.tokenStart, r.first - 3); i--) if (NEGATED.test(doc.tokens[i]!.normal)) return false;
      return true;
    }),
  );

/** How many sentences that only quote the claimant may stand between a claim and its reply. */
const QUOTE_BETWEEN = 1;

/** A sentence that is a quotation and its cue ('"They fixed the result," its coach said.'): its first token opens a quote. */
function quotesOnly(doc: Document, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  return doc.quotes.some((q) => q.content.start >= s.start && q.content.start - s.start <= 2 && q.content.end <= s.end);
}

/**
 * "The union says the company cut its safety budget. The company denies this.": an act
 * told only as one side's claim, disputed in the same sentence after it or in the next.
 * A claim nobody disputes ("police said the gunman fled") is reporting, not a hedge.
 */
function contestedClaims(doc: Document, act: Act, isBody: (k: number) => boolean, out: Withheld[]) {
  const replies = contestedReplies(doc);
  const negated = negatedReplies(doc);
  // Most articles dispute nothing: no reply near a claim, no claim to read.
  if (!replies.length && !negated.length) return;
  const near = (a: Attribution) =>
    replies.some((r) => r.first > a.cueToken && doc.tokens[r.first]!.sentence <= a.sentence + 1 + QUOTE_BETWEEN) ||
    negated.some((n) => n.attribution.cueToken > a.cueToken && n.attribution.sentence <= a.sentence + 1);
  for (const a of doc.attributions) {
    if (!isBody(a.cueToken) || !near(a)) continue;
    // "confirmed that", "admitted that": the speaker vouches for the act; no claim to dispute.
    if (lex.affirmingCues.has(doc.tokens[a.cueToken]!.lemma.toLowerCase())) continue;
    const from = afterCue(doc, a.cueToken, a.cue.end);
    if (from >= doc.tokens.length || doc.tokens[from]!.sentence !== a.sentence) continue;
    // "The company said it would cut 500 jobs": a speaker telling its own act is the source
    // for it, whoever disputes the figures.
    const subject = doc.tokens[doc.tokens[from]!.normal === 'that' ? from + 1 : from];
    if (!subject || subject.pos === 'PRON') continue;
    const hit = complementAct(doc, from, 'clause', act);
    if (!hit) continue;
    // The reply answers the nearest claim: none other reported between ("A group says it
    // also copied payment data, and the company denies this" disputes that, not this).
    // A sentence between that only quotes the claimant ('"They fixed the result," its coach
    // said.') backs the claim, and the reply after it ("Okafor denied that.") still answers it.
    const reply = replies.find((r) => {
      const sentence = doc.tokens[r.first]!.sentence;
      if (!((sentence === a.sentence && r.first >= hit.end) || (sentence > a.sentence && sentence <= a.sentence + 1 + QUOTE_BETWEEN))) return false;
      return !doc.attributions.some((x) => x.cueToken >= hit.end && x.cueToken < r.first && !(x.sentence > a.sentence && x.sentence < sentence && quotesOnly(doc, x.sentence)));
    });
    const answer = reply ?? negatedRetelling(doc, a, hit.end);
    if (answer) out.push({ first: a.cueToken, end: hit.end, synonym: hit.synonym, kind: 'contested', reply: { first: answer.first, last: answer.last } });
  }
}

/** How far past a reply's cue its negation may stand ("said it had done no blasting"). */
const RETELLING_REACH = 8;

/** A reply that tells something negated: its attribution and the negator's token. */
interface NegatedReply {
  attribution: Attribution;
  negator: number;
}

/**
 * Attributions whose reported words open with a negation within RETELLING_REACH ("said it had
 * done no blasting", "says the firm never paid"), by a speaker the text names or resolves; once
 * per article. A pronoun no one is named for ("They said") may be the claimants going on.
 */
const negatedReplies = (doc: Document): NegatedReply[] =>
  perDocument(doc, 'framing/negatedReplies', () => {
    const out: NegatedReply[] = [];
    for (const x of doc.attributions) {
      if (!x.speaker || (x.speaker.kind === 'pronoun' && !x.speaker.refersTo)) continue;
      const from = afterCue(doc, x.cueToken, x.cue.end);
      if (from >= doc.tokens.length || doc.tokens[from]!.sentence !== x.sentence) continue;
      const end = Math.min(doc.sentences[x.sentence]!.tokenEnd, from + RETELLING_REACH);
      for (let k = from; k < end - 1; k++) if (NEGATED.test(doc.tokens[k]!.normal)) out.push({ attribution: x, negator: k });
    }
    return out;
  });

/**
 * "Residents say the contractor resumed blasting … The project manager said it had done no
 * blasting since the ban": another speaker, in the same sentence or the next, reports the
 * claim's act word or the word after it (its object) negated. That disputes the claim as
 * surely as "denies this". Tokens `[first, last)` of the reply: its cue to the negated word.
 */
function negatedRetelling(doc: Document, claim: Attribution, actEnd: number): { first: number; last: number } | undefined {
  const claimed = new Set<string>();
  for (let k = actEnd - 1; k < Math.min(actEnd + 1, doc.tokens.length); k++) {
    const t = doc.tokens[k]!;
    if (/^(VERB|NOUN)$/.test(t.pos) && t.sentence === claim.sentence) claimed.add(stem(t.normal));
  }
  // A pronoun or a short name stands for the mention it refers to.
  const who = (m: Mention) => (m.refersTo ?? m).start;
  for (const { attribution: x, negator: k } of negatedReplies(doc)) {
    if (x.sentence < claim.sentence || x.sentence > claim.sentence + 1 || x.cueToken < actEnd) continue;
    if (claim.speaker && who(x.speaker!) === who(claim.speaker)) continue;
    const end = Math.min(doc.sentences[x.sentence]!.tokenEnd, k + 3);
    for (let j = k + 1; j < end; j++) {
      const t = doc.tokens[j]!;
      if (/^(VERB|NOUN)$/.test(t.pos) && claimed.has(stem(t.normal))) return { first: x.cueToken, last: j + 1 };
    }
  }
  return undefined;
}

type FrameList = 'allegationFrames' | 'allegationClauses' | 'allegationObjects' | 'notEstablished' | 'rejectedClaims' | 'evidenceClauses';

/** The matches of one frame list in the article, once per article (each headline verb reads them all). */
const framesIn = (doc: Document, list: FrameList) => perDocument(doc, `framing/frames/${list}`, () => lex[list].matchDocument(doc));

/** Every place in the given body sentences where the act is withheld by a frame. */
export function withheldActs(doc: Document, act: Act, isBody: (k: number) => boolean): Withheld[] {
  const out: Withheld[] = [];
  const sentenceOf = (k: number) => doc.tokens[k]!.sentence;
  // "accused of laundering", "allegedly laundered": the act within two tokens of the frame.
  for (const f of framesIn(doc, 'allegationFrames')) {
    if (!isBody(f.first)) continue;
    for (let k = f.last; k < f.last + 2 && k < doc.tokens.length && sentenceOf(k) === sentenceOf(f.first); k++) {
      const hit = actAt(doc, k, act);
      if (hit) {
        out.push({ first: f.first, end: hit.end, synonym: hit.synonym, kind: 'alleged' });
        break;
      }
    }
  }
  const read = (frames: FrameList, kind: 'clause' | 'object', what: Withheld['kind']) => {
    for (const f of framesIn(doc, frames)) {
      if (!isBody(f.first) || (what !== 'unestablished' && !isFrameVerb(doc, f.first))) continue;
      const hit = complementAct(doc, f.last, kind, act);
      if (hit) out.push({ first: f.first, end: hit.end, synonym: hit.synonym, kind: what });
    }
  };
  read('allegationClauses', 'clause', 'alleged');
  read('allegationObjects', 'object', 'alleged');
  read('notEstablished', 'clause', 'unestablished');
  read('rejectedClaims', 'clause', 'contested');
  // "Documents suggest that the contractor may have billed ...": evidence that only points
  // to the act. Without a modal ("suggest that he resign") "suggest" proposes, not hedges.
  for (const f of framesIn(doc, 'evidenceClauses')) {
    if (!isBody(f.first) || !isFrameVerb(doc, f.first)) continue;
    const hit = complementAct(doc, f.last, 'clause', act);
    if (!hit) continue;
    const hedged = doc.tokens.slice(f.last, hit.end).some((t) => lex.evidenceModals.has(t.normal));
    if (hedged) out.push({ first: f.first, end: hit.end, synonym: hit.synonym, kind: 'unestablished' });
  }
  contestedClaims(doc, act, isBody, out);
  return out;
}
