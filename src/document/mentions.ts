/**
 * Noun phrases that name people and bodies, read from POS tags and the people lexicon.
 * The wink lite model has no PERSON/ORG entities, so names are capitalised PROPN runs
 * that are not titles, roles or places; organisations are runs that contain an
 * organisation word or are known bodies.
 */
import { startsLower } from './chars.js';
import { CALENDAR_WORDS } from './dates.js';
import { people } from './people.js';
import { lowerBound } from './search.js';
import type { Mention, MentionKind, Span, Token } from './types.js';

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON']);
// "to": "an adviser to the president".
const PREP_IN_NP = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'within', 'to']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** "some in the party", "many within the industry": the crowd is the quantifier (a partitive with "of" is read by `partitiveAt`). */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'others']);
const AMONG = new Set(['in', 'within', 'inside', 'among', 'across']);

export const isCapitalised = (t: Token) => t.capitalised;
/** The people lexicon is lower case; titles are written capitalised ("Sir", "Dr."). */
export const isHonorific = (t: Token) => people.honorifics.has(t.text.toLowerCase());
/** A word for people or speakers ("experts", "sources"), whatever the tagger made of it. */
const isPeopleWord = (t: Token) => {
  const w = t.text.toLowerCase();
  return people.groupNouns.has(w) || people.authorities.has(w) || people.roles.has(w);
};
/** A token that can sit inside a noun phrase; the tagger sometimes reads "sources" as a verb. */
/** "said"/"says" tagged as an adjective ("the said agreement", or a misread verb: "... who asked not to be named said the pumps had failed"). */
export const saidAdjective = (t: Token) => t.pos === 'ADJ' && (t.normal === 'said' || t.normal === 'says');
// A "said" adjective is a speech verb the tagger misread, so it ends the phrase.
const inNP = (t: Token) => (NP_POS.has(t.pos) && !saidAdjective(t)) || isPossessive(t) || (t.pos === 'VERB' && isPeopleWord(t));
export const isPossessive = (t: Token) => t.possessive;
/** Token `k` is the apostrophe of a plural's possessive, right after a word in s ("Industries' director"). */
function pluralPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return (t.text === "'" || t.text === '\u2019') && !!before && before.end === t.start && /s$/i.test(before.text) && tokens[k + 1]?.start !== t.end;
}
/** Token `k` is a possessive "'s" that wink split off the word before it ("Corp" + "'s"). */
function singularPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return t.possessive && t.text.length === 2 && !!before && before.end === t.start;
}
/** The word as written, without a possessive 's ("China’s" -> "China"). */
const word = (t: Token) => (t.possessive ? t.text.slice(0, -2) : t.text);
const OPENING_QUOTES = new Set(['“', '"', '‘', "'"]);
const bare = (t: Token) => t.bare;

/** The word after token `k`, past a compound's hyphen ("Grain" -> "market" in "Grain-market analyst"). */
const wordAfter = (tokens: readonly Token[], k: number) => tokens[compoundHyphen(tokens, k + 1) ? k + 2 : k + 1];

/** "Energy analyst X said", "Grain-market analyst X": a capital that only opens the sentence, before a lower-case word. */
function openingCapital(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const initial = k === 0 || tokens[k - 1]!.sentence !== t.sentence || OPENING_QUOTES.has(tokens[k - 1]!.text);
  const next = wordAfter(tokens, k);
  return initial && !!next && next.sentence === t.sentence && startsLower(next.text);
}

