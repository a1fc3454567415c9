/**
 * Details a statement commits to, read so they can be compared across articles:
 * figures (a number with what it counts) and document origins ("a Pentagon memo").
 */
import { aliasData } from './_aliases-data.js';
import { oppositions } from './_oppositions.js';
import { inChrome } from '../../src/document/index.js';
import { attributionsIn, datesOverlapping, firstTokenFrom } from '../../src/engine/doc-cache.js';
import { isCapitalised, isPossessive, nameHyphen } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Mention, Sentence, Span, Token } from '../../src/document/types.js';
import { isPeopleNoun } from './_casualty-data.js';
import { canonicalName, senseAt, senseOfWord } from './_story.js';

const data = aliasData;
const bounds = oppositions.figureBounds;
type BoundKind = 'lower' | 'upper' | 'below' | 'approximate';
/** Bound phrases as word lists, longest first so "no more than" is read before "more than". */
const BOUND_PHRASES: { words: string[]; kind: BoundKind }[] = (['lower', 'upper', 'below', 'approximate'] as const)
  .flatMap((kind) => bounds[kind].map((p) => ({ words: p.split(' '), kind })))
  .sort((x, y) => y.words.length - x.words.length);
const DOCUMENT_NOUNS = new Set(data.documents);
const ORIGIN_VERBS = new Set(data.originVerbs);
/** Boards and inquiries, whose founder is read only from a setup verb ("a panel convened by X"). */
export const BODY_NOUNS = new Set(data.bodies);
/** Setup verbs as [lemma, particle?]: "set up" -> ["set", "up"]. */
const SETUP_VERBS = data.setupVerbs.map((v) => v.split(' ') as [string, string?]);
const CURRENCIES = new Set(data.currencies);
const MONEY_KIND = new Map<string, string>();
for (const m of data.moneyKinds) for (const w of m.words) MONEY_KIND.set(w, m.kind);
/** Kinds that measure one thing rather than pay a party ("insured value"). */
const MEASURE_KINDS = new Set(data.moneyKinds.filter((m) => m.measure).map((m) => m.kind));
const isCurrency = (t: Token | undefined) => !!t && (CURRENCIES.has(t.normal) || CURRENCIES.has(t.lemma.toLowerCase()));
const moneyKindOf = (t: Token) => (/^(NOUN|VERB|ADJ|ADV)$/.test(t.pos) ? MONEY_KIND.get(t.normal) ?? MONEY_KIND.get(t.lemma.toLowerCase()) : undefined);

/**
 * The verb of origin at token `i` ("issued", or for a body "set up", "convened"): the index
 * after it and its particle, else -1. The tagger may read a participle after "was" as an
 * adjective: the lemma decides.
 */
function originVerbEnd(tokens: readonly Token[], i: number, body: boolean): number {
  const t = tokens[i];
  if (!t) return -1;
  const lemma = t.lemma.toLowerCase();
  if (!body) return ORIGIN_VERBS.has(lemma) ? i + 1 : -1;
  for (const [verb, particle] of SETUP_VERBS) {
    if (lemma !== verb && t.normal !== verb) continue;
    if (!particle) return i + 1;
    if (tokens[i + 1]?.normal === particle) return i + 2;
  }
  return -1;
}

/**
 * The name run from token `b` on: "the Regional District of Bulkley-Nechako" -> [b', z).
 * `part` says which words make a name (a body's by default).
 */
export function runAfter(tokens: readonly Token[], b: number, limit: number, part: (t: Token) => boolean = isNamePart): [number, number] {
  if (tokens[b]?.pos === 'DET') b++;
  let z = b;
  while (z < limit && (part(tokens[z]!) || (z > b && z + 1 < limit && joins(tokens, z, part)) || (/^(of|and)$/.test(tokens[z]!.normal) && z > b && tokens[z + 1] && part(tokens[z + 1]!)))) z++;
  return [b, z];
}

