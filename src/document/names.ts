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
  return out.sort((a, b) => a.start - b.start);
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