function isNameToken(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!isCapitalised(t) || !(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ')) return false;
  // A capital at the start of a sentence says nothing unless the tagger calls it a name.
  const initial = k === 0 || tokens[k - 1]!.sentence !== t.sentence || OPENING_QUOTES.has(tokens[k - 1]!.text);
  if (initial && t.pos !== 'PROPN') return false;
  // "Cybersecurity experts say": an opening capital that modifies a common noun; "Grain-market
  // analyst", "Family-owned brewer": one that opens a compound with a lower-case word.
  const next = wordAfter(tokens, k);
  const compound = next !== tokens[k + 1];
  if (initial && next && next.sentence === t.sentence && startsLower(next.text) && (compound || next.pos === 'NOUN' || next.pos === 'ADJ' || isPeopleWord(next))) return false;
  const w = bare(t);
  // "Investigators believe": a kind of people the tagger read as a name.
  if (initial && next && next.sentence === t.sentence && agreesWithPlural(next) && isPeoplePlural(w)) return false;
  // "Opposition MPs say": a role's plural ending a capitalised run is a kind of people, and
  // the capitals before it say which; no surname ("Sellers said" ends in an agent's ending, not a role).
  if (endsCrowd(tokens, k) || (!compound && next && next.sentence === t.sentence && endsCrowd(tokens, k + 1))) return false;
  // "Parents in the district say" is a crowd; "Shipyard Workers Alliance", "Men Sokunthea" are names.
  if (people.peoplePlurals.has(w)) return insideCapitalRun(tokens, k, initial);
  return !people.honorifics.has(w) && !isHonorific(t) && !people.roles.has(w) && !people.authorities.has(w) && !people.groupNouns.has(w);
}

/** Token `k` is a role's plural ("MPs", "Senators") that ends its capitalised run. */
function endsCrowd(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !t.bare.endsWith('s') || !people.roles.has(t.bare.slice(0, -1))) return false;
  const after = tokens[k + 1];
  return !(after && after.sentence === t.sentence && isCapitalised(after));
}

/** A plural noun for a kind of people: a role ("inspectors") or an agent ending ("economists", "surveyors"). */
function isPeoplePlural(w: string): boolean {
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  const one = w.slice(0, -1);
  return people.roles.has(one) || people.personSuffixes.some((x) => one.endsWith(x));
}

/**
 * The word after a sentence's opening capital agrees with a plural subject ("believe", "have",
 * "are", or "who" opening a clause about them): "Investigators believe", "Surveyors who ...".
 * A surname takes "says" or "said" ("Sellers said"), which this leaves alone.
 */
const agreesWithPlural = (next: Token) =>
  next.normal === 'who' || next.normal === 'are' || next.normal === 'were' || ((next.pos === 'VERB' || next.pos === 'AUX') && next.normal === next.lemma && next.normal !== 'said');

/** A capitalised word beside token `k` in its sentence (the one before counts unless `k` opens it). */
function insideCapitalRun(tokens: readonly Token[], k: number, initial: boolean): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  return (!!next && next.sentence === t.sentence && isCapitalised(next) && next.pos !== 'VERB') || (!initial && !!prev && prev.sentence === t.sentence && isCapitalised(prev));
}

function isPlace(tokens: Token[]): boolean {
  return tokens.every((t) => people.places.has(word(t)));
}

function isOrg(tokens: Token[]): boolean {
  const joined = tokens.map((t) => word(t)).join(' ');
  // "Baltic Dredging", "Pacific Trading": a trade in -ing ends a company's name (see nameIng).
  const last = tokens[tokens.length - 1]!;
  if (tokens.length >= 2 && last.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(last.text)) return true;
  return people.orgNames.has(joined) || tokens.some((t) => people.orgWords.has(bare(t)));
}

/** An all-capital acronym of three or more letters (digits and "&" inside), possessive or not. */
const ACRONYM = /^[A-Z][A-Z0-9&]{2,}(?:['’]s)?$/;

const span = (tokens: Token[], a: number, b: number): Span => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end });

const AND = new Set(['and', '&']);
/** Prepositions that tie a person to where they work: "X of the Faculty", "X at Acme". */
const AFFILIATING = new Set(['of', 'at', 'from']);

/** Tokens `[a, b)` read as a person's name: proper nouns, none a body's word or a kind of people ("Opposition MPs"). */
function personRun(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = bare(tokens[k]!);
    if (tokens[k]!.pos !== 'PROPN' || people.orgWords.has(w) || people.groupNouns.has(w) || people.peoplePlurals.has(w) || isPeoplePlural(w)) return false;
  }
  return true;
}

/**
 * "the Ministry of Transport and Communications", "Ministry of Water, Lands and Coastal
 * Affairs": capitalised words after an organisation word and "of", in a list that may have
 * commas and ends with "and" and one or two words, are one body's name. Without this the
 * name breaks at "of" and "and", and "Communications" would stand alone as a person. Three
 * or more words after "and" are read as a second party ("the Ministry of Health and Ana
 * Maria Ruiz"); two can be either ("and Rural Development", "and Ana Ruiz"), and are read as
 * the name's: portfolio names run that long far more often than such a pair is written.
 *
 * Read backwards from `end`: the index of the name's first word ("Ministry", or "Federal"
 * in "Federal Ministry of ..."), or -1.
 */
