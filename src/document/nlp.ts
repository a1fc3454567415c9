/**
 * The one wink-nlp pass. wink tokens carry no character offsets, so each token is
 * aligned to the original text as it is read, by scanning forward from the previous
 * token; offsets are therefore exact by construction.
 */
import winkNLP from 'wink-nlp';
import { isWhite, startsUpper } from './chars.js';
import { foldForTokenizer } from './fold.js';
import type { Token } from './types.js';
import { PIPE, sbdPosModel } from './wink-model.js';

// Only sentence boundaries and POS tags: wink's entity, sentiment and negation passes
// cost as much again and nothing here reads them (nor loads them: see ./wink-model.ts).
const nlp = winkNLP(sbdPosModel, [...PIPE]);
const its = nlp.its;


/**
 * Lemmas already asked of wink. A lemma depends on the lexeme as written (wink's
 * `uniqueId`, stable for the life of the model's cache) and its POS tag, except in a
 * contraction, whose lemma wink keeps on the token itself. News copy repeats its words,
 * so most tokens' lemmas are found here, by one integer key, instead of running wink's
 * lemmatizer again.
 */
const lemmaMemo = new Map<number, string>();
const LEMMA_MEMO_LIMIT = 100_000;
/** Small integers for wink's POS tags (its tag strings are shared, so this lookup is cheap). */
const posIndex = new Map<string, number>();
const POS_SLOTS = 64;

/** The memo's key for a lexeme and tag, or -1 past the slots (wink's tag set has 17). */
function lemmaKey(id: number, pos: string): number {
  let p = posIndex.get(pos);
  if (p === undefined) posIndex.set(pos, (p = posIndex.size));
  return p < POS_SLOTS ? id * POS_SLOTS + p : -1;
}

/** A token before segmentation gives it its sentence. */
export type RawToken = Token;

export interface RawSentence {
  /** `[first, last)` into the tokens returned with it. */
  first: number;
  last: number;
}

const BREAKS = /[\r\n\t\f\v\u2028\u2029]/g;

/**
 * One wink pass over the parts of `text` in `keep` (sorted, disjoint). Everything else
 * becomes spaces, with a blank line between parts so wink ends a sentence there; the
 * masked copy has the same length as the text, so positions map one to one.
 */
export function readMasked(text: string, keep: readonly { start: number; end: number }[]): { tokens: RawToken[]; sentences: RawSentence[] } {
  let masked = '';
  let at = 0;
  for (const k of keep) {
    const gap = k.start - at;
    if (gap > 0) masked += gap >= 2 ? `\n\n${' '.repeat(gap - 2)}` : '\n';
    masked += text.slice(k.start, k.end).replace(BREAKS, ' ');
    at = k.end;
  }
  if (text.length > at) masked += ' '.repeat(text.length - at);
  return readPrepared(masked, foldForTokenizer(masked));
}

/** `slice`: the text as written; `folded`: the same length, as wink reads it (see ./fold.ts). */
function readPrepared(slice: string, folded: string): { tokens: RawToken[]; sentences: RawSentence[] } {
  const doc = nlp.readDoc(folded);
  // wink's typings do not accept every `its` helper in `out`; the values are strings.
  const all = doc.tokens();
  const column = (f: unknown) => all.out(f as never) as unknown as string[];
  const values = column(its.value);
  const normals = column(its.normal);
  const poses = column(its.pos);
  const ids = column(its.uniqueId) as unknown as number[];
  const contracted = column(its.contractionFlag) as unknown as boolean[];
  const tokens: RawToken[] = [];
  const map: number[] = new Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // Line-break tokens (wink keeps them; rules have no use for them) and anything else
    // that starts with white space is not a token of the text.
    if (v.length === 0 || isWhite(v.charCodeAt(0))) continue;
    // A token must sit right after the previous one, past white space only. Look there
    // only: searching the rest of the text for a token wink altered is quadratic.
    let at = cursor;
    while (at < slice.length && isWhite(slice.charCodeAt(at))) at++;
    if (!folded.startsWith(v, at)) continue;
    map[i] = tokens.length;
    // Word features every lexicon lookup needs, computed once per token (sentence is set by segment).
    const possessive = v.length >= 2 && v.charCodeAt(v.length - 1) === 115 && (v[v.length - 2] === '’' || v[v.length - 2] === "'");
    // Most tokens' forms are equal ("said" / "said" / "say"): share one string, not three
    // copies, so a batch of 10,000 Documents kept for the story rules stays small.
    const normal = normals[i]!;
    const pos = poses[i]!;
    let asked: string | undefined;
    const key = contracted[i] ? -1 : lemmaKey(ids[i]!, pos);
    if (key < 0) asked = all.itemAt(i).out(its.lemma as never) as unknown as string;
    else {
      asked = lemmaMemo.get(key);
      if (asked === undefined) {
        if (lemmaMemo.size >= LEMMA_MEMO_LIMIT) lemmaMemo.clear();
        lemmaMemo.set(key, (asked = all.itemAt(i).out(its.lemma as never) as unknown as string));
      }
    }
    // wink gives no lemma for a few forms it leaves whole ("cannot," before a comma): the normal form stands in.
    const lemma = asked == null || asked === normal ? normal : asked;
    // The text as written (wink read a folded copy when the text has letters it does not know).
    const written = folded === slice ? v : slice.slice(at, at + v.length);
    const lower = (possessive ? written.slice(0, -2) : written).toLowerCase();
    tokens.push({
      start: at, end: at + v.length, text: written === normal ? normal : written, normal, lemma, pos,
      bare: lower === normal ? normal : lower, capitalised: startsUpper(written), possessive, sentence: -1,
    });
    cursor = at + v.length;
  }
  const sentences: RawSentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [a, b] of spans) {
    let first = -1;
    let last = -1;
    for (let k = a; k <= b; k++) {
      const m = map[k]!;
      if (m < 0) continue;
      if (first < 0) first = m;
      last = m + 1;
    }
    if (first >= 0) sentences.push({ first, last });
  }
  return { tokens, sentences };
}
