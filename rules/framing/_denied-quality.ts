/**
 * Headlines that judge a thing with an adjective of their own ("Strike over illegal
 * rosters", "Fake invoices sank the co-op") over a body where that judgement is one side's
 * and the other side denies it ("The airline denied that any roster broke the rules"), and
 * nothing in the body settles it (no ruling, finding or confirmation). The adjective turns a
 * contested characterisation into the headline's own fact. Private helper: not a rule.
 */
import { inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { stem } from '../../src/engine/cluster-text.js';
import { anyIn, lookBack, NOUNISH } from './_clause.js';
import { isDenialCue } from './_denied-claim.js';
import { deniesAct, lex } from './_lexicon.js';

/** How many tokens after the denial cue its clause may name the noun and the disputed quality. */
const CLAUSE_REACH = 12;
/** How many nouns after the adjective may be its noun: "illegal rosters", "illegal crew rosters". */
const NOUN_REACH = 2;

export interface DeniedQuality {
  /** The headline's adjective and its noun. */
  span: Span;
  /** The body's denial, from its cue to the last word that disputes the quality. */
  denial: Span;
}

const key = (t: Token) => stem(t.lemma.toLowerCase());
const isIn = (set: Set<string>, t: Token) => set.has(t.normal) || set.has(t.lemma.toLowerCase());

/** Whether the body itself settles the judgement: "the court ruled the rosters illegal", "inspectors found fake invoices". */
function settled(doc: Document, to: number, group: { adjectives: Set<string>; disputed: Set<string> }, isBody: (k: number) => boolean, except: number): boolean {
  const { tokens } = doc;
  for (let k = to; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence === except || t.pos !== 'VERB' || !isBody(k) || inQuoteContent(doc, t) || !isIn(lex.qualitySettled, t)) continue;
    // "found no breach", "has not ruled": not settled.
    if (anyIn(lookBack(doc, k, 3), lex.negators) || lex.negators.has(tokens[k + 1]?.normal ?? '')) continue;
    const s = doc.sentences[t.sentence]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (isIn(group.adjectives, tokens[i]!) || isIn(group.disputed, tokens[i]!)) return true;
  }
  return false;
}

export function deniedQuality(doc: Document, from: number, to: number, isBody: (k: number) => boolean): DeniedQuality | undefined {
  const { tokens } = doc;
  for (let k = from; k < to - 1; k++) {
    const adj = tokens[k]!;
    const group = lex.qualityGroups.find((g) => g.adjectives.has(adj.normal));
    if (!group) continue;
    // The noun it judges: the next word or two (title case tags them as names).
    const nouns = new Set<string>();
    for (let i = k + 1; i < Math.min(to, k + 1 + NOUN_REACH) && NOUNISH.test(tokens[i]!.pos); i++) nouns.add(key(tokens[i]!));
    if (!nouns.size) continue;
    let denial: Span | undefined;
    let denialSentence = -1;
    let named = '';
    let writerSays = false;
    for (let b = to; b < tokens.length; b++) {
      const t = tokens[b]!;
      if (!isBody(b) || inQuoteContent(doc, t)) continue;
      // "the illegal rosters" in the writer's own voice: the headline follows the story.
      if (group.adjectives.has(t.normal) && nouns.has(key(tokens[b + 1] ?? t)) && tokens[b + 1]?.sentence === t.sentence) writerSays = true;
      if (denial || !isDenialCue(doc, b, deniesAct)) continue;
      // The denial's clause names the thing and disputes the quality: "denied that any roster broke the rules".
      const s = doc.sentences[t.sentence]!;
      let noun = false;
      for (let i = b + 1; i < Math.min(s.tokenEnd, b + 1 + CLAUSE_REACH); i++) {
        const w = tokens[i]!;
        if (NOUNISH.test(w.pos) && nouns.has(key(w))) {
          noun = true;
          named = key(w);
        } else if (noun && isIn(group.disputed, w)) {
          denial = { start: t.start, end: w.end };
          denialSentence = t.sentence;
          break;
        }
      }
    }
    if (!denial || writerSays || settled(doc, to, group, isBody, denialSentence)) continue;
    // Up to the noun the denial names: "illegal rosters", "illegal crew rosters".
    let end = k + 1;
    while (end < k + NOUN_REACH && key(tokens[end]!) !== named) end++;
    return { span: { start: adj.start, end: tokens[end]!.end }, denial };
  }
  return undefined;
}