export function orgOfStart(tokens: readonly Token[], end: number, limit: number): number {
  if (end - 1 < limit || !isCapitalised(tokens[end - 1]!)) return -1;
  const sentence = tokens[end - 1]!.sentence;
  let sawAnd = false;
  let run = 0; // capitalised words since the last joiner
  for (let k = end - 1; k > limit && k >= end - 12; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return -1;
    if (isCapitalised(t)) {
      run++;
      continue;
    }
    if (run === 0) return -1;
    if (t.normal === 'of') {
      const org = tokens[k - 1]!;
      if (!isCapitalised(org) || !people.orgWords.has(bare(org))) return -1;
      let first = k - 1;
      while (first - 1 >= limit && isCapitalised(tokens[first - 1]!) && tokens[first - 1]!.pos !== 'DET' && tokens[first - 1]!.sentence === sentence && !openingCapital(tokens, first - 1)) first--;
      return first;
    }
    if (AND.has(t.normal)) {
      if (sawAnd || run > 2) return -1;
      sawAnd = true;
    } else if (t.text === ',') {
      if (!sawAnd) return -1;
    } else if (t.normal !== 'the') return -1;
    run = 0;
  }
  return -1;
}

/** The same name read forwards from an organisation word ending at `end - 1` and "of": the name's new end (or `end`). */
export function orgOfEnd(tokens: readonly Token[], end: number, limit: number): number {
  const org = tokens[end - 1];
  if (!org || tokens[end]?.normal !== 'of' || !isCapitalised(org) || !people.orgWords.has(bare(org))) return end;
  const cap = (k: number) => k < limit && isCapitalised(tokens[k]!);
  let j = end + 1;
  let last = end;
  // After a comma the list is open: it counts only once an "and" closes it.
  let open = false;
  while (j < limit && j <= end + 12) {
    const t = tokens[j]!;
    if (isCapitalised(t)) {
      j++;
      if (!open) last = j;
    } else if (t.normal === 'the' && cap(j + 1)) j++;
    else if (t.text === ',' && cap(j + 1) && last > end) {
      open = true;
      j++;
    } else if (AND.has(t.normal) && cap(j + 1) && last > end) {
      let k = j + 1;
      while (k <= j + 2 && cap(k)) k++;
      if (!cap(k)) last = k;
      break;
    } else break;
  }
  return last;
}

/**
 * Token range of the noun phrase that ends just before `end` (exclusive), going no
 * further back than `limit`. Adverbs right before `end` are skipped ("Alibaba firmly denied").
 */
export function phraseBefore(tokens: Token[], end: number, limit: number): [number, number] | undefined {
  let b = end;
  while (b > limit && (tokens[b - 1]!.pos === 'ADV' || tokens[b - 1]!.pos === 'AUX' || tokens[b - 1]!.pos === 'PART')) b--;
  const org = orgOfStart(tokens, b, limit);
  let a = org >= 0 ? org : b;
  while (a > limit && b - a < 12) {
    const t = tokens[a - 1]!;
    // "human-resources director", "a state-owned company": a compound's hyphen and the word before it.
    if (a < b && a - 2 >= limit && compoundHyphen(tokens, a - 1)) {
      a -= 2;
      continue;
    }
    // "state-owned": the compound's last word, whatever the tagger made of it ("owned" as a verb).
    if (a < b && a - 3 >= limit && !BREAK_POS.has(t.pos) && compoundHyphen(tokens, a - 2)) {
      a--;
      continue;
    }
    // "managing director", "presiding judge": a participle the tagger calls a verb, before a role.
    const roleIng = t.pos === 'VERB' && a < b && /ing$/.test(t.normal) && people.roles.has(bare(tokens[a]!));
    // "the Pharma Industries' director": a plural's possessive apostrophe, its own token.
    if (a < b && a - 2 >= limit && pluralPossessive(tokens, a - 1)) {
      a--;
      continue;
    }
    if (inNP(t) || roleIng || nameIng(tokens, a - 1, limit) || (a - 1 > limit && nameHyphen(tokens, a - 1))) {
      a--;
      // "Beatriz Alves da Rocha": a name particle the tagger calls a determiner, inside the name.
      if (t.pos === 'DET' && people.nameParticles.has(t.text) && a - 1 >= limit && isCapitalised(tokens[a - 1]!) && isCapitalised(tokens[a + 1]!)) continue;
      if (t.pos === 'DET') {
        // "critics within the government": carry on past the preposition.
        const prep = tokens[a - 1];
        if (prep && a - 1 > limit && prep.pos === 'ADP' && PREP_IN_NP.has(prep.normal) && /^(NOUN|PROPN)$/.test(tokens[a - 2]!.pos)) {
          a--;
          continue;
        }
        // "Some in the community believe", "many within the party": the crowd is the quantifier.
        if (prep && a - 1 > limit && prep.pos === 'ADP' && AMONG.has(prep.normal) && QUANTIFIERS.has(tokens[a - 2]!.normal)) {
          a -= 2;
          break;
        }
        break;
      }
      if (t.pos === 'PRON') break;
      continue;
    }
    // "the minister of industry and trade": "and" joins a portfolio's nouns after a role's "of".
    if ((t.normal === 'and' || t.text === '&') && a < b && portfolioAnd(tokens, a - 1, limit)) {
      a--;
      continue;
    }
    // "chair of the House China committee": a preposition inside the phrase.
    if (t.pos === 'ADP' && PREP_IN_NP.has(t.normal) && a < b && a - 1 > limit && /^(NOUN|PROPN)$/.test(tokens[a - 2]!.pos)) {
      a--;
      continue;
    }
    break;
  }
  // "One of the cooperative's former treasurers said": the number opens the phrase.
  if (a < b && a - 2 >= limit && partitiveAt(tokens, a - 2)) a -= 2;
  while (a < b && tokens[a]!.pos === 'ADP') a++;
  return a < b ? [a, b] : undefined;
}

