/**
 * "As the board admitted in its reply, no engineer inspected the dam": the writer hands a
 * party an admission that the act did not happen, while the story reports the act as having
 * happened ("The chair accepted that the inspection took place"). The frame turns a
 * disputed point into the party's own concession; the reader cannot tell which account stands.
 */
import type { Document, Span } from '../../src/document/types.js';
import { stem } from '../../src/engine/cluster-text.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { bodyTest, inQuote, NEGATED } from './_clause.js';
import { lex } from './_lexicon.js';

/** How far into its sentence the concession cue may stand ("As the agency's lawyers conceded"). */
const CUE_REACH = 8;
/** How far past its negation the act may stand ("never once inspected"). */
const ACT_REACH = 3;
/** "the inspection took place": a noun for the act, then a verb saying it happened. */
const HAPPENED = /^(take|happen|occur|go)$/;
/** Words before a verb that put the act off (a plan, a wish, a duty): it is not told as done. */
const NOT_DONE = /^(to|will|would|could|should|might|may|must|plan|plans|planned|intend|intends|intended)$/;

interface Admission {
  /** "As the board admitted". */
  frame: Span;
  /** The negated act: "no engineer inspected". */
  act: Span;
  /** The act's stem ("inspect"). */
  key: string;
}

/** "As <party> <concession cue> …, <clause>" with a negated act in the clause. */
function admissionIn(doc: Document, s: number): Admission | undefined {
  const sentence = doc.sentences[s]!;
  const { tokens } = doc;
  if (tokens[sentence.tokenStart]?.normal !== 'as') return undefined;
  let cue = -1;
  for (let k = sentence.tokenStart + 2; k < Math.min(sentence.tokenEnd, sentence.tokenStart + CUE_REACH); k++) {
    const t = tokens[k]!;
    if (t.text === ',') break;
    if (t.pos === 'VERB' && lex.affirmingCues.has(t.lemma.toLowerCase())) {
      cue = k;
      break;
    }
  }
  if (cue < 0) return undefined;
  let comma = cue + 1;
  while (comma < sentence.tokenEnd && tokens[comma]!.text !== ',') comma++;
  for (let k = comma + 1; k < sentence.tokenEnd; k++) {
    if (!NEGATED.test(tokens[k]!.normal)) continue;
    for (let j = k + 1; j <= Math.min(k + ACT_REACH, sentence.tokenEnd - 1); j++) {
      const v = tokens[j]!;
      if (v.pos !== 'VERB') continue;
      return { frame: { start: tokens[sentence.tokenStart]!.start, end: tokens[cue]!.end }, act: { start: tokens[k]!.start, end: v.end }, key: stem(v.lemma.toLowerCase()) };
    }
    return undefined;
  }
  return undefined;
}

/** The act told as done elsewhere in the body: a past verb of its stem, or its noun that "took place". */
function toldAsDone(doc: Document, a: Admission, skip: number, isBody: (k: number) => boolean): Span | undefined {
  const { tokens } = doc;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence === skip || !isBody(k) || stem(t.lemma.toLowerCase()) !== a.key) continue;
    const before = tokens.slice(Math.max(0, k - 3), k).filter((b) => b.sentence === t.sentence);
    if (before.some((b) => NEGATED.test(b.normal) || NOT_DONE.test(b.normal))) continue;
    const done =
      (t.pos === 'VERB' && t.normal !== t.lemma.toLowerCase() && !/(ing|s)$/.test(t.normal)) ||
      (t.pos === 'NOUN' && tokens.slice(k + 1, k + 4).some((x) => x.sentence === t.sentence && x.pos === 'VERB' && HAPPENED.test(x.lemma.toLowerCase())));
    if (!done) continue;
    const s = doc.sentences[t.sentence]!;
    const span = { start: s.start, end: s.end };
    if (!inQuote(doc, { start: t.start, end: t.end })) return span;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'framing/admission-contradicted',
    category: 'framing',
    severity: 'warning',
    description: 'The writer gives a party an admission that an act did not happen ("As the board admitted, no engineer inspected the dam") while the story reports the act as done.',
    why: 'An "as X conceded" frame tells the reader the point is settled by the party\u2019s own word. When the story itself reports the opposite, the frame misstates what the party said or hides a dispute.',
    examples: {
      flagged: [
        {
          text: 'Tribunal faults water board over dam\n\nThe tribunal heard that two engineers from the board inspected the dam in May, before the reservoir was filled; the chair accepted that the inspection took place.\n\nAs the board admitted in its reply to the tribunal, no engineer inspected the dam before the reservoir was filled.',
          flag: 'As the board admitted',
        },
      ],
      fine: [
        {
          text: 'Tribunal faults water board over dam\n\nThe board filled the reservoir in June without an engineer\'s report, the tribunal found.\n\nAs the board admitted in its reply to the tribunal, no engineer inspected the dam before the reservoir was filled.',
        },
      ],
    },
  },
  check({ doc, report }) {
    const isBody = bodyTest(doc);
    for (let s = 0; s < doc.sentences.length; s++) {
      if (!isBody(doc.sentences[s]!.tokenStart)) continue;
      const a = admissionIn(doc, s);
      if (!a || inQuote(doc, a.frame)) continue;
      const done = toldAsDone(doc, a, s, isBody);
      if (!done) continue;
      report({
        span: a.frame,
        message: `"${doc.text.slice(a.frame.start, a.frame.end)}" hands the party an admission ("${doc.text.slice(a.act.start, a.act.end)}"), but the story reports the act as done: "${doc.text.slice(done.start, done.end)}". Say who says what.`,
        related: [related(doc, done)],
      });
    }
  },
});
