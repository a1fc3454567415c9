/**
 * Token-level helpers the framing rules share: what stands just before a word in its
 * clause (negation, modals, "if"), the subject of a predicate, and who an actor is
 * (its names and head word) so two mentions of one body can be matched.
 * Private helper: not a rule.
 */
import { tokensIn } from '../../src/document/index.js';
import { firstTokenFrom, inQuoteContent, lowerBound, mentionWithSpan, perDocument, tokenStartingAt } from '../../src/engine/doc-cache.js';
import { isCapitalised, isProperName, makeMention, phraseBefore } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Mention, Span, Token } from '../../src/document/types.js';
import { lex, type ActorType } from './_lexicon.js';
import { stem } from '../../src/engine/cluster-text.js';

/** Punctuation that closes a clause for the purpose of looking back or ahead. */
const BREAK = /^[,;:—–()[\]“”"‘’'!?.]$/;

/** A word that negates the verb after it ("never paid", "did not"): a negated complement ("alleges that he did not pay") alleges nothing. */
export const NEGATED = /^(not|never|n't|no)$/;
/** A noun or a name: the tags a noun phrase's head may carry. */
export const NOUNISH = /^(NOUN|PROPN)$/;
export const bareWord = (t: Token) => t.text.replace(/['’]s$/, '').toLowerCase();
const has = (set: Set<string>, t: Token) => set.has(t.normal) || set.has(t.lemma.toLowerCase());
export const anyIn = (toks: Token[], set: Set<string>) => toks.some((t) => has(set, t));

/** A word's stem for matching a headline's words in the body ("Corp." as "corp"). */
export const stemKey = (t: Token) => stem(bareWord(t).replace(/\.$/, ''));
const CONTENT_POS = /^(NOUN|PROPN|ADJ)$/;
/**
 * Stems of the content words in tokens `[a, b)` (three letters at least), less `skip`
 * (normal forms). `verbs`: verbs count too (a headline's title case misleads the tagger:
 * "Botched/PROPN update/VERB knocked out").
 */
export function contentStems(doc: Document, a: number, b: number, verbs = false, skip?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if ((CONTENT_POS.test(t.pos) || (verbs && t.pos === 'VERB')) && bareWord(t).length >= 3 && !skip?.has(t.normal)) out.add(stemKey(t));
  }
  return out;
}

/** Up to `n` tokens before `k`, nearest first, stopping at a clause break or the sentence start. */
export function lookBack(doc: Document, k: number, n: number): Token[] {
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  const out: Token[] = [];
  for (let i = k - 1; i >= s.tokenStart && out.length < n; i--) {
    const t = doc.tokens[i]!;
    if (BREAK.test(t.text)) break;
    out.push(t);
  }
  return out;
}

/** Up to `n` tokens from `k` on, stopping at a clause break or the sentence end. */
export function lookAhead(doc: Document, k: number, n: number): Token[] {
  if (k >= doc.tokens.length) return [];
  const s = doc.sentences[doc.tokens[Math.min(k, doc.tokens.length - 1)]!.sentence]!;
  const out: Token[] = [];
  for (let i = k; i < s.tokenEnd && out.length < n; i++) {
    const t = doc.tokens[i]!;
    if (BREAK.test(t.text)) break;
    out.push(t);
  }
  return out;
}

/** The nearest token before `k` in its clause that is not an adverb. */
export function previousWord(doc: Document, k: number): Token | undefined {
  return lookBack(doc, k, 4).find((t) => t.pos !== 'ADV');
}

/** True when `span` lies inside the content of a quotation: someone else's words. */
export function inQuote(doc: Document, span: Span): boolean {
  return inQuoteContent(doc, span);
}

/**
 * Token ranges of the subject(s) of the predicate starting at token `k`: "both companies
 * remain", "The document, which remains" (the antecedent of "which"), "Apple and Alibaba
 * have" (each conjunct).
 */
export function subjectsBefore(doc: Document, k: number): [number, number][] {
  const { tokens } = doc;
  const s = doc.sentences[tokens[k]!.sentence]!;
  // "the museum has since stayed silent": the tagger reads that adverb "since" as a conjunction.
  if (k - 2 > s.tokenStart && tokens[k - 1]!.normal === 'since' && tokens[k - 2]!.pos === 'AUX') k--;
  let np = phraseBefore(tokens, k, s.tokenStart) ?? openingNameBefore(doc, k);
  if (!np) return [];
  np = overOf(tokens, np, s.tokenStart);
  if (np[1] - np[0] === 1 && /^(which|who|that)$/.test(tokens[np[0]]!.normal)) {
    if (tokens[np[0] - 1]?.text !== ',') return [];
    np = phraseBefore(tokens, np[0] - 1, s.tokenStart);
    if (!np) return [];
  }
  const out: [number, number][] = [np];
  let a = np[0];
  while (a - 1 > s.tokenStart && /^(and|nor|or)$/.test(tokens[a - 1]!.normal)) {
    const prev = phraseBefore(tokens, a - 1, s.tokenStart);
    if (!prev) break;
    out.push(prev);
    a = prev[0];
  }
  return out;
}

/**
 * "the mayor's chief of staff": the tagger reads "chief" as an adjective, so the phrase
 * finder stops at "of" and leaves "staff". Step back over the "of" and take the phrase
 * before it when it runs right up to the "of". (Hyphenated compounds, "the firm's
 * human-resources director", the phrase finder now takes whole itself.)
 */
function overOf(tokens: Token[], np: [number, number], from: number): [number, number] {
  const a = np[0];
  if (a - 2 < from || tokens[a - 1]!.normal !== 'of' || !/^(ADJ|NOUN)$/.test(tokens[a - 2]!.pos) || isCapitalised(tokens[a - 2]!)) return np;
  const head = phraseBefore(tokens, a - 1, from);
  return head && head[1] === a - 1 ? [head[0], np[1]] : np;
}

/**
 * "Tovata Shipping has stayed mum": a sentence that opens with capitalised words, then only
 * auxiliaries before the predicate at `k`. The tagger may read a name's last word as a verb
 * ("Shipping", "Trading"), which the phrase finder then leaves out.
 */
function openingNameBefore(doc: Document, k: number): [number, number] | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[k]!.sentence]!;
  let end = k;
  while (end > s.tokenStart && /^(AUX|ADV|PART)$/.test(tokens[end - 1]!.pos)) end--;
  if (end - s.tokenStart < 2 || end - s.tokenStart > 4) return undefined;
  for (let i = s.tokenStart; i < end; i++) if (!isCapitalised(tokens[i]!) || /^(PUNCT|AUX|ADP|DET|PRON)$/.test(tokens[i]!.pos)) return undefined;
  return [s.tokenStart, end];
}

/** The document's own mention for a token range (it may carry `refersTo`), else a fresh one. */
export function mentionAt(doc: Document, a: number, b: number): Mention {
  const start = doc.tokens[a]!.start;
  const end = doc.tokens[b - 1]!.end;
  return mentionWithSpan(doc, start, end) ?? makeMention(doc.tokens, a, b);
}

export interface Actor {
  /** Proper names as lower-case word lists ("alibaba", "white house"). */
  names: string[][];
  /** Head words of the mention and of what it refers to ("company", "embassy"). */
  heads: string[];
  /** A person's name may be shortened to its last word. */
  person: boolean;
  /** A plural common noun with no name ("officials"): too vague to be one actor. */
  vague: boolean;
}

function wordsIn(doc: Document, span: Span): string[] {
  return tokensIn(doc.tokens, span)
    .filter((t) => !/^(the|’s|'s)$/i.test(t.text))
    .map(bareWord);
}

const isPlaceWord = (t: Token) => people.places.has(t.text.replace(/['’]s$/, ''));


/** Who a mention stands for. A spokesperson speaks for the body named in the phrase. */
export function actorOf(doc: Document, mention: Mention): Actor {
  const actor: Actor = { names: [], heads: [], person: false, vague: false };
  for (const m of [mention, mention.refersTo].filter((x): x is Mention => !!x)) {
    if (m.name) actor.names.push(wordsIn(doc, m.name));
    // "The distributor, PowerLink Regional, rejected ...": the name in the appositive.
    else if (m.appositive && isProperName(tokensIn(doc.tokens, m.appositive))) {
      const words = wordsIn(doc, m.appositive);
      actor.names.push(words);
      // "his lawyer, Beatriz Outeiral,": a person's full name; "Outeiral" alone is her too.
      if (words.length > 1 && m.kind !== 'org') actor.person = true;
    }
    const headTokens = tokensIn(doc.tokens, m.head);
    const head = headTokens.map(bareWord).join(' ');
    if (head) actor.heads.push(head);
    // "the Kremlin", "Beijing": a capitalised head the name finder leaves out (a place or a known body).
    if (!m.name && headTokens.length && headTokens.every(isCapitalised) && m.kind !== 'pronoun') actor.names.push(headTokens.map(bareWord));
    if (m.kind === 'person' && m.name && wordsIn(doc, m.name).length > 1) actor.person = true;
    // "the Alibaba spokesperson", "Alibaba's representatives", "Kremlin spokesman Dmitry
    // Peskov": the body named before the role word is the one that speaks.
    const from = firstTokenFrom(doc, m.start);
    let role = -1;
    for (let i = from; i < doc.tokens.length && doc.tokens[i]!.start < m.end; i++) {
      const t = doc.tokens[i]!;
      if (t.end <= m.end && lex.proxyRoles.has(bareWord(t))) { role = i; break; }
    }
    // "former chief executive": a past role speaks for no one now.
    if (role >= 0 && [...lookBack(doc, from, 2), ...doc.tokens.slice(from, role)].some((t) => lex.pastRoles.has(bareWord(t)))) role = -1;
    if (role >= 0) {
      let run: string[] = [];
      for (let i = from; i < role; i++) {
        const t = doc.tokens[i]!;
        // Place words count here: "Kremlin spokesman", "U.S. embassy spokesman" speak for that state.
        const named = isCapitalised(t) && !people.honorifics.has(t.text) && !people.roles.has(bareWord(t)) && t.pos !== 'DET';
        if (named) run.push(bareWord(t));
        else if (run.length) { actor.names.push(run); run = []; }
      }
      if (run.length) actor.names.push(run);
      // "lawyers for Ryanair", "a spokesman for the Ministry of Health".
      if (m.affiliation && tokensIn(doc.tokens, m.affiliation).some((t) => isCapitalised(t) && !isPlaceWord(t))) {
        actor.names.push(wordsIn(doc, m.affiliation));
      }
    }
  }
  const headToken = doc.tokens[tokenStartingAt(doc, mention.head.start)];
  actor.vague = !actor.names.length && (mention.kind === 'group' || (!!headToken && headToken.normal !== headToken.lemma.toLowerCase()));
  return actor;
}

/** Equal names, or one a leading part of the other ("Alibaba" / "Alibaba Group"); a surname for a person. */
function namesMatch(a: string[], b: string[], person: boolean): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length) return false;
  const at = (off: number) => short.every((w, i) => long[off + i] === w);
  return at(0) || (person && at(long.length - short.length)) || (short[0]!.length >= 2 && isAcronymOf(short, long));
}

/** Words left out of an organisation's initials ("Ministry of Health" -> MH). */
const INITIALS_SKIP = /^(of|the|and|for|&)$/;

/** "nra" for "national rail agency": a one-word name that spells the initials of a longer one. */
function isAcronymOf(short: string[], long: string[]): boolean {
  if (short.length !== 1 || long.length < 2 || short[0]!.length !== long.filter((w) => !INITIALS_SKIP.test(w)).length) return false;
  return long.filter((w) => !INITIALS_SKIP.test(w)).map((w) => w[0]).join('') === short[0];
}

/** Whether two actors are the same person or body. */
export function sameActor(silent: Actor, speaker: Actor): boolean {
  if (silent.vague || speaker.vague) return false;
  if (silent.names.length) return silent.names.some((x) => speaker.names.some((y) => namesMatch(x, y, silent.person || speaker.person)));
  // "the company has remained silent" / "the company dismissed": the same definite head.
  if (silent.heads.some((h) => speaker.heads.includes(h))) return true;
  // "The defence has not commented" / "his lawyer ... told the court": a side and its lawyers.
  return lex.sides.some((s) => silent.heads.some((h) => s.side.has(h)) && speaker.heads.some((h) => s.members.has(h)));
}

/** "both companies", "neither side", "the two governments": a quantified group and its kind. */
export function groupType(doc: Document, a: number, b: number): ActorType | undefined {
  const toks = doc.tokens.slice(a, b);
  if (!toks.some((t) => lex.quantifiers.has(t.normal))) return undefined;
  const head = toks[toks.length - 1]!;
  return lex.groupNouns.get(head.normal) ?? lex.groupNouns.get(head.lemma.toLowerCase());
}

/** Token positions where the word list `name` is written in the story. */
function occurrences(doc: Document, name: string[], from = 0, to = doc.tokens.length): [number, number][] {
  const out: [number, number][] = [];
  if (!name.length) {
    for (let i = from; i < to; i++) out.push([i, i]);
    return out;
  }
  // Only the places where the first word is written can start the name.
  const starts = bareWordIndex(doc).get(name[0]!) ?? [];
  for (let x = lowerBound(starts, from, (i) => i); x < starts.length && starts[x]! < to; x++) {
    const i = starts[x]!;
    if (name.every((w, j) => doc.tokens[i + j] && bareWord(doc.tokens[i + j]!) === w)) out.push([i, i + name.length]);
  }
  return out;
}

/** Token indices by bare word, ascending. */
const bareWordIndex = (doc: Document) =>
  perDocument(doc, 'framing/bareWords', () => {
    const map = new Map<string, number[]>();
    doc.tokens.forEach((t, i) => {
      const w = bareWord(t);
      const list = map.get(w);
      if (list) list.push(i);
      else map.set(w, [i]);
    });
    return map;
  });

/** Whether the story names `name` within sentences `[from, to]`. */
export function namedNear(doc: Document, name: string[], fromSentence: number, toSentence: number): boolean {
  const a = doc.sentences[Math.max(0, fromSentence)]!.tokenStart;
  const b = doc.sentences[Math.min(doc.sentences.length - 1, toSentence)]!.tokenEnd;
  return occurrences(doc, name, a, b).length > 0;
}

const lowerPlaces = new Set([...people.places].map((p) => p.toLowerCase()));
const lowerSuffixes = {
  company: new Set([...lex.typeSuffixes.company].map((x) => x.toLowerCase())),
  government: new Set([...lex.typeSuffixes.government].map((x) => x.toLowerCase())),
};

/**
 * Whether the story presents the named actor as a company (or a government): "Alibaba
 * Group", "e-commerce giant Alibaba", "Alibaba, the retailer", or a capital standing for
 * its government ("Beijing dismissed").
 */
export function hasType(doc: Document, name: string[], type: ActorType): boolean {
  if (type === 'any') return true;
  const nouns = lex.typeNouns[type];
  const suffixes = lex.typeSuffixes[type];
  if (type === 'government' && name.length === 1 && lowerPlaces.has(name[0]!)) return true;
  if (nouns.has(name.join(' '))) return true;
  // "Petrobras Holdings", "Siemens AG": the name carries its own company suffix.
  if (name.length > 1 && lowerSuffixes[type].has(name[name.length - 1]!)) return true;
  const { tokens } = doc;
  for (const [i, j] of occurrences(doc, name)) {
    const after = tokens[j];
    if (after && after.sentence === tokens[i]!.sentence && suffixes.has(after.text)) return true;
    // A type noun right before the name, inside the same phrase.
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const t = tokens[k]!;
      if (t.sentence !== tokens[i]!.sentence || BREAK.test(t.text) || t.pos === 'VERB' || t.pos === 'ADP') break;
      if (has(nouns, t)) return true;
    }
    // An appositive after the name: ", the Chinese e-commerce giant,".
    let k = j;
    while (tokens[k] && suffixes.has(tokens[k]!.text)) k++;
    if (tokens[k]?.text === ',') {
      for (let m = k + 1; m < Math.min(tokens.length, k + 8); m++) {
        const t = tokens[m]!;
        // "the state-owned energy group": a participle in a hyphenated compound is a modifier, not a verb.
        if (BREAK.test(t.text) || (t.pos === 'VERB' && tokens[m - 1]?.text !== '-')) break;
        if (has(nouns, t)) return true;
      }
    }
  }
  return false;
}

/** Union of spans. */
export const cover = (...spans: Span[]): Span => ({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });

/** Phrase matches with the ones that start inside an earlier (kept) match dropped. */
export function nonOverlapping<T extends { span: Span }>(matches: T[]): T[] {
  const out: T[] = [];
  for (const m of [...matches].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)) {
    const last = out[out.length - 1];
    if (last && m.span.start < last.span.end) continue;
    out.push(m);
  }
  return out;
}

/** Whether token k is in a body paragraph other than `skipParagraph` (a standfirst is not read against itself). */
export const bodyTest = (doc: Document, skipParagraph = -1) => (k: number) => {
  const p = doc.sentences[doc.tokens[k]!.sentence]!.paragraph;
  return p !== skipParagraph && doc.paragraphs[p]?.kind === 'body';
};