/**
 * The "and" at token `k` joins two nouns of a role's portfolio: "minister of industry and
 * trade", "secretary of state for culture and sport" (a role word, "of" or "for", one or two
 * nouns, then "and").
 */
function portfolioAnd(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k - 1; j >= Math.max(limit + 1, k - 3); j--) {
    const w = tokens[j]!;
    if (w.normal === 'of' || w.normal === 'for') return j < k - 1 && people.roles.has(bare(tokens[j - 1]!));
    if (!/^(NOUN|PROPN|ADJ)$/.test(w.pos)) return false;
  }
  return false;
}

/**
 * "one of the club's treasurers", "two of its engineers": a partitive opener and "of" at
 * token `k`. The phrase is the people after "of" (its head is "treasurers"), counted.
 */
export function partitiveAt(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k];
  const of = tokens[k + 1];
  return !!n && !!of && of.normal === 'of' && of.sentence === n.sentence && people.partitives.has(n.normal);
}

const HYPHENS = new Set(['-', '‐']);
/** Tags that never sit inside a compound word. */
const BREAK_POS = new Set(['PUNCT', 'SYM', 'CCONJ', 'SCONJ', 'AUX']);

/**
 * "human-resources", "state-owned", "52-year-old", "co-founder": a hyphen written tight
 * between two words of one sentence. The words join into one word of the phrase, whatever
 * their case ("Kremlin-backed"), so the phrase finder steps over it. A spaced dash
 * ("close - union members") is punctuation between clauses.
 */
export function compoundHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !HYPHENS.has(t.text)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || prev.end !== t.start || t.end !== next.start || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  return !BREAK_POS.has(prev.pos) && !BREAK_POS.has(next.pos) && /[\p{L}\p{N}]$/u.test(prev.text) && /^[\p{L}\p{N}]/u.test(next.text);
}

/** "Jean-Pierre", "Al-Nahyan": a hyphen written tight between two capitalised words, inside a name. */
export function nameHyphen(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text !== '-' && t.text !== '‐') return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return !!prev && !!next && prev.end === t.start && t.end === next.start && isCapitalised(prev) && isCapitalised(next) && next.sentence === t.sentence;
}

/**
 * "Halden Shipping", "Baltic Dredging", "Pacific Trading": a capitalised word in -ing after a
 * name word is the end of a company's name, though the tagger reads it as a verb. Not in a
 * title-case headline ("Firm Hiding Losses"): the word after it must not be capitalised.
 */
function nameIng(tokens: Token[], b: number, start: number): boolean {
  const t = tokens[b]!;
  if (b <= start || t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+ing$/u.test(t.text)) return false;
  const prev = tokens[b - 1]!;
  const next = tokens[b + 1];
  return prev.pos === 'PROPN' && isCapitalised(prev) && !(next && next.sentence === t.sentence && isCapitalised(next));
}

