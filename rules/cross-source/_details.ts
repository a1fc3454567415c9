/**
 * Details a statement commits to, read so they can be compared across articles:
 * figures (a number with what it counts) and document origins ("a Pentagon memo").
 */
import { z } from 'zod';
import aliasesJson from '../data/aliases.json';
import { loadData } from '../../src/data/load.js';
import { inChrome } from '../../src/document/index.js';
import { isCapitalised, isPossessive } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Sentence, Span, Token } from '../../src/document/types.js';
import { canonicalName, senseOfWord } from './_story.js';

const DetailData = z.object({
  about: z.string(),
  source: z.string(),
  documents: z.array(z.string().min(1)),
  originVerbs: z.array(z.string().min(1)),
  hedges: z.array(z.string().min(1)),
});
const data = loadData('aliases.json', DetailData, aliasesJson);
const DOCUMENT_NOUNS = new Set(data.documents);
const ORIGIN_VERBS = new Set(data.originVerbs);
const isOriginVerb = (t: Token | undefined) => !!t && t.pos === 'VERB' && ORIGIN_VERBS.has(t.lemma.toLowerCase());

/** The name run from token `b` on: "the Regional District of Bulkley-Nechako" -> [b', z). */
function runAfter(tokens: Token[], b: number, limit: number): [number, number] {
  if (tokens[b]?.pos === 'DET') b++;
  let z = b;
  while (z < limit && (isNamePart(tokens[z]!) || (z > b && z + 1 < limit && joinsName(tokens, z)) || (/^(of|and)$/.test(tokens[z]!.normal) && z > b && tokens[z + 1] && isNamePart(tokens[z + 1]!)))) z++;
  return [b, z];
}

/** "was issued by", "had been filed by", "written by" after the noun at `k`: the index after "by", or -1. */
function passiveOriginBy(tokens: Token[], k: number, limit: number): number {
  let i = k + 1;
  while (i < limit && i <= k + 3 && (tokens[i]!.pos === 'AUX' || /^(was|were|is|are|been|be|being|had|has|have)$/.test(tokens[i]!.normal))) i++;
  // The tagger may read a participle after "was" as an adjective: the lemma decides.
  const verb = tokens[i];
  if (i + 1 >= limit || !verb || !ORIGIN_VERBS.has(verb.lemma.toLowerCase())) return -1;
  return tokens[i + 1]!.normal === 'by' ? i + 2 : -1;
}
const HEDGES = data.hedges.map((h) => h.split(' '));

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
  hedged: boolean;
  /** The number and the word it counts. */
  span: Span;
  sentence: number;
  /** Content words (lemmas) just around it: "230 kilometres away" vs "within four kilometres of the town". */
  context: Set<string>;
}

const CONTEXT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV']);
const HEDGE_WORDS = new Set(data.hedges.flatMap((h) => h.split(' ')));

/** Content-word lemmas within three tokens before `first` and after `last`, in the sentence. */
function contextOf(doc: Document, s: Sentence, first: number, last: number): Set<string> {
  const out = new Set<string>();
  const add = (k: number) => {
    const t = doc.tokens[k]!;
    if (CONTEXT_POS.has(t.pos) && !HEDGE_WORDS.has(t.normal)) out.add(t.lemma.toLowerCase());
  };
  for (let k = Math.max(s.tokenStart, first - 3); k < first; k++) add(k);
  for (let k = last + 1; k < Math.min(s.tokenEnd, last + 4); k++) add(k);
  return out;
}

function parseWords(w: string): number {
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
    if (/^[-/:]\p{N}/u.test(doc.text.slice(end, end + 2)) || doc.dates.some((d) => d.start <= start && end <= d.end)) continue;
    let value = m[1] ? Number(m[1].replace(/,/g, '')) : parseWords(m[2]!);
    if (!Number.isFinite(value)) continue;
    const first = tokenAt(doc, s, start);
    let last = tokenAt(doc, s, end - 1);
    const next = doc.tokens[last + 1];
    if (next && next.sentence === si && SCALE[next.normal]) { value *= SCALE[next.normal]!; last++; end = next.end; }
    if (m[1] && value >= 1900 && value <= 2100 && !m[1].includes(',')) continue;
    found.push({ value, start, end, first, last });
  }
  const out: Figure[] = [];
  found.forEach((f, n) => {
    const key = keyFor(doc, s, f.first, f.last, found.map((g) => g.first), n);
    if (!key) return;
    const hedged = HEDGES.some((h) => h.every((w, i) => doc.tokens[f.first - h.length + i]?.normal === w));
    const keyLast = key.end === undefined ? f.last : tokenAt(doc, s, key.end - 1);
    out.push({ value: f.value, key: key.key, hedged, span: { start: f.start, end: Math.max(f.end, key.end ?? f.end) }, sentence: si, context: contextOf(doc, s, f.first, keyLast) });
  });
  return out;
}

