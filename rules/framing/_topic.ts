/**
 * Matching what two sentences are about, and who a short name stands for, for the
 * silence rule: "the removal of patients" is about what "patients had been removed"
 * denies, and "the region" is Region Stockholm once the article has named it.
 * Private helper: not a rule.
 */
import { tokensIn } from '../../src/document/index.js';
import { isCapitalised } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import { perDocument } from '../../src/engine/doc-cache.js';
import { stem } from '../../src/engine/cluster-text.js';
import type { Document, Mention, Token } from '../../src/document/types.js';
import { bareWord } from './_clause.js';

/**
 * Noun endings that turn a verb into a noun ("removal", "payment", "deletion"). The rest
 * must keep three letters, so "union" or "metal" are left whole.
 */
const NOMINAL = ['ment', 'ation', 'ition', 'ion', 'al', 'ance', 'ence', 'ure'];

/**
 * The keys a content word is matched by: the Porter stems of its form and lemma, and for
 * a noun the stem of its verb ("removal" -> remov, as "removed"; "payment" -> pai, as "paid").
 */
export function topicKeys(t: Token): readonly string[] {
  // Asked for every word of every sentence a silence is compared with: remembered per
  // word form (normal, lemma and whether it is a noun decide the keys). Two map levels
  // keyed by the token's own strings, so no key string is built per call.
  const memo = t.pos === 'NOUN' ? nounKeys : otherKeys;
  let byLemma = memo.get(t.normal);
  if (!byLemma) {
    if (memo.size >= 50_000) memo.clear();
    memo.set(t.normal, (byLemma = new Map()));
  }
  let keys = byLemma.get(t.lemma);
  if (!keys) byLemma.set(t.lemma, (keys = computeKeys(t)));
  return keys;
}

const nounKeys = new Map<string, Map<string, readonly string[]>>();
const otherKeys = new Map<string, Map<string, readonly string[]>>();

function computeKeys(t: Token): readonly string[] {
  const lemma = t.lemma.toLowerCase();
  const keys = new Set([stem(t.normal), stem(lemma)]);
  if (t.pos === 'NOUN') {
    for (const suffix of NOMINAL) {
      if (lemma.endsWith(suffix) && lemma.length - suffix.length >= 3) {
        const rest = lemma.slice(0, -suffix.length);
        // "closure" -> clos(e), as "closed".
        keys.add(stem(rest)).add(stem(`${rest}e`));
        break;
      }
    }
  }
  return [...keys];
}

/** Particles that close a phrasal verb into a noun: "lay off" / "layoff", "shut down" / "shutdown". */
const PARTICLES = /^(off|out|down|up|back|over)$/;

/**
 * Every key of the tokens `[a, b)`. A phrasal verb also keys as its closed noun ("plans to
 * lay off workers" is about "layoff notices", "will pay out" about "the payout").
 */
export function keysIn(doc: Document, a: number, b: number): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    for (const key of topicKeys(t)) out.add(key);
    const next = doc.tokens[k + 1];
    // Both forms: the tagger's lemma may be wrong ("lay" -> "lie").
    if (t.pos === 'VERB' && next && k + 1 < b && PARTICLES.test(next.normal)) out.add(stem(t.normal + next.normal)).add(stem(t.lemma.toLowerCase() + next.normal));
  }
  return out;
}

/** Capitalised names of several words in the story, as lower-case word lists, by each word they start or end with. */
const namesByEdgeWord = (doc: Document) =>
  perDocument(doc, 'framing/namesByEdgeWord', () => {
    const map = new Map<string, Map<string, string[]>>();
    const add = (w: string, name: string[]) => {
      let m = map.get(w);
      if (!m) map.set(w, (m = new Map()));
      m.set(name.join(' '), name);
    };
    for (const m of doc.mentions) {
      if (!m.name) continue;
      const toks = tokensIn(doc.tokens, m.name).filter((t) => !/^(the|’s|'s)$/i.test(t.text));
      if (toks.length < 2 || !isCapitalised(toks[0]!) || !isCapitalised(toks[toks.length - 1]!)) continue;
      const name = toks.map(bareWord);
      add(name[0]!, name);
      add(name[name.length - 1]!, name);
    }
    return map;
  });

/**
 * "the region" for Region Stockholm, "the authority" for the Civil Aviation Authority: a
 * definite common noun that is the first or last word of exactly one organisation named
 * in the story. Person roles ("the minister") are left alone: they name a person, and
 * "Minister Ana Costa" is not the ministry.
 */
export function shortNameFor(doc: Document, mention: Mention): string[] | undefined {
  if (mention.name) return undefined;
  const toks = tokensIn(doc.tokens, mention);
  if (toks.length !== 2 || toks[0]!.normal !== 'the' || toks[1]!.pos !== 'NOUN' || isCapitalised(toks[1]!)) return undefined;
  const head = bareWord(toks[1]!);
  if (people.roles.has(head)) return undefined;
  const names = namesByEdgeWord(doc).get(head);
  return names && names.size === 1 ? [...names.values()][0] : undefined;
}
