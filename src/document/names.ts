/**
 * People and organisations named in the story: the speakers of attributions, plus every
 * run of capitalised name tokens (with the titles and roles in front of it).
 */
import { CALENDAR_WORDS } from './dates.js';
import { appositiveAfter, isCapitalised, isHonorific, makeMention, nameHyphen, orgOfEnd } from './mentions.js';
import { people } from './people.js';
import { searchFirst } from './search.js';
import type { Attribution, Mention, Sentence, Span, Token } from './types.js';

const isTitleToken = (t: Token) => isHonorific(t) || people.roles.has(t.normal) || people.authorities.has(t.normal);

/** A word of a run of names and titles: capitalised, a proper noun or a title word. */
const runWord = (t: Token) => isCapitalised(t) && (t.pos === 'PROPN' || isTitleToken(t));

export function findMentions(tokens: Token[], sentences: Sentence[], attributions: Attribution[]): Mention[] {
  const out: Mention[] = [];
  for (const a of attributions) if (a.speaker) out.push(a.speaker);
  const covered = coverage(out);
  for (const s of sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd) {
      const t = tokens[k]!;
      if (!runWord(t)) { k++; continue; }
      let e = k;
      // A hyphen inside a name joins it ("Jean-Pierre Dubois", "Leila Ben-Haddou"): the tokenizer splits some.
      while (e < s.tokenEnd && (runWord(tokens[e]!) || (e > k && e + 1 < s.tokenEnd && nameHyphen(tokens, e) && runWord(tokens[e + 1]!)))) e++;
      e = orgOfEnd(tokens, e, s.tokenEnd);
      // A lone capitalised word opening a sentence is usually not a name; a lone "Monday"
      // or "March" is a date ("Theresa May" is two words, and a speaker comes from its cue).
      // (A hyphenated compound counts as one word: "Franco-German talks resumed".)
      let hyphens = 0;
      for (let j = k + 1; j < e - 1; j++) if (nameHyphen(tokens, j)) hyphens++;
      const words = e - k - 2 * hyphens;
      if (!(words === 1 && (k === s.tokenStart || CALENDAR_WORDS.has(t.normal)))) {
        // "Ana Ruiz, a hydrologist at the University of Lisbon, ...": keep the appositive,
        // so a later bare "Ruiz said" can be tied to the affiliation given here.
        const m = makeMention(tokens, k, e, appositiveAfter(tokens, e, s.tokenEnd));
        // Runs found here never overlap each other, so only a speaker can contain one.
        if (m.name && !covered(m)) out.push(m);
      }
      k = e;
    }
  }
  out.sort((a, b) => a.start - b.start);
  linkShortNames(tokens, out);
  return out;
}

/**
 * "Berg said" after "Maja Lindqvist Berg, a glaciologist at ...": a person named by the later
 * words of an earlier person's name is that person, and
 * `refersTo` says so (readers find the introduction, its role and affiliation, there). A
 * short name two earlier people share ("Sanchez" after Ana and Luis Sanchez) is left alone.
 * `mentions` is in text order; one map of name words keeps it linear.
 */
function linkShortNames(tokens: readonly Token[], mentions: readonly Mention[]): void {
  /** Each name word, with the earlier people of two or more name words that hold it. */
  const byWord = new Map<string, Mention[]>();
  const wordsOf = new Map<Mention, string[]>();
  for (const m of mentions) {
    // The name must be the person ("a Northcliff spokesperson" names a company, not her).
    if (m.kind !== 'person' || !m.name || m.head.start < m.name.start || m.head.end > m.name.end) continue;
    const words = nameWords(tokens, m.name);
    if (words.length === 0) continue;
    wordsOf.set(m, words);
    // "Estonia" after "Statistics Estonia", "the MPs" after "Opposition MPs": a place or a crowd, not a surname.
    if (!m.refersTo && !placeOrCrowd(tokens, m.name)) {
      const full = introducedAs(words, byWord.get(words[words.length - 1]!), wordsOf);
      if (full) m.refersTo = full;
    }
    if (words.length < 2 || m.refersTo) continue;
    for (const w of new Set(words)) {
      const list = byWord.get(w);
      if (!list) byWord.set(w, [m]);
      else if (list.length < MAX_NAMESAKES) list.push(m);
    }
  }
}

/** Enough people sharing a name word to call a short name ambiguous, and a bound on the lists. */
const MAX_NAMESAKES = 8;

/**
 * The earlier person (of `candidates`) whose name `words` shorten, if one name fits: the first
 * mention of it (a repeated full name is the same person, and keeps its own reading).
 */
function introducedAs(words: readonly string[], candidates: readonly Mention[] | undefined, wordsOf: ReadonlyMap<Mention, string[]>): Mention | undefined {
  let found: Mention | undefined;
  let foundName: readonly string[] = [];
  for (const c of candidates ?? []) {
    const full = wordsOf.get(c)!;
    if (full.length <= words.length || !laterRun(full, words)) continue;
    if (!found) [found, foundName] = [c, full];
    else if (full.length !== foundName.length || full.some((w, i) => w !== foundName[i])) return undefined;
  }
  return found;
}

/**
 * `words` are a run of `full` after its first word: a surname ("Berg", "Lindqvist Berg" for
 * "Maja Lindqvist Berg"), not a leading word, which names a company or a place as often as a
 * person ("Gulfstar" for "Gulfstar Terminals", "Singapore" for "Singapore Strait").
 */
function laterRun(full: readonly string[], words: readonly string[]): boolean {
  for (let i = 1; i + words.length <= full.length; i++) if (words.every((w, j) => full[i + j] === w)) return true;
  return false;
}

/** The name is a place or a kind of people: every word is one ("Estonia", "MPs"). */
function placeOrCrowd(tokens: readonly Token[], name: Span): boolean {
  const a = searchFirst(0, tokens.length, (i) => tokens[i]!.start >= name.start);
  for (let k = a; k < tokens.length && tokens[k]!.end <= name.end; k++) {
    const t = tokens[k]!;
    if (!people.places.has(t.possessive ? t.text.slice(0, -2) : t.text) && !people.peoplePlurals.has(t.bare)) return false;
  }
  return true;
}

/** The name's words, lower case, without possessive endings or hyphens. */
function nameWords(tokens: readonly Token[], name: Span): string[] {
  const a = searchFirst(0, tokens.length, (i) => tokens[i]!.start >= name.start);
  const words: string[] = [];
  for (let k = a; k < tokens.length && tokens[k]!.end <= name.end; k++) {
    const t = tokens[k]!;
    if (/^\p{L}/u.test(t.text)) words.push(t.bare);
  }
  return words;
}

/**
 * `span` lies inside one of `spans`: spans sorted by start with the running maximum of
 * their ends, then one binary search per query (a scan per query is quadratic).
 */
function coverage(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (span) => {
    // The spans starting at or before this one: the last of them reaches furthest right.
    const lo = searchFirst(0, sorted.length, (i) => sorted[i]!.start > span.start);
    return lo > 0 && maxEnd[lo - 1]! >= span.end;
  };
}