/** Token range of the noun phrase that starts at `start`, ending before `limit`. */
export function phraseAfter(tokens: Token[], start: number, limit: number): [number, number] | undefined {
  let b = start;
  while (b < limit && b - start < 12) {
    const t = tokens[b]!;
    // "the firm's human-resources director", "a Kremlin-backed newspaper": a compound is one word.
    if (b > start && b + 1 < limit && compoundHyphen(tokens, b)) {
      b += 2;
      continue;
    }
    // "Jang Sung-min": a compound's first word, whatever the tagger made of it ("Sung" as a verb).
    if (b > start && b + 2 < limit && compoundHyphen(tokens, b + 1)) {
      b += 3;
      continue;
    }
    if (inNP(t) || nameIng(tokens, b, start) || (b > start && nameHyphen(tokens, b))) {
      // "sources who reviewed the memo": a relative pronoun starts a clause, not the phrase.
      if (t.pos === 'PRON' && b > start && /^(who|whom|whose|which|that)$/.test(t.normal)) break;
      // "one deckhand there put it": after a noun, "there" or "here" places it (the tagger may call it a pronoun).
      if (b > start && /^(there|here)$/.test(t.normal)) break;
      b++;
      if (t.pos === 'PRON') break;
      continue;
    }
    if (t.pos === 'ADP' && PREP_IN_NP.has(t.normal) && b > start && b + 1 < limit && /^(DET|PROPN|NOUN)$/.test(tokens[b + 1]!.pos)) {
      b++;
      continue;
    }
    // "said one of its engineers": a partitive's "of" before a possessive pronoun.
    if (b - 1 === start && b + 2 < limit && partitiveAt(tokens, start) && POSSESSIVE_PRONOUNS.has(tokens[b + 1]!.normal)) {
      b += 2;
      continue;
    }
    break;
  }
  return b > start ? [start, b] : undefined;
}

/**
 * The appositive after a phrase: ", a spokesman for China's embassy in Washington,".
 * With `toSentenceEnd`, it may also run to the end of the sentence, as after an inverted
 * cue ('..., said Ana Ruiz, a hydrologist at the University of Lisbon.').
 */
