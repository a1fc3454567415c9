/**
 * Headlines that take an act as given rather than stating it: a noun phrase with a relative
 * clause ("The fishmeal plant that poisoned the town's wells", "Power cuts: the maintenance
 * that was never done") or a "Why ..." headline ("Why your halloumi is mostly cow's milk"),
 * over a body that reports the act denied. The act is presupposed, so no verb of the body
 * frames it; the link is the denial: in a paragraph about the headline's words (relative
 * headlines), or denying the headline's very predicate ("Why" headlines), or denying "the
 * allegation" outright. Private helper: not a rule.
 */
import { inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { anyIn, bareWord, lookBack } from './_clause.js';
import { lex } from './_lexicon.js';
import { topicKeys } from './_topic.js';

const CONTENT = /^(NOUN|PROPN|ADJ|VERB)$/;
const RELATIVE = /^(that|which|who)$/;
/** Verbs that carry no act of their own, as the headline's predicate ("is", "has"). */
const LIGHT = /^(be|have|do|get|will|would|can|could|may|might)$/;

export interface Presupposed {
  /** The headline part that presupposes the act: the noun and its relative clause, or the whole "Why ..." headline. */
  span: Span;
  /** The body's denial (its verb to the end of its clause's first words). */
  denial: Span;
  kind: 'relative' | 'why';
}

/** Match keys of the content words of tokens `[a, b)`, three letters at least. */
function keysOf(doc: Document, a: number, b: number, skip?: (t: Token) => boolean): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (!CONTENT.test(t.pos) || bareWord(t).length < 3 || LIGHT.test(t.lemma.toLowerCase()) || skip?.(t)) continue;
    for (const key of topicKeys(t)) out.add(key);
  }
  return out;
}

const sharesAny = (doc: Document, keys: Set<string>, a: number, b: number) => {
  for (let k = a; k < b; k++) if (topicKeys(doc.tokens[k]!).some((x) => keys.has(x))) return true;
  return false;
};

/**
 * The headline's shape: the token of "that"/"which"/"who" after a noun, in a part of the
 * headline (after any "Label:") with no verb before it and a verb after it; or "Why" first.
 */
function shapeOf(doc: Document, from: number, to: number): { kind: 'relative' | 'why'; at: number } | undefined {
  const { tokens } = doc;
  if (tokens[from]!.normal === 'why') return { kind: 'why', at: from };
  let part = from;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ':') part = k + 1;
    if (!RELATIVE.test(t.normal) || k === part || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) continue;
    if (tokens.slice(part, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return undefined;
    // The clause asserts an act: a verb within its first words ("that poisoned", "that was never done").
    // ("done" is the act here: "the maintenance that was never done".)
    if (!tokens.slice(k + 1, Math.min(to, k + 5)).some((x) => x.pos === 'VERB' && (x.normal === 'done' || !LIGHT.test(x.lemma.toLowerCase())))) return undefined;
    return { kind: 'relative', at: k };
  }
  return undefined;
}

export function presupposedAct(doc: Document, from: number, to: number, isBody: (k: number) => boolean): Presupposed | undefined {
  const { tokens } = doc;
  const shape = shapeOf(doc, from, to);
  if (!shape) return undefined;
  // A headline that itself reports the denial ("Why the mayor denies ...") presupposes nothing.
  if (tokens.slice(from, to).some((t) => lex.causeDenials.has(t.lemma.toLowerCase()))) return undefined;
  const whole = keysOf(doc, from, to);
  // "Why halloumi is mostly cow's milk": the predicate, after the first verb.
  const verb = tokens.slice(from + 1, to).findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const predicate = shape.kind === 'why' && verb >= 0 ? keysOf(doc, from + 2 + verb, to) : undefined;
  if (shape.kind === 'why' && !predicate?.size) return undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || !lex.causeDenials.has(t.lemma.toLowerCase()) || t.lemma.toLowerCase() === 'insist') continue;
    if (!isBody(k) || inQuoteContent(doc, t) || anyIn(lookBack(doc, k, 3), lex.negators) || anyIn(lookBack(doc, k, 3), lex.modals)) continue;
    const s = doc.sentences[t.sentence]!;
    // "denied the allegation": the story's own claim, whatever its words.
    const object = tokens.slice(k + 1, Math.min(s.tokenEnd, k + 3)).find((x) => x.pos === 'NOUN');
    const broad = !!object && tokens[k + 1]?.normal === 'the' && lex.broadTopics.has(object.normal);
    let linked: boolean;
    if (shape.kind === 'why') linked = sharesAny(doc, predicate!, k + 1, s.tokenEnd);
    else {
      const p = doc.paragraphs[s.paragraph]!;
      linked = broad || sharesAny(doc, whole, doc.sentences[p.sentenceStart]!.tokenStart, doc.sentences[p.sentenceEnd - 1]!.tokenEnd);
    }
    if (!linked) continue;
    const start = shape.kind === 'why' ? tokens[from]!.start : tokens[headStart(doc, from, shape.at)]!.start;
    return {
      span: { start, end: tokens[to - 1]!.text === '.' ? tokens[to - 2]!.end : tokens[to - 1]!.end },
      denial: { start: t.start, end: tokens[Math.min(s.tokenEnd, k + 6) - 1]!.end },
      kind: shape.kind,
    };
  }
  return undefined;
}

/** The first token of the noun phrase before the relative pronoun at `at` ("The fishmeal plant"). */
function headStart(doc: Document, from: number, at: number): number {
  let a = at;
  while (a > from && /^(NOUN|PROPN|ADJ|DET|NUM|PUNCT)$/.test(doc.tokens[a - 1]!.pos) && doc.tokens[a - 1]!.text !== ':') a--;
  return a;
}
