/**
 * Where the body reports an act only inside a frame that withholds it: "accused of
 * laundering", "alleges that the company bribed officials", "has not established
 * whether the vaccine caused the deaths". The act is read from the frame's complement
 * (object or clause), not from a fixed window, and close synonyms count ("bribed" /
 * "paid", "killed" / "caused the deaths"). Private helper: not a rule.
 */
import { phraseAfter } from '../../src/document/mentions.js';
import { stem } from '../../src/engine/cluster-text.js';
import type { Document, Token } from '../../src/document/types.js';
import { lex } from './_lexicon.js';

/** The complement is read this far (tokens) after the frame, inside its sentence. */
const WINDOW = 14;
/** Between the subject and the act: auxiliaries and adverbs ("had been", "allegedly"). */
const SKIP = /^(ADV|AUX|PART)$/;
/** A negated complement ("alleges that he did not pay") alleges nothing about the act. */
const NEGATED = /^(not|never|n't|no)$/;
/** Clause openers to step over before the subject. */
const OPENERS = /^(that|whether|if)$/;
/** Clause openers that are their own subject ("what killed the fish"). */
const WH_SUBJECTS = /^(what|who|which)$/;
const BREAK = /^[,;:—–()[\]“”"‘’!?.]$/;

const stems = (t: Token) => [stem(t.normal), stem(t.lemma.toLowerCase())];

/** The act a headline verb names: its stem, and the synonym group it belongs to. */
export interface Act {
  stem: string;
  group?: (typeof lex.actGroups)[number];
}

export function actOf(word: Token): Act {
  const s = stem(word.normal);
  const group = lex.actGroups.find((g) => g.verbs.some((v) => stem(v) === s));
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
  const limit = Math.min(doc.sentences[first.sentence]!.tokenEnd, from + WINDOW);
  let i = from;
  if (kind === 'object') {
    const np = phraseAfter(doc.tokens, i, limit);
    if (!np) return undefined;
    i = np[1];
    if (i >= limit || !/^(of|with)$/.test(doc.tokens[i]!.normal)) return undefined;
    const k = skipToVerb(doc, i + 1, limit);
    return k === undefined ? undefined : actHere(doc, k, act);
  }
  // The frame pattern may already have taken "that"/"whether"/"what".
  let subject = !WH_SUBJECTS.test(doc.tokens[from - 1]?.normal ?? '');
  if (subject && i < limit && OPENERS.test(doc.tokens[i]!.normal)) i++;
  if (subject && i < limit && WH_SUBJECTS.test(doc.tokens[i]!.normal)) [i, subject] = [i + 1, false];
  for (let k = i; k < limit; k++) {
    const t = doc.tokens[k]!;
    if (BREAK.test(t.text) || NEGATED.test(t.normal)) return undefined;
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
  return t.pos === 'ADJ' && doc.tokens[k + 1]?.normal === 'that' && !!prev && prev.sentence === t.sentence && /^(NOUN|PROPN|PRON)$/.test(prev.pos);
}

export interface Withheld {
  /** The frame's first token and the act's end (exclusive). */
  first: number;
  end: number;
  /** The act was written with a synonym, not the headline's own verb. */
  synonym: boolean;
  kind: 'alleged' | 'unestablished';
}

/** Every place in the given body sentences where the act is withheld by a frame. */
export function withheldActs(doc: Document, act: Act, isBody: (k: number) => boolean): Withheld[] {
  const out: Withheld[] = [];
  const sentenceOf = (k: number) => doc.tokens[k]!.sentence;
  // "accused of laundering", "allegedly laundered": the act within two tokens of the frame.
  for (const f of lex.allegationFrames.matchDocument(doc)) {
    if (!isBody(f.first)) continue;
    for (let k = f.last; k < f.last + 2 && k < doc.tokens.length && sentenceOf(k) === sentenceOf(f.first); k++) {
      const hit = actAt(doc, k, act);
      if (hit) {
        out.push({ first: f.first, end: hit.end, synonym: hit.synonym, kind: 'alleged' });
        break;
      }
    }
  }
  const read = (frames: typeof lex.allegationClauses, kind: 'clause' | 'object', what: Withheld['kind']) => {
    for (const f of frames.matchDocument(doc)) {
      if (!isBody(f.first) || (what === 'alleged' && !isFrameVerb(doc, f.first))) continue;
      const hit = complementAct(doc, f.last, kind, act);
      if (hit) out.push({ first: f.first, end: hit.end, synonym: hit.synonym, kind: what });
    }
  };
  read(lex.allegationClauses, 'clause', 'alleged');
  read(lex.allegationObjects, 'object', 'alleged');
  read(lex.notEstablished, 'clause', 'unestablished');
  // "Documents suggest that the contractor may have billed ...": evidence that only points
  // to the act. Without a modal ("suggest that he resign") "suggest" proposes, not hedges.
  for (const f of lex.evidenceClauses.matchDocument(doc)) {
    if (!isBody(f.first) || !isFrameVerb(doc, f.first)) continue;
    const hit = complementAct(doc, f.last, 'clause', act);
    if (!hit) continue;
    const hedged = doc.tokens.slice(f.last, hit.end).some((t) => lex.evidenceModals.has(t.normal));
    if (hedged) out.push({ first: f.first, end: hit.end, synonym: hit.synonym, kind: 'unestablished' });
  }
  return out;
}