export function appositiveAfter(tokens: Token[], end: number, limit: number, toSentenceEnd = false): [number, number] | undefined {
  if (tokens[end]?.text !== ',' ) return undefined;
  const next = tokens[end + 1];
  if (!next || !/^(DET|ADJ|NOUN|PRON|PROPN)$/.test(next.pos)) return undefined;
  if (next.pos === 'PRON' && !/^(who|whose)$/.test(next.normal)) return undefined;
  // ", the memo says ...": a noun phrase followed by a finite verb is a clause, not an appositive.
  if (next.pos !== 'PRON') {
    const np = phraseAfter(tokens, end + 1, limit);
    const verb = np ? tokens[np[1]] : undefined;
    if (verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/(ed|en|ing)$/.test(verb.normal)))) return undefined;
  }
  for (let k = end + 1; k < Math.min(limit, end + 30); k++) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return k > end + 1 ? [end + 1, k] : undefined;
  }
  if (toSentenceEnd && limit - end <= 30) {
    let last = limit;
    while (last > end + 1 && /^[.!?”"’')]$/.test(tokens[last - 1]!.text)) last--;
    return last > end + 1 ? [end + 1, last] : undefined;
  }
  return undefined;
}

/**
 * The whole run is a proper name: capitalised words ("of"/"and"/"the" inside), one of them
 * a proper noun, not only places ("Jessica Bird", "GridLink Regional"; not "Brazilian").
 */
export function isProperName(toks: readonly Token[]): boolean {
  if (!toks.length || !isCapitalised(toks[0]!) || !isCapitalised(toks[toks.length - 1]!)) return false;
  // (A hyphen inside a name joins it: "Leila Ben-Haddou".)
  if (!toks.every((t, i) => isCapitalised(t) || /^(of|and|the)$/.test(t.normal) || nameHyphen(toks, i))) return false;
  return toks.some((t) => t.pos === 'PROPN') && !toks.every((t) => people.places.has(word(t)) || !isCapitalised(t));
}

/** Analyse the phrase `[a, b)` (and its appositive, if any) as a mention. */
/** A proper name in a span that is not a place ("Goldman Sachs", "the CIA"; not "the U.S. government"). */
export function hasProperName(tokens: readonly Token[], span: Span): boolean {
  // Binary search to the span's first token: a scan of every token per call is quadratic
  // on a long article (rules call this once per speaker).
  for (let k = lowerBound(tokens, span.start, (t) => t.start); k < tokens.length && tokens[k]!.start < span.end; k++) {
    const t = tokens[k]!;
    if (t.end <= span.end && isCapitalised(t) && !people.places.has(word(t)) && t.pos !== 'DET') return true;
  }
  return false;
}

export function makeMention(tokens: Token[], a: number, b: number, appositive?: [number, number]): Mention {
  // The name: the last run of name tokens (a possessive belongs to another noun).
  let nameStart = -1;
  let nameEnd = -1;
  // A person's name of two or more words right before "of", "at" or "from" (see below).
  let before = -1;
  let beforeEnd = -1;
  for (let k = a; k < b; k++) {
    if ((isNameToken(tokens, k) || (nameEnd === k && (nameIng(tokens, k, a) || nameHyphen(tokens, k)))) && !isPossessive(tokens[k]!)) {
      if (nameEnd !== k) nameStart = k;
      nameEnd = k + 1;
    } else if (nameEnd === k && k + 1 < b && people.nameParticles.has(tokens[k]!.text) && isNameToken(tokens, k + 1)) {
      // "Pieter de Vries", "Omran bin Tariq": the particle joins the name on both sides.
      nameEnd = k + 1;
    } else if (nameEnd === k && AFFILIATING.has(tokens[k]!.normal) && k - nameStart >= 2 && personRun(tokens, nameStart, k)) {
      before = nameStart;
      beforeEnd = k;
    }
  }
  // "Professor Ana Villalba of the Faculty of Medical Sciences", "Ana Ruiz at Acme Corp": a
  // person's name, a preposition, then a body's name or a place. The person is the first name;
  // the second is where they work (their affiliation), not their name.
  if (before >= 0 && nameStart > beforeEnd) {
    const org = orgOfStart(tokens, nameEnd, beforeEnd);
    const run = tokens.slice(nameStart, nameEnd);
    if (org > beforeEnd || isOrg(run) || isPlace(run)) [nameStart, nameEnd] = [before, beforeEnd];
  }
  if (nameStart >= 0 && nameEnd < b && isCapitalised(tokens[nameEnd]!) && !isPossessive(tokens[nameEnd - 1]!) && people.orgWords.has(bare(tokens[nameEnd]!))) {
    // "the General Medical Council", "the Federal Aviation Authority": a capitalised run that ends
    // in a body's word is the body's name, the title-like words before it included ("General"
    // is a role, "Authority" an expert's word, when they stand alone).
    nameEnd++;
    while (nameStart - 1 >= a && isCapitalised(tokens[nameStart - 1]!) && tokens[nameStart - 1]!.pos !== 'DET' && !isPossessive(tokens[nameStart - 1]!)) nameStart--;
  }
  if (nameStart >= 0) {
    // Only a body that heads the phrase: "a spokesman for the University of Cape Town" stays a person.
    const org = orgOfStart(tokens, nameEnd, a);
    let prep = false;
    for (let k = a; k < org && !prep; k++) prep = tokens[k]!.pos === 'ADP';
    if (org >= 0 && org < nameStart && !prep) nameStart = org;
    // "the Ministry of Planning and Finance": a portfolio word that is no name word alone
    // ("Finance", as in "Finance Minister") still ends the body's name, read forwards from "of".
    for (let k = nameStart; k < nameEnd; k++) {
      if (tokens[k + 1]?.normal !== 'of') continue;
      nameEnd = Math.max(nameEnd, orgOfEnd(tokens, k + 1, b));
      break;
    }
  }
  // "Tarni Freight Holdings' managing director": a name before a plural's possessive is the
  // possessor, whom the person works for, not the person (as "China's" in "China's ambassador").
  // So is a body's name before a singular's "'s" and a role ("Kestrel Mining Corp's chief
  // geologist"), and a person's ("Maria Lopez's lawyer" is not Maria Lopez); not before a
  // thing ("Liu Pengyu's statement" is his). A place keeps its own reading below ("China's ambassador").
  let possessor: Span | undefined;
  // "a Sedapal engineer", "an Acme spokesman": a name between the article and a role is the
  // employer the person is introduced by, not the person's name.
  if (nameStart === a + 1 && nameEnd < b && /^(a|an)$/.test(tokens[a]!.normal) && (people.roles.has(bare(tokens[nameEnd]!)) || people.authorities.has(bare(tokens[nameEnd]!))) && !isPlace(tokens.slice(nameStart, nameEnd))) {
    possessor = span(tokens, nameStart, nameEnd);
    nameStart = nameEnd = -1;
  }
  if (nameStart >= 0 && nameEnd + 1 < b && (pluralPossessive(tokens, nameEnd) || (singularPossessive(tokens, nameEnd) && roleIn(tokens, nameEnd + 1, b))) && !isPlace(tokens.slice(nameStart, nameEnd))) {
    possessor = span(tokens, nameStart, nameEnd);
    nameStart = nameEnd = -1;
  }
  let orgish = false;
  if (nameStart >= 0) {
    const nameTokens = tokens.slice(nameStart, nameEnd);
    if (isPlace(nameTokens)) nameStart = nameEnd = -1;
    // A name that is one all-capital acronym ("TELRA", "UNICEF") is a body, not a person.
    else orgish = isOrg(nameTokens) || (nameTokens.length === 1 && ACRONYM.test(nameTokens[0]!.text));
  }
  const descriptors: Span[] = [];
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    const w = bare(t);
    if (people.authorities.has(w) || people.roles.has(w) || isHonorific(t)) descriptors.push({ start: t.start, end: t.end });
  }
  // The head noun: the last word before any preposition ("critics within the government"),
  // past a partitive's "of" ("one of the club's treasurers": "treasurers").
  const inner = b - a > 2 && partitiveAt(tokens, a) ? a + 2 : a;
  let prep = -1;
  for (let k = inner + 1; k < b; k++) if (tokens[k]!.pos === 'ADP') { prep = k; break; }
  // "one source close to the talks": the noun, not a trailing adjective.
  let h = (prep > 0 ? prep : b) - 1;
  while (h > a && tokens[h]!.pos === 'ADJ' && (tokens[h - 1]!.pos === 'NOUN' || tokens[h - 1]!.pos === 'PROPN')) h--;
  const head = tokens[h]!;
  const headWord = bare(head);
  // "Residents of Vlora", "Workers at Harrow Farms": the name belongs to the place or body
  // after the preposition; the speakers are an unnamed crowd there (a body stays an org).
  // So are "Millers in Tulcea", "Brokers in Mombasa" (crowdInPlace).
  const crowdOf = nameStart > prep && prep > 0 && !orgish && (people.groupNouns.has(headWord) || crowdInPlace(tokens, h, prep));
  if (crowdOf) nameStart = nameEnd = -1;
  const named = nameStart >= 0;
  let kind: MentionKind;
  if (b - a === 1 && head.pos === 'PRON' && PRONOUNS.has(head.normal)) kind = 'pronoun';
  else if (orgish || (!named && (people.orgWords.has(headWord) || people.orgNames.has(head.text)))) kind = 'org';
  else if (named) kind = 'person';
  else if (people.groupNouns.has(headWord) || headWord.endsWith('s')) kind = 'group';
  else kind = 'person';
  if (appositive) {
    for (let k = appositive[0]; k < appositive[1]; k++) {
      const t = tokens[k]!;
      if (people.authorities.has(bare(t)) || people.roles.has(bare(t))) descriptors.push({ start: t.start, end: t.end });
    }
  }
  // One object literal with every field, absent ones undefined: mentions are made for
  // every capitalised run, and objects that grow field by field each take a new hidden
  // class (measured: most of this function's time went to those transitions).
  return {
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    kind,
    head: { start: head.start, end: head.end },
    name: named ? span(tokens, nameStart, nameEnd) : undefined,
    descriptors,
    affiliation: possessor ?? findAffiliation(tokens, inner, b, nameStart, nameEnd, appositive),
    appositive: appositive ? span(tokens, appositive[0], appositive[1]) : undefined,
    refersTo: undefined,
  };
}

