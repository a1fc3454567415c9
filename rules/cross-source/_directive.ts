/**
 * Who ordered an act about a thing: "The Ministry of Labour ordered the mine closed", "the
 * town council ordered the mine shut down", "the court ordered the closure of the mine", "the
 * mine was ordered closed by the governor". Each reading keeps the agent (its authority kinds
 * and its qualifying words), the act's word family and the thing's head noun, so outlets that
 * name different authorities for the same order can be found by key (act + thing), never by
 * comparing every sentence with every other.
 */
import { z } from 'zod';
import directivesJson from '../data/directives.json';
import { loadData } from '../../src/data/load.js';
import { inChrome, inHeadline } from '../../src/document/index.js';
import { isCapitalised, phraseAfter, phraseBefore } from '../../src/document/mentions.js';
import { firstTokenFrom, mentionWithSpan } from '../../src/engine/doc-cache.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { resolved } from './_story.js';

const DirectiveData = z.object({
  about: z.string(),
  source: z.string(),
  verbs: z.array(z.string().min(1)).min(1),
  acts: z
    .array(z.object({ sense: z.string().min(1), nounOnly: z.boolean().optional(), starters: z.array(z.string().min(1)).optional(), words: z.array(z.string().min(1)).min(1) }))
    .min(1),
  particles: z.array(z.string().min(1)),
  links: z.array(z.string().min(1)).min(1),
  bodies: z.array(z.object({ kind: z.string().min(1), within: z.array(z.string().min(1)).optional(), words: z.array(z.string().min(1)).min(1) })).min(1),
  holders: z.array(z.string().min(1)),
});
const data = loadData('directives.json', DirectiveData, directivesJson);
const VERBS = new Set(data.verbs);
const ACT = new Map<string, string>();
for (const a of data.acts) for (const w of a.words) ACT.set(w, a.sense);
/** Acts only ever written as a noun after the verb ("ordered an inquiry into"). */
const NOUN_ONLY = new Set(data.acts.filter((a) => a.nounOnly).map((a) => a.sense));
/** Verbs that start one act besides the directive verbs: "launched" -> inquiry. */
const STARTERS = new Map<string, Set<string>>();
for (const a of data.acts) for (const v of a.starters ?? []) STARTERS.set(v, (STARTERS.get(v) ?? new Set()).add(a.sense));
const PARTICLES = new Set(data.particles);
const LINKS = new Set(data.links);
const BODY = new Map<string, string>();
for (const b of data.bodies) for (const w of b.words) BODY.set(w, b.kind);
/** Kinds that may sit inside another kind (a department inside a ministry or a city): never set against it. */
const WITHIN = new Map<string, Set<string>>(data.bodies.map((b) => [b.kind, new Set(b.within ?? [])]));
const nested = (a: string, b: string) => !!WITHIN.get(a)?.has(b) || !!WITHIN.get(b)?.has(a);
const HOLDERS = new Set(data.holders);
/**
 * Kinds with a kind that may sit inside another dropped when the agent names that other
 * kind too: "the city's fire department" is the city's, "the prefect of the Nord
 * department" is a regional office (a territorial department): either is read as its container.
 */