/** "'s" after token `k - 1`, written apart or on the word: the index after it, else -1. */
function afterPossessive(tokens: Token[], k: number, limit: number): number {
  if (k > 0 && tokens[k - 1]!.possessive) return k;
  return k < limit && /^['’]s$/.test(tokens[k]!.text) ? k + 1 : -1;
}

/** A word of a lowercase descriptor: "national rail operator", "state statistics agency". */
const isDescriptorWord = (t: Token) => !isCapitalised(t) && /^(NOUN|ADJ)$/.test(t.pos) && /^\p{L}/u.test(t.text);
const MAX_DESCRIPTOR = 4;

/**
 * Who a document is said to come from, read after "by"/"from" at token `b`: the name, and
 * a body it sits inside when the copy says so. News copy often puts a lowercase descriptor
 * before the name ("the national rail operator ONCF", "the state statistics agency
 * TurkStat"); up to four descriptor words are skipped (a place word such as "Chilean" may
 * stand among them). A name inside another body ("the transport ministry's Office of Rail
 * Accident Investigation", "the Interior Ministry's Rail Safety Board") is the office, the
 * most specific name, which is what another outlet would write if it agreed; the body is
 * kept as `parent` so that an outlet naming only the ministry does not conflict with one
 * naming its office (the office is part of it). A possessive body that is not followed by a
 * name ("the ministry's accident office") gives no origin: "ministry" alone names no one.
 */
function issuerAfter(tokens: Token[], b: number, limit: number): { run: [number, number]; parent?: [number, number] } | undefined {
  if (tokens[b]?.pos === 'DET') b++;
  const direct = runAfter(tokens, b, limit);
  let [x, z] = direct;
  const isPlaceRun = z > x && isPlaceName(tokens.slice(x, z));
  if (z > x) {
    // "the Interior Ministry's Rail Safety Board"; "China's Commerce Ministry" (a country is no parent body).
    const p = afterPossessive(tokens, z, limit);
    if (p >= 0) {
      const inner = runAfter(tokens, p, limit);
      if (inner[1] > inner[0]) return { run: inner, parent: isPlaceRun ? undefined : [x, z] };
    }
    if (!isPlaceRun) return { run: direct };
  }
  // A descriptor: lowercase nouns and adjectives ("state-run news agency"), place words,
  // and at most one possessive ("the transport ministry's").
  let j = b;
  let words = 0;
  let nouns = 0;
  let parentEnd = -1;
  while (j < limit) {
    const t = tokens[j]!;
    const tight = j > b && tokens[j - 1]!.end === t.start;
    if (isDescriptorWord(t) || (isCapitalised(t) && people.places.has(t.text.replace(/['’]s$/, '')))) {
      words++;
      if (t.pos === 'NOUN') nouns++;
      j++;
    } else if (/^[-‐]$/.test(t.text) && tight && j + 1 < limit && tokens[j + 1]!.start === t.end && !isCapitalised(tokens[j + 1]!)) {
      // "state-run", "state-owned": the word after the hyphen may be tagged a verb.
      j += 2;
      words++;
    } else if (parentEnd < 0 && nouns > 0 && /^['’]s$/.test(t.text)) {
      parentEnd = j;
      j++;
    } else break;
    if (words > MAX_DESCRIPTOR) return undefined;
    if (parentEnd < 0 && t.possessive && nouns > 0) parentEnd = j;
  }
  // A descriptor names a kind of body: it has a noun ("operator", "agency", "ministry").
  if (!nouns) return undefined;
  [x, z] = runAfter(tokens, j, limit);
  if (z === x) return undefined;
  return { run: [x, z], parent: parentEnd > b ? [b, parentEnd] : undefined };
}

/** "was issued by", "had been filed by", "written by" after the noun at `k`: the index after "by", or -1. */
function passiveOriginBy(tokens: Token[], k: number, limit: number, body = false): number {
  let i = k + 1;
  // A body's members may come between: "a panel of engineers convened by X".
  if (body && tokens[i]?.normal === 'of') {
    let j = i + 1;
    while (j < limit && j <= i + 3 && /^(ADJ|NOUN)$/.test(tokens[j]!.pos) && !isCapitalised(tokens[j]!)) j++;
    if (j > i + 1 && tokens[j - 1]!.pos === 'NOUN') i = j;
  }
  while (i < limit && i <= k + 3 && (tokens[i]!.pos === 'AUX' || /^(was|were|is|are|been|be|being|had|has|have)$/.test(tokens[i]!.normal))) i++;
  const end = originVerbEnd(tokens, i, body);
  if (end < 0 || end >= limit) return -1;
  return tokens[end]!.normal === 'by' ? end + 1 : -1;
}

/** Words of a short complement after a document noun: "of the mill's remaining equipment". */
const COMPLEMENT_POS = /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/;
const MAX_COMPLEMENT = 8;

/**
 * A participle clause set off by a comma after the document noun and its complement: "a
 * valuation of the plant's assets, commissioned by X,", "the audit, carried out and signed by
 * X"; a second verb may be joined with "and" ("commissioned and paid for by X"). Returns the
 * index after "by", or -1. The comma is required: without it "a report on the crash released
 * by" is read by passiveOriginBy or not at all.
 */
function participleOriginBy(tokens: Token[], k: number, limit: number, body = false): number {
  let i = k + 1;
  if (i < limit && /^(of|into|on|about)$/.test(tokens[i]!.normal)) {
    const from = ++i;
    // A participle used as an adjective ("existing", "unpaid") may be tagged a verb: one before a noun is a modifier.
    const modifier = (t: Token, next: Token | undefined) => t.pos === 'VERB' && /(ing|ed)$/.test(t.normal) && /^(NOUN|ADJ)$/.test(next?.pos ?? '');
    while (i < limit && i - from < MAX_COMPLEMENT && (COMPLEMENT_POS.test(tokens[i]!.pos) || /^['’]s?$/.test(tokens[i]!.text) || modifier(tokens[i]!, tokens[i + 1]))) i++;
    if (i === from) return -1;
  }
  if (tokens[i]?.text !== ',' || i + 2 >= limit) return -1;
  const verb = tokens[++i]!;
  if (!/^(VERB|ADJ)$/.test(verb.pos)) return -1;
  i = originVerbEnd(tokens, i, body);
  if (i < 0) return -1;
  // "commissioned and paid for by": one more participle, with its particle.
  if (tokens[i]?.normal === 'and' && tokens[i + 1]?.pos === 'VERB') {
    i += 2;
    if (i < limit && tokens[i]!.pos === 'ADP' && tokens[i]!.normal !== 'by') i++;
  }
  return i + 1 < limit && tokens[i]!.normal === 'by' ? i + 1 : -1;
}

const SMALL: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const UNITS: Record<string, number> = { one: 1, ...SMALL };

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/giu;

export interface Figure {
  value: number;
  /** What is counted: a word family ("deaths") or the noun after the number. */
  key: string;
  /**
   * The counts the wording allows: [57, 57] for "57", [50, 60] for "more than 50",
   * about [51, 60] for "nearly 60". Two figures conflict only when these do not meet.
   */
  low: number;
  high: number;
  /** "more than 50": where the bound phrase starts (for messages), else the number's start. */
  boundStart: number;
  /** The number and the word it counts. */
  span: Span;
  sentence: number;
  /** Content words just around it: "230 kilometres away" vs "within four kilometres of the town". */
  context: Set<string>;
  /**
   * The family came from the counted noun itself and that noun names people ("27 workers"):
   * it says who is counted, not what happened to them ("27 workers were treated" and "two
   * workers told reporters" count different groups), so the figures must share a word around them.
   */
  peopleOnly?: boolean;
  /**
   * An amount of money keyed by a kind word: `measure` for a sum that measures one thing
   * ("insured for $9 million"), `payment` for one paid between parties ("a fine of €2 million").
   */
  money?: 'measure' | 'payment';
}

/** Determiners between a part and its whole: "eleven of the 64", "two of its 30". */
const PARTITIVE_DET = /^(the|its|their|his|her|our|those|these)$/;

const CONTEXT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);
/** Words of the bound phrases ("more than", "about"): not context, as any figure may carry one. */
const HEDGE_WORDS = new Set(BOUND_PHRASES.flatMap((b) => b.words));

/**
 * Content words within three tokens before `first` and `after` tokens after `last`, in the
 * sentence: word families as "#family" ("voters" and "voted" are one), other words as lemmas.
 */
function contextOf(doc: Document, s: Sentence, first: number, last: number, after = 3): Set<string> {
  const out = new Set<string>();
  const add = (k: number) => {
    const t = doc.tokens[k]!;
    if (!CONTEXT_POS.has(t.pos) || HEDGE_WORDS.has(t.normal)) return;
    const sense = senseOfWord(t);
    out.add(sense ? `#${sense}` : t.lemma.toLowerCase());
  };
  for (let k = Math.max(s.tokenStart, first - 3); k < first; k++) add(k);
  for (let k = last + 1; k < Math.min(s.tokenEnd, last + 1 + after); k++) add(k);
  return out;
}

export function parseWords(w: string): number {
  const lower = w.toLowerCase();
  const [tens, unit] = lower.split(/[- ]/);
  if (unit) return (TENS[tens!] ?? 0) + (UNITS[unit] ?? 0);
  return TENS[lower] ?? SMALL[lower] ?? NaN;
}

const tokenAt = (doc: Document, s: Sentence, offset: number) => {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (doc.tokens[k]!.end > offset) return k;
  return s.tokenEnd;
};

/** Figures in one sentence. A year or a part of a written date is not a figure. */
export function figures(doc: Document, si: number): Figure[] {
  const s = doc.sentences[si]!;
  const text = doc.text.slice(s.start, s.end);
  const found: { value: number; start: number; end: number; first: number; last: number }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = s.start + m.index!;
    let end = start + m[0].length;
    // "12" inside "12-hour", "2022" inside a date: skip.
    if (/^[-/:]\p{N}/u.test(doc.text.slice(end, end + 2)) || datesOverlapping(doc, { start, end }).some((d) => d.start <= start && end <= d.end)) continue;
    let value = m[1] ? Number(m[1].replace(/,/g, '')) : parseWords(m[2]!);
    if (!Number.isFinite(value)) continue;
    const first = tokenAt(doc, s, start);
    let last = tokenAt(doc, s, end - 1);
    const next = doc.tokens[last + 1];
    if (next && next.sentence === si && SCALE[next.normal]) { value *= SCALE[next.normal]!; last++; end = next.end; }
    if (m[1] && value >= 1900 && value <= 2100 && !m[1].includes(',')) continue;
    found.push({ value, start, end, first, last });
  }
  // "Nine of the 40 miners": the part counts what the whole counts; the whole (40) is
  // another quantity (how many there were), so it is not compared as this count.
  const wholeOf = new Map<number, number>();
  found.forEach((f, n) => {
    const g = found[n + 1];
    if (!g || doc.tokens[f.last + 1]?.normal !== 'of') return;
    const det = PARTITIVE_DET.test(doc.tokens[f.last + 2]?.normal ?? '') ? 1 : 0;
    if (g.first === f.last + 2 + det) wholeOf.set(n + 1, n);
  });
  const partOf = new Map([...wholeOf].map(([w, p]) => [p, w]));
  const out: Figure[] = [];
  let lastMoney: { key: string; last: number } | undefined;
  found.forEach((f, n) => {
    if (wholeOf.has(n)) return;
    const bound = boundBefore(doc.tokens, f.first, s.tokenStart);
    // "injured more than 60 workers": the bound belongs to the number, so a word before it
    // is as near as one right before a bare number.
    const pct = percentOf(doc, s, f.last);
    if (pct) {
      // A share is compared with the same share: "%vote" against "%vote", at its precision. Its
      // context reaches one word further, past "of voters backed" to what they backed.
      const half = roundingStep(f.value) / 2;
      const [low, high] = bound ? range(f.value, bound.kind) : [f.value - half, f.value + half];
      out.push({ value: f.value, low, high, boundStart: bound ? doc.tokens[bound.at]!.start : f.start, key: pct.key, span: { start: f.start, end: pct.end }, sentence: si, context: contextOf(doc, s, f.first, pct.last, 4) });
      return;
    }
    // An amount of money is keyed by what it is paid as ("$18 million upfront", "an upfront
    // payment of $9 million"): the family word, not the noun after it, says which payment.
    // An amount with no kind word of its own right after one with a kind, no verb between, is
    // the next item of one list ("fined it €2 million for the spill and €1 million for late
    // reporting"): it takes that kind, so the sentence gives two amounts of it, not one.
    const listed = () => {
      if (!lastMoney || (!isCurrency(doc.tokens[f.first - 1]) && !isCurrency(doc.tokens[f.last + 1]))) return undefined;
      for (let k = lastMoney.last + 1; k < f.first; k++) if (doc.tokens[k]!.pos === 'VERB') return undefined;
      return { key: lastMoney.key, start: f.start, end: f.end, measure: false };
    };
    const money = moneyKey(doc, s, f.first, f.last) ?? listed();
    if (money) lastMoney = { key: money.key, last: f.last };
    if (money) {
      const [low, high] = range(f.value, bound?.kind);
      const spanStart = Math.min(f.start, money.start);
      out.push({ value: f.value, low, high, boundStart: bound ? Math.min(doc.tokens[bound.at]!.start, spanStart) : spanStart, key: money.key, span: { start: Math.min(f.start, money.start), end: Math.max(f.end, money.end) }, sentence: si, context: contextOf(doc, s, f.first, f.last), money: money.measure ? 'measure' : 'payment' });
      return;
    }
    // A part is keyed by its whole's words ("of the 40 miners"), its context runs to them.
    const w = partOf.get(n);
    const key = w === undefined ? keyFor(doc, s, bound?.at ?? f.first, f.last, found.map((g) => g.first), n) : keyFor(doc, s, found[w]!.first, found[w]!.last, found.map((g) => g.first), w);
    if (!key) return;
    const keyLast = key.end === undefined ? (w === undefined ? f.last : found[w]!.last) : tokenAt(doc, s, key.end - 1);
    const [low, high] = range(f.value, bound?.kind);
    const noun = key.end === undefined ? undefined : doc.tokens[keyLast];
    const peopleOnly = !!noun && key.key === `#${senseOfWord(noun)}` && isPeopleNoun(noun);
    out.push({ value: f.value, low, high, boundStart: bound ? doc.tokens[bound.at]!.start : f.start, key: key.key, span: { start: f.start, end: Math.max(f.end, key.end ?? f.end) }, sentence: si, context: contextOf(doc, s, f.first, keyLast), peopleOnly });
  });
  return out;
}

/**
 * A percentage after the number at token `last` ("54.1 per cent", "54%", "82 percent"), and
 * what it is a share of: the noun after "of" ("of the vote") or the nearest noun before the
 * number ("turnout of 82 per cent", "turnout reached 82%"). A verb right after the share
 * names it too when its word family is a share of people ("58 per cent voted for repeal" is
 * the share of voters, like "58 per cent of voters backed repeal"). Key "%#" + that word's
 * family, else "%" + its lemma; a share of nothing named is not compared.
 */
function percentOf(doc: Document, s: Sentence, last: number): { key: string; end: number; last: number } | undefined {
  const { tokens } = doc;
  let k = last + 1;
  const t = tokens[k];
  if (!t || k >= s.tokenEnd) return undefined;
  if (t.text === '%' || t.normal === 'percent') k++;
  else if (t.normal === 'per' && tokens[k + 1]?.normal === 'cent') k += 2;
  else return undefined;
  const pctLast = k - 1;
  let noun: Token | undefined;
  if (tokens[k]?.normal === 'of' && k < s.tokenEnd) {
    for (let j = k + 1; j < Math.min(s.tokenEnd, k + 5); j++) {
      if (tokens[j]!.pos === 'NOUN') { noun = tokens[j]; break; }
      if (!/^(DET|ADJ|NUM)$/.test(tokens[j]!.pos)) break;
    }
  }
  if (!noun) {
    const verb = tokens[k]?.pos === 'AUX' && k + 1 < s.tokenEnd ? tokens[k + 1] : tokens[k];
    if (k < s.tokenEnd && verb?.pos === 'VERB' && senseOfWord(verb)) noun = verb;
  }
  if (!noun) {
    for (let j = last - 1; j >= Math.max(s.tokenStart, last - 4); j--) {
      // A sentence's first word may be tagged a name ("Turnout was 82 per cent").
      if (tokens[j]!.pos === 'NOUN' || (j === s.tokenStart && tokens[j]!.pos === 'PROPN')) { noun = tokens[j]; break; }
    }
  }
  if (!noun) return undefined;
  const sense = senseOfWord(noun);
  return { key: sense ? `%#${sense}` : `%${noun.lemma.toLowerCase()}`, end: tokens[pctLast]!.end, last: pctLast };
}

/**
 * The kind of payment an amount of money is ("#upfront payment ($)"), from the nearest kind
 * word within four tokens before the amount or three after it, not past a clause break or
 * another number; the currency is part of the key (two currencies may be one sum converted).
 * The span runs from the amount over the kind word when it is near ("an upfront payment of
 * $9 million", "$14 million upfront").
 */
function moneyKey(doc: Document, s: Sentence, first: number, last: number): { key: string; start: number; end: number; measure: boolean } | undefined {
  const { tokens } = doc;
  const before = tokens[first - 1];
  const sign = first > s.tokenStart && isCurrency(before) ? before : undefined;
  const after = last + 1 < s.tokenEnd && isCurrency(tokens[last + 1]) ? tokens[last + 1] : undefined;
  const currency = sign ?? after;
  if (!currency) return undefined;
  const cur = currency.lemma.toLowerCase();
  const stop = (t: Token) => t.pos === 'NUM' || t.pos === 'PUNCT' || /^(and|but|or|while|which|who)$/.test(t.normal);
  const from = sign ? first - 1 : first;
  const to = after ? last + 1 : last;
  let found: { kind: string; at: number; d: number } | undefined;
  for (let k = from - 1, d = 1; k >= Math.max(s.tokenStart, from - 4) && !stop(tokens[k]!); k--, d++) {
    const kind = moneyKindOf(tokens[k]!);
    if (kind) { found = { kind, at: k, d }; break; }
  }
  for (let k = to + 1, d = 1; k < Math.min(s.tokenEnd, to + 4) && !stop(tokens[k]!) && (!found || d < found.d); k++, d++) {
    const kind = moneyKindOf(tokens[k]!);
    if (kind) { found = { kind, at: k, d }; break; }
  }
  if (!found) return undefined;
  const edge = found.at < from ? tokens[found.at]!.start : tokens[found.at]!.end;
  return { key: `#${found.kind} (${cur})`, start: Math.min(edge, tokens[from]!.start), end: Math.max(edge, tokens[to]!.end), measure: MEASURE_KINDS.has(found.kind) };
}

/** The bound phrase that ends right before token `first` ("at least", "no more than"), if any. */
function boundBefore(tokens: Token[], first: number, limit: number): { kind: BoundKind; at: number } | undefined {
  for (const b of BOUND_PHRASES) {
    const at = first - b.words.length;
    if (at >= limit && b.words.every((w, i) => tokens[at + i]!.normal === w)) return { kind: b.kind, at };
  }
  return undefined;
}

/** The place value of a number's last non-zero digit: 50 -> 10, 1,400,000 -> 100,000, 41 -> 1. */
function roundingStep(value: number): number {
  if (value <= 0) return 1;
  let decimals = 0;
  while (decimals < 6 && Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) > 1e-6) decimals++;
  const whole = Math.round(value * 10 ** decimals);
  let step = 1;
  while (whole % (step * 10) === 0) step *= 10;
  return step / 10 ** decimals;
}

/**
 * The counts a figure allows. A lower bound reaches up to its next rounding step: copy writes
 * "more than 50" for 57 (the count rounded down at its last digit) and would write "more than
 * 60" for 63, and "at least 41", a bound on an unrounded number, is the count confirmed so far;
 * so "more than 50" allows 50 to 60 and "at least 41" 41 to 42, and "at least 41" against 47
 * is a conflict. An upper bound ("up to 60", "fewer than 50") is left open below, as a ceiling
 * on a plan says nothing of the outcome. Near figures ("about 55", "nearly 60") get a
 * tolerance: copy rounds a rough count to one or two significant figures (55 written "about
 * 50" is 10% off) and two outlets may round from slightly different counts, so 15% either way
 * (at least 1) keeps "about 900" and "nearly 1,000" together but parts "about 40" from "57".
 */
function range(value: number, kind: BoundKind | undefined): [number, number] {
  const slack = Math.max(1, value * bounds.tolerance);
  switch (kind) {
    case 'lower': return [value, value + roundingStep(value)];
    case 'upper': return [0, value];
    case 'below': return [value - slack, value];
    case 'approximate': return [value - slack, value + slack];
    default: return [value, value];
  }
}

/** Two figures that cannot both be true: the counts they allow do not meet. */
export const disagree = (a: Figure, b: Figure) => a.high < b.low || b.high < a.low;

/**
 * What a number counts: the nearest word of a known family (within six tokens, and
 * nearer to this number than to any other), else the noun right after it.
 */
function keyFor(doc: Document, s: Sentence, first: number, last: number, numbers: number[], n: number): { key: string; end?: number } | undefined {
  let best: { d: number; key: string } | undefined;
  for (let k = Math.max(s.tokenStart, first - 6); k < Math.min(s.tokenEnd, last + 7); k++) {
    const sense = k >= first && k <= last ? undefined : senseAt(doc.tokens, k);
    if (!sense) continue;
    const d = k < first ? first - k : k - last;
    const nearest = numbers.every((other, m) => m === n || Math.abs(other - k) >= d);
    if (nearest && (!best || d < best.d)) best = { d, key: '#' + sense };
  }
  let k = last + 1;
  while (k < s.tokenEnd && k <= last + 2 && doc.tokens[k]!.pos === 'ADJ') k++;
  const noun = doc.tokens[k];
  const nounKey = noun && k < s.tokenEnd && noun.pos === 'NOUN' ? noun.lemma.toLowerCase() : undefined;
  if (best) return { key: best.key, end: nounKey ? noun!.end : undefined };
  if (nounKey) return { key: nounKey, end: noun!.end };
  return undefined;
}

export interface Origin {
  /** Said with a verb of origin ("was issued by X", "X filed the indictment"), not only a modifier. */
  explicit: boolean;
  /** The document noun's lemma ("memo"). */
  noun: string;
  /** Canonical name of who it came from. */
  origin: string;
  /** The origin name as written. */
  name: string;
  /** Canonical names of a body the origin sits inside ("transport ministry" for its office). */
  parents: string[];
  span: Span;
}

/** A name word; an acronym ("BC", "FGR") whatever the tagger made of it. */
const isNamePart = (t: Token) => isCapitalised(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || /^\p{Lu}{2,}$/u.test(t.text));
/** A hyphen written tight between two name words ("Bulkley-Nechako"). */
const joins = (tokens: readonly Token[], k: number, part: (t: Token) => boolean) => nameHyphen(tokens as Token[], k) && part(tokens[k - 1]!) && part(tokens[k + 1]!);
/** "U.S.", "Chinese": a country, not a body (the places list also holds "Pentagon", a body). */
const isPlaceName = (tokens: Token[]) =>
  !people.orgNames.has(tokens.map((t) => t.text.replace(/['’]s$/, '')).join(' ')) &&
  tokens.every((t) => people.places.has(t.text.replace(/['’]s$/, '')) || /^(of|and|the)$/.test(t.normal));

/**
 * Capitalised run ending at token `end - 1` (inclusive of "of"/"and" and tight hyphens
 * inside): [a, end). `part` says which words make a name (a body's by default).
 */
export function runBefore(tokens: readonly Token[], end: number, limit: number, part: (t: Token) => boolean = isNamePart): number {
  let a = end;
  while (a > limit) {
    const t = tokens[a - 1]!;
    if (part(t) || (a - 1 > limit && a < end && joins(tokens, a - 1, part))) { a--; continue; }
    if (/^(of|and)$/.test(t.normal) && a - 1 > limit && part(tokens[a - 2]!) && a < end) { a--; continue; }
    break;
  }
  return a;
}

/** Who each document noun in the story body is said to come from: "a Pentagon memo", "the report by the UN". */
export function origins(doc: Document): Origin[] {
  const out: Origin[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    if (doc.paragraphs[s.paragraph]?.kind === 'headline' || inChrome(doc, s)) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      const lemma = t.lemma.toLowerCase();
      const body = BODY_NOUNS.has(lemma);
      if (t.pos !== 'NOUN' || (!body && !DOCUMENT_NOUNS.has(lemma)) || isCapitalised(t)) continue;
      // A body noun that modifies another ("board members", "the committee chair") is not the body.
      if (body && /^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) continue;
      // Before: "a confidential Pentagon memo", "the Pentagon's memo", "White House national security memo".
      let e = k;
      while (e > s.tokenStart && e > k - 3 && /^(NOUN|ADJ)$/.test(tokens[e - 1]!.pos) && !isCapitalised(tokens[e - 1]!)) e--;
      // "the Pentagon's memo" when the tagger splits off the possessive.
      if (e > s.tokenStart && /^['’]s$/.test(tokens[e - 1]!.text)) e--;
      // A body's founder is never read from a name before it: "the company's board" is its
      // board of directors, "a Senate panel" a panel of the Senate, set up by no one in the story.
      let a = body ? e : runBefore(tokens, e, s.tokenStart);
      let run = tokens.slice(a, e);
      // After: "a memo from the Pentagon", "a report by the Department of Defense",
      // "the order was issued by the Regional District of ...".
      let explicit = false;
      let parents: string[] = [];
      let passive = passiveOriginBy(tokens, k, s.tokenEnd, body);
      if (passive < 0) passive = participleOriginBy(tokens, k, s.tokenEnd, body);
      // "a panel from the university" says where its members come from, not who set it up.
      const by = !body && /^(from|by)$/.test(tokens[k + 1]?.normal ?? '') ? k + 2 : passive;
      if (!run.length && by >= 0) {
        explicit = by === passive;
        const issuer = issuerAfter(tokens, by, s.tokenEnd);
        // "a report by the ministry on Friday": a date is not a name.
        if (issuer && datesOverlapping(doc, { start: tokens[issuer.run[0]]!.start, end: tokens[issuer.run[1] - 1]!.end }).length === 0) {
          a = issuer.run[0];
          run = tokens.slice(...issuer.run);
          if (issuer.parent) parents = [canonicalName(doc.text.slice(tokens[issuer.parent[0]]!.start, tokens[issuer.parent[1] - 1]!.end))];
        }
      }
      // Before, as the subject: "The BC Wildfire Service issued the evacuation order".
      // For a body, the verb may carry a particle: "The ministry set up a panel".
      const v = e - 2 >= s.tokenStart && tokens[e - 1]!.pos === 'DET' ? [e - 2, e - 3].find((i) => i >= s.tokenStart && tokens[i]!.pos === 'VERB' && originVerbEnd(tokens, i, body) === e - 1) : undefined;
      if (!run.length && v !== undefined) {
        // Or its subject in a relative clause after a comma: "The Water Board, which issued
        // the permit, ..." (never a bare "which" without the comma: that may be the document's own clause).
        const rel = v - 2 >= s.tokenStart && /^(which|who|that)$/.test(tokens[v - 1]!.normal) && tokens[v - 2]!.text === ',' ? v - 2 : v;
        a = runBefore(tokens, rel, s.tokenStart);
        run = tokens.slice(a, rel);
        explicit = true;
      }
      // The speaker of a cue just before: "the Swedish Maritime Administration said in a notice".
      let spoken: Span | undefined;
      if (!run.length && !body) {
        const speaker = speakerInDocument(doc, e);
        if (speaker) {
          a = firstTokenFrom(doc, speaker.name!.start);
          run = tokens.slice(a, firstTokenFrom(doc, speaker.name!.end));
          spoken = speaker;
          explicit = true;
        }
      }
      if (!run.length || isPlaceName(run)) continue;
      // A sentence-opening capital on a common word is not a name ("Confidential memo ...").
      if (a === s.tokenStart && run.length === 1 && run[0]!.pos !== 'PROPN') continue;
      const name = doc.text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/['’]s$/, '');
      const last = run[run.length - 1]!;
      // A speaker named in an earlier sentence ("It said in a notice"): the span starts at the cue.
      const spanStart = spoken && run[0]!.start < s.start ? tokens[e - 3]!.start : Math.min(run[0]!.start, t.start);
      const spanEnd = Math.max(t.end, last.end);
      out.push({ explicit, noun: t.lemma.toLowerCase(), origin: canonicalName(stripPlaces(run, doc.text) ?? name), name, parents, span: { start: spanStart, end: isPossessive(last) && spanEnd === last.end ? last.end : spanEnd } });
    }
  }
  return out;
}

/**
 * "The agency said in a notice", "it wrote in its report": the named body whose speech cue
 * sits right before "in <det>" and the document noun's modifiers, which start at token `e`.
 */
function speakerInDocument(doc: Document, e: number): Mention | undefined {
  const { tokens } = doc;
  if (e < 3 || tokens[e - 2]!.normal !== 'in' || !/^(a|an|the|its|their|his|her)$/.test(tokens[e - 1]!.normal)) return undefined;
  const cue = attributionsIn(doc, tokens[e - 3]!.sentence).find((x) => x.cueToken === e - 3);
  let speaker = cue?.speaker;
  while (speaker?.refersTo) speaker = speaker.refersTo;
  return speaker && speaker.kind === 'org' && speaker.name ? speaker : undefined;
}

/** "U.S. Department of Defense" -> "Department of Defense" when the rest is a name. */
function stripPlaces(run: Token[], text: string): string | undefined {
  let i = 0;
  while (i < run.length - 1 && people.places.has(run[i]!.text.replace(/['’]s$/, ''))) i++;
  if (i === 0) return undefined;
  return text.slice(run[i]!.start, run[run.length - 1]!.end).replace(/['’]s$/, '');
}