/**
 * Words that tie a speaker to a body a reader could check: a possessive body
 * ("China's embassy"), a body named before the role ("the Alibaba spokesperson",
 * "foreign ministry spokesman"), or "at/of/for/with Body" in the phrase or its appositive.
 */
/** A role or authority word among tokens `[k, b)` ("chief geologist", "lawyer"). */
function roleIn(tokens: readonly Token[], k: number, b: number): boolean {
  for (let i = k; i < b; i++) if (people.roles.has(bare(tokens[i]!)) || people.authorities.has(bare(tokens[i]!))) return true;
  return false;
}

/**
 * The head at `h` is a plain plural before a preposition of place at `prep` ("Brokers in
 * Mombasa"): a crowd there. A capital only where the sentence opens, and a preposition of
 * place: "Friends of the Earth" is a name.
 */
function crowdInPlace(tokens: readonly Token[], h: number, prep: number): boolean {
  const head = tokens[h]!;
  const w = bare(head);
  if (!/^[a-z]+[^s]s$/.test(w) || people.orgWords.has(w) || !PLACE_PREPOSITIONS.has(tokens[prep]!.normal)) return false;
  return !isCapitalised(head) || h === 0 || tokens[h - 1]!.sentence !== head.sentence;
}

function findAffiliation(tokens: Token[], a: number, b: number, nameStart: number, nameEnd: number, appositive?: [number, number]): Span | undefined {
  for (let k = a; k < b; k++) {
    if (k >= nameStart && k < nameEnd) continue;
    const t = tokens[k]!;
    const w = bare(t);
    if (isPossessive(t) && (isCapitalised(t) || people.orgWords.has(w)) && !people.places.has(word(t))) return possessorName(tokens, nameEnd >= 0 && nameEnd <= k ? Math.max(a, nameEnd) : a, k);
    if (people.orgWords.has(w) && k < b - 1) return t;
    // "Former Chief Justice X": a capitalised word that dates the title is no body (formerWords, titleModifiers).
    if (isCapitalised(t) && t.pos === 'PROPN' && !people.places.has(t.text) && !isHonorific(t) && !people.formerWords.has(w) && !people.titleModifiers.has(w) && !openingCapital(tokens, k) && k < b - 1 && nameStart >= 0 && k < nameStart) {
      if (!people.roles.has(w) && !people.authorities.has(w)) return t;
    }
    if (t.pos === 'ADP' && PREP_IN_NP.has(t.normal)) {
      const obj = objectAfter(tokens, k + 1, b);
      if (obj) return obj;
    }
  }
  if (appositive) {
    for (let k = appositive[0]; k < appositive[1]; k++) {
      const t = tokens[k]!;
      // "the hospital's chief executive" (wink may split the 's off: "hospital" + "'s").
      const owns = isPossessive(t) || (tokens[k + 1]?.possessive === true && tokens[k + 1]!.text.length === 2 && tokens[k + 1]!.start === t.end);
      if (owns && (isCapitalised(t) || people.orgWords.has(bare(t))) && !people.places.has(word(t))) return possessorName(tokens, appositive[0], isPossessive(t) ? k : k + 1);
      if (t.pos === 'ADP' && PREP_IN_NP.has(t.normal)) {
        const obj = objectAfter(tokens, k + 1, appositive[1]);
        if (obj) return obj;
      }
    }
  }
  return undefined;
}