function placed(kinds: Set<string>): Set<string> {
  for (const k of [...kinds]) if ([...kinds].some((j) => WITHIN.get(k)?.has(j))) kinds.delete(k);
  return kinds;
}
const PASSIVE_AUX = /^(was|were|been|is|are|be|being)$/;
/** Words of an agent that qualify nothing: articles, joiners, possessive marks. */
const FILLER = /^(the|a|an|of|and|for|its|their|'s|’s)$/;

export interface Directive {
  /** From the agent to the act word: "The Ministry of Labour ordered the mine closed". */
  span: Span;
  /** "closure:mine": the act's family and the thing's head noun. */
  key: string;
  act: string;
  thing: string;
  /** The agent as written (after resolving a pronoun). */
  agent: string;
  /** Authority kinds the agent's words name ("mayor" -> local government). */
  kinds: Set<string>;
  /** The agent's other words ("health" in "Ministry of Health"). */
  qualifiers: Set<string>;
  /** The agent is an office holder ("Mayor Ana Ruiz"): its other words are a name, not a qualifier. */
  holder: boolean;
}

const actOf = (t: Token | undefined) => (t ? ACT.get(t.normal) ?? ACT.get(t.lemma.toLowerCase()) : undefined);
const headLemma = (tokens: Token[], [a, b]: [number, number]) => {
  for (let k = b - 1; k >= a; k--) if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') return tokens[k]!.lemma.toLowerCase();
  return undefined;
};

/** The head noun of the thing; "it" is read as what it stands for ("ordered it closed"). */
function thingHead(doc: Document, np: [number, number]): string | undefined {
  const { tokens } = doc;
  const own = headLemma(tokens, np);
  if (own) return own;
  const m = mentionWithSpan(doc, tokens[np[0]]!.start, tokens[np[1] - 1]!.end);
  const r = m && resolved(m);
  if (!r || r === m) return undefined;
  const from = firstTokenFrom(doc, r.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= r.end) to++;
  return headLemma(tokens, [from, to]);
}

/** The act right after a phrase ending at `k`: "closed", "shut down", "to close". Returns [sense, last token]. */
function actAfter(tokens: Token[], k: number, limit: number): [string, number] | undefined {
  if (k < limit && tokens[k]!.normal === 'to') k++;
  const sense = k < limit ? actOf(tokens[k]) : undefined;
  if (!sense || NOUN_ONLY.has(sense)) return undefined;
  return [sense, k + 1 < limit && PARTICLES.has(tokens[k + 1]!.normal) ? k + 1 : k];
}

/** The agent phrase's text, kinds and qualifiers; a pronoun is read as what it stands for. */
function agentOf(doc: Document, [a, b]: [number, number]): Pick<Directive, 'agent' | 'kinds' | 'qualifiers' | 'holder'> {
  const { tokens } = doc;
  let from = tokens[a]!.start;
  let to = tokens[b - 1]!.end;
  const m = mentionWithSpan(doc, from, to);
  if (m) ({ start: from, end: to } = resolved(m));
  const kinds = new Set<string>();
  const qualifiers = new Set<string>();
  let holder = false;
  for (let k = firstTokenFrom(doc, from); k < tokens.length && tokens[k]!.end <= to; k++) {
    const t = tokens[k]!;
    const word = t.normal.replace(/['’]s$/, '');
    const kind = BODY.get(word) ?? BODY.get(t.lemma.toLowerCase());
    if (HOLDERS.has(word) || HOLDERS.has(t.lemma.toLowerCase())) holder = true;
    if (kind) kinds.add(kind);
    else if (/\p{L}/u.test(t.text) && !FILLER.test(t.normal)) qualifiers.add(t.normal.replace(/['’]s$/, ''));
  }
  return { agent: doc.text.slice(from, to), kinds: placed(kinds), qualifiers, holder };
}

/** A phrase that starts inside a name with "and" ("[Ministry of Trade and] Industry"): the whole name. */
function throughName(tokens: Token[], np: [number, number] | undefined, limit: number): [number, number] | undefined {
  while (np && np[0] - 2 >= limit && tokens[np[0] - 1]!.normal === 'and' && isCapitalised(tokens[np[0]]!) && isCapitalised(tokens[np[0] - 2]!)) {
    const more = phraseBefore(tokens, np[0] - 1, limit);
    if (!more) break;
    np = [more[0], np[1]];
  }
  return np;
}

/**
 * The agent before the verb at `v`; an appositive agent is read whole: "the regulator, the
 * Energy Board, ordered ..." and "Ana Ruiz, the mayor, ordered ..." give the name and the
 * role together (the role names the kind, the name qualifies it).
 */
function agentBefore(tokens: Token[], v: number, limit: number): [number, number] | undefined {
  let b = v;
  while (b > limit && /^(ADV|AUX|PART)$/.test(tokens[b - 1]!.pos)) b--;
  if (b - 1 <= limit || tokens[b - 1]!.text !== ',') return throughName(tokens, phraseBefore(tokens, v, limit), limit);
  const role = phraseBefore(tokens, b - 1, limit);
  if (!role || role[0] - 1 <= limit || tokens[role[0] - 1]!.text !== ',') return undefined;
  const name = phraseBefore(tokens, role[0] - 1, limit);
  // Only a sentence-opening subject: "X, the regulator, ordered"; not a clause after a comma.
  if (!name || name[0] !== limit) return undefined;
  return [name[0], role[1]];
}

/** Verbs between a thing and its state that leave it the thing's: "the mine remains closed", "was shut". */
const STATE_LINK = /^(be|remain|stay|keep)$/;

/**
 * The order written as a noun after its act: "the mine remains closed by order of the
 * governor", "the square was cleared on the orders of the mayor". `v` is the noun "order".
 */
function byOrderOf(doc: Document, v: number): Directive | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[v]!.sentence]!;
  if (inChrome(doc, s) || inHeadline(doc, s) || tokens[v + 1]?.normal !== 'of' || v + 2 >= s.tokenEnd) return undefined;
  let by = v - 1;
  if (tokens[by]?.normal === 'the' && tokens[by - 1]?.normal === 'on') by--;
  else if (tokens[by]?.normal !== 'by') return undefined;
  // The act right before: "closed by order of", "shut down on the orders of".
  let a = by - 1;
  if (a > s.tokenStart && PARTICLES.has(tokens[a]!.normal)) a--;
  const sense = a >= s.tokenStart ? actOf(tokens[a]) : undefined;
  if (!sense || NOUN_ONLY.has(sense)) return undefined;
  let link = a;
  while (link > s.tokenStart && (STATE_LINK.test(tokens[link - 1]!.lemma.toLowerCase()) || /^(ADV|AUX|PART)$/.test(tokens[link - 1]!.pos))) link--;
  if (link === a) return undefined;
  const thing = phraseBefore(tokens, link, s.tokenStart);
  const agent = phraseAfter(tokens, v + 2, s.tokenEnd);
  if (!thing || !agent) return undefined;
  const head = thingHead(doc, thing);
  if (!head) return undefined;
  return { span: { start: tokens[thing[0]]!.start, end: tokens[agent[1] - 1]!.end }, key: `${sense}:${head}`, act: sense, thing: head, ...agentOf(doc, agent) };
}

/** Orders in the article body (not the headline or page chrome). */
export function directives(doc: Document): Directive[] {
  const out: Directive[] = [];
  const { tokens } = doc;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v]!;
    const lemma = t.lemma.toLowerCase();
    if (t.pos === 'NOUN' && VERBS.has(lemma)) {
      const d = byOrderOf(doc, v);
      if (d) out.push(d);
      continue;
    }
    const starts = STARTERS.get(lemma);
    if (t.pos !== 'VERB' || (!VERBS.has(lemma) && !starts)) continue;
    // "launched an inquiry into": a starter verb only with an act it starts, written as a noun.
    const fits = (sense: string | undefined) => !!sense && (VERBS.has(lemma) || !!starts?.has(sense));
    const s = doc.sentences[t.sentence]!;
    if (inChrome(doc, s) || inHeadline(doc, s)) continue;
    const passive = v > s.tokenStart && PASSIVE_AUX.test(tokens[v - 1]!.normal);
    let agent: [number, number] | undefined;
    let thing: [number, number] | undefined;
    let act: [string, number] | undefined;
    if (passive) {
      // "the mine was ordered closed by the governor"
      thing = phraseBefore(tokens, v - 1, s.tokenStart);
      act = VERBS.has(lemma) ? actAfter(tokens, v + 1, s.tokenEnd) : undefined;
      let by = act ? act[1] + 1 : -1;
      // "an inquiry into the crash was launched by the ministry": the act is the noun before.
      const link = thing ? thing[0] - 1 : -1;
      if (!act && thing && link > s.tokenStart && LINKS.has(tokens[link]!.normal) && fits(actOf(tokens[link - 1]))) {
        act = [actOf(tokens[link - 1])!, link - 1];
        by = v + 1;
      }
      if (act && tokens[by]?.normal === 'by' && by + 1 < s.tokenEnd) agent = phraseAfter(tokens, by + 1, s.tokenEnd);
    } else {
      agent = agentBefore(tokens, v, s.tokenStart);
      const np = phraseAfter(tokens, v + 1, s.tokenEnd);
      if (!np) continue;
      // "ordered the closure of the mine", "an inquiry into the crash": the phrase may run on past the link.
      let of = np[0];
      while (of < np[1] && !(fits(actOf(tokens[of])) && LINKS.has(tokens[of + 1]?.normal ?? ''))) of++;
      if (!VERBS.has(lemma) && of >= np[1]) continue;
      if (of < np[1] && of + 2 < s.tokenEnd) {
        thing = of + 2 < np[1] ? [of + 2, np[1]] : phraseAfter(tokens, of + 2, s.tokenEnd);
        act = [actOf(tokens[of])!, of];
      } else {
        thing = np;
        act = actAfter(tokens, np[1], s.tokenEnd);
      }
    }
    if (!agent || !thing || !act) continue;
    const head = thingHead(doc, thing);
    if (!head) continue;
    const who = agentOf(doc, agent);
    const first = Math.min(agent[0], thing[0], v);
    const last = Math.max(agent[1] - 1, act[1]);
    // A thing the order is about, not the one ordered to act: "ordered the mine to close"
    // still reads "mine"; "ordered police to clear the square" reads "police".
    out.push({ span: { start: tokens[first]!.start, end: tokens[last]!.end }, key: `${act[0]}:${head}`, act: act[0], thing: head, ...who });
  }
  return out;
}

/** Two agents that cannot be one authority: different kinds, or one kind told apart by disjoint qualifiers. */
export function agentsConflict(x: Directive, y: Directive): boolean {
  if (!x.kinds.size || !y.kinds.size) return false;
  const sharedKind = [...x.kinds].some((k) => y.kinds.has(k));
  // A department may be the other's (a ministry's, a city's): nothing tells them apart.
  if (!sharedKind) return kindsApart(x.kinds, y.kinds);
  if (x.holder || y.holder || !x.qualifiers.size || !y.qualifiers.size) return false;
  return ![...x.qualifiers].some((w) => y.qualifiers.has(w));
}

/** An authority's name read as its kinds and its other words: "Minister of Mines" -> {national government} + "mines". */
function authorityOf(name: string): { kinds: Set<string>; rest: string } {
  const kinds = new Set<string>();
  const rest: string[] = [];
  for (const raw of name.toLowerCase().split(/[\s,]+/)) {
    const w = raw.replace(/['’]s$/, '');
    if (!w || FILLER.test(w)) continue;
    const kind = BODY.get(w);
    if (kind) kinds.add(kind);
    else rest.push(w);
  }
  return { kinds, rest: rest.sort().join(' ') };
}

/**
 * One authority named two ways: an office holder and the body they head ("the Minister of
 * Mines" / "the Ministry of Mines", "the Mayor of Tandil" / "Tandil council"): a kind in common
 * and the same other words.
 */
export function sameAuthority(a: string, b: string): boolean {
  const x = authorityOf(a);
  const y = authorityOf(b);
  return !!x.rest && x.rest === y.rest && [...x.kinds].some((k) => y.kinds.has(k));
}

/**
 * The authority kinds of an office holder named by role, from the words of the phrase that
 * names them ("the prefect", "the minister of transport"); undefined when no word is an
 * office holder's ("the spokesman", "the association"). Read by cross-source/quote-variant.
 */
export function officeKinds(words: readonly string[]): Set<string> | undefined {
  const ws = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  if (!ws.some((w) => HOLDERS.has(w))) return undefined;
  const kinds = placed(new Set(ws.flatMap((w) => (BODY.has(w) ? [BODY.get(w)!] : []))));
  return kinds.size ? kinds : undefined;
}

/** Two sets of authority kinds that cannot be one office: no kind in common, neither inside the other. */
export function kindsApart(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  if (!x.size || !y.size || [...x].some((k) => y.has(k))) return false;
  return ![...x].some((k) => [...y].some((j) => nested(k, j)));
}