/**
 * What a number counts: the nearest word of a known family (within six tokens, and
 * nearer to this number than to any other), else the noun right after it.
 */
function keyFor(doc: Document, s: Sentence, first: number, last: number, numbers: number[], n: number): { key: string; end?: number } | undefined {
  let best: { d: number; key: string } | undefined;
  for (let k = Math.max(s.tokenStart, first - 6); k < Math.min(s.tokenEnd, last + 7); k++) {
    const sense = senseOfWord(doc.tokens[k]!);
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
  span: Span;
}

/** A name word; an acronym ("BC", "FGR") whatever the tagger made of it. */
const isNamePart = (t: Token) => isCapitalised(t) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || /^\p{Lu}{2,}$/u.test(t.text));
/** A hyphen written tight between two name words ("Bulkley-Nechako"). */
const joinsName = (tokens: Token[], k: number) => {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return /^[-‐]$/.test(t.text) && !!prev && !!next && prev.end === t.start && t.end === next.start && isNamePart(prev) && isNamePart(next);
};
/** "U.S.", "Chinese": a country, not a body (the places list also holds "Pentagon", a body). */
const isPlaceName = (tokens: Token[]) =>
  !people.orgNames.has(tokens.map((t) => t.text.replace(/['’]s$/, '')).join(' ')) &&
  tokens.every((t) => people.places.has(t.text.replace(/['’]s$/, '')) || /^(of|and|the)$/.test(t.normal));

/** Capitalised run ending at token `end - 1` (inclusive of "of"/"and" inside): [a, end). */
function runBefore(tokens: Token[], end: number, limit: number): number {
  let a = end;
  while (a > limit) {
    const t = tokens[a - 1]!;
    if (isNamePart(t) || (a - 1 > limit && a < end && joinsName(tokens, a - 1))) { a--; continue; }
    if (/^(of|and)$/.test(t.normal) && a - 1 > limit && isNamePart(tokens[a - 2]!) && a < end) { a--; continue; }
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
      if (t.pos !== 'NOUN' || !DOCUMENT_NOUNS.has(t.lemma.toLowerCase()) || isCapitalised(t)) continue;
      // Before: "a confidential Pentagon memo", "the Pentagon's memo", "White House national security memo".
      let e = k;
      while (e > s.tokenStart && e > k - 3 && /^(NOUN|ADJ)$/.test(tokens[e - 1]!.pos) && !isCapitalised(tokens[e - 1]!)) e--;
      // "the Pentagon's memo" when the tagger splits off the possessive.
      if (e > s.tokenStart && /^['’]s$/.test(tokens[e - 1]!.text)) e--;
      let a = runBefore(tokens, e, s.tokenStart);
      let run = tokens.slice(a, e);
      // After: "a memo from the Pentagon", "a report by the Department of Defense",
      // "the order was issued by the Regional District of ...".
      let explicit = false;
      const passive = passiveOriginBy(tokens, k, s.tokenEnd);
      const by = /^(from|by)$/.test(tokens[k + 1]?.normal ?? '') ? k + 2 : passive;
      if (!run.length && by >= 0) {
        explicit = by === passive;
        const [b, z] = runAfter(tokens, by, s.tokenEnd);
        a = b;
        run = tokens.slice(b, z);
      }
      // Before, as the subject: "The BC Wildfire Service issued the evacuation order".
      if (!run.length && e - 2 >= s.tokenStart && tokens[e - 1]!.pos === 'DET' && isOriginVerb(tokens[e - 2])) {
        a = runBefore(tokens, e - 2, s.tokenStart);
        run = tokens.slice(a, e - 2);
        explicit = true;
      }
      if (!run.length || isPlaceName(run)) continue;
      // A sentence-opening capital on a common word is not a name ("Confidential memo ...").
      if (a === s.tokenStart && run.length === 1 && run[0]!.pos !== 'PROPN') continue;
      const name = doc.text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/['’]s$/, '');
      const last = run[run.length - 1]!;
      const spanStart = Math.min(run[0]!.start, t.start);
      const spanEnd = Math.max(t.end, last.end);
      out.push({ explicit, noun: t.lemma.toLowerCase(), origin: canonicalName(stripPlaces(run, doc.text) ?? name), name, span: { start: spanStart, end: isPossessive(last) && spanEnd === last.end ? last.end : spanEnd } });
    }
  }
  return out;
}

/** "U.S. Department of Defense" -> "Department of Defense" when the rest is a name. */
function stripPlaces(run: Token[], text: string): string | undefined {
  let i = 0;
  while (i < run.length - 1 && people.places.has(run[i]!.text.replace(/['’]s$/, ''))) i++;
  if (i === 0) return undefined;
  return text.slice(run[i]!.start, run[run.length - 1]!.end).replace(/['’]s$/, '');
}