/**
 * The whole name whose possessive is at `k`, without its "'s": "Tamana Aggregates Ltd" (not
 * "Ltd's" alone), the capitalised words before it back to `a`, a name's inner "of" or "and"
 * included ("Bank of Ghana"), as a plural's possessor is read ("Tarni Freight Holdings").
 */
function possessorName(tokens: Token[], a: number, k: number): Span {
  // wink may split the 's off ("Ltd" + "'s"): the name then ends on the word before it.
  const split = /^['\u2019]s?$/.test(tokens[k]!.text);
  let j = split ? k - 1 : k;
  while (j - 1 >= a) {
    const t = tokens[j - 1]!;
    const inner = CONNECTORS_IN_NAME.has(t.normal) && j - 2 >= a && isCapitalised(tokens[j - 2]!);
    if (!(isCapitalised(t) && t.pos !== 'DET' && !isPossessive(t) && !openingCapital(tokens, j - 1)) && !inner) break;
    j--;
  }
  return { start: tokens[j]!.start, end: split ? tokens[k - 1]!.end : tokens[k]!.end - 2 };
}
const CONNECTORS_IN_NAME = new Set(['of', 'and', '&']);

/** Prepositions that put a crowd in a place ("Millers in X", "Traders at X"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'around', 'across']);

/** "the CIA", "Harvard University", "the House China committee": a checkable body. */
function objectAfter(tokens: Token[], k: number, limit: number): Span | undefined {
  let i = k;
  if (i < limit && tokens[i]!.pos === 'DET') i++;
  const start = i;
  while (i < limit && (isCapitalised(tokens[i]!) || people.orgWords.has(bare(tokens[i]!)))) i++;
  if (i === start) return undefined;
  const run = tokens.slice(start, i);
  // "a diplomat from China" is not a body a reader can check; "who retired in March" is a time.
  if ((isPlace(run) && !isOrg(run)) || run.every((t) => CALENDAR_WORDS.has(t.normal))) return undefined;
  return span(tokens, start, i);
}
