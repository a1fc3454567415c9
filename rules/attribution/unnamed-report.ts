import { z } from 'zod';
import reportsJson from '../data/unnamed-reports.json';
import { loadData } from '../../src/data/load.js';
import { hasProperName, isCapitalised } from '../../src/document/mentions.js';
import type { Document, Sentence } from '../../src/document/types.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';

const ReportData = z.object({
  about: z.string(),
  source: z.string(),
  hedges: z.array(z.string().min(1)),
  reportWords: z.array(z.string().min(1)),
  harmWords: z.array(z.string().min(1)),
  lightVerbs: z.array(z.string().min(1)),
  studies: z.array(z.string().min(1)),
  /** The nouns that name a study in `studies` ("survey", "report"): where its span's study word is. */
  studyNouns: z.array(z.string().min(1)),
  studyOpeners: z.array(z.string().min(1)),
  timeWords: z.array(z.string().min(1)),
});
const data = loadData('unnamed-reports.json', ReportData, reportsJson);
const hedges = new PhraseIndex(data.hedges.map((p) => [p, p] as [string, string]));
const reportWords = new Set(data.reportWords);
const harmWords = new Set(data.harmWords);
const lightVerbs = new Set(data.lightVerbs);
const studies = new PhraseIndex(data.studies.map((p) => [p, p] as [string, string]));
const studyOpeners = new Set(data.studyOpeners);
const timeWords = new Set(data.timeWords);
const STUDY_WORDS = new Set(data.studyNouns);

/** A proper name among tokens [from, to), not counting a sentence's capitalised first word. */
function nameIn(doc: Document, from: number, to: number, sentenceStart: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (k !== sentenceStart && t.capitalised && !timeWords.has(t.normal) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'VERB')) return true;
  }
  return false;
}

/** A named speaker in the sentence other than the study itself ("..., according to the WHO"). */
function namedSpeakerBeside(doc: Document, si: number, span: { start: number; end: number }): boolean {
  return attributionsIn(doc, si).some((a) => {
    const sp = a.speaker && (a.speaker.refersTo ?? a.speaker);
    return !!sp && sp.kind !== 'pronoun' && (sp.end <= span.start || sp.start >= span.end) && hasProperName(doc.tokens, sp);
  });
}

/**
 * "Research published in the spring suggested that": the study is placed when a name is in the
 * wording or right before it ("Harvard research"), a word before it points back to one
 * introduced already ("the study found"), or the next sentence of the paragraph names it
 * ("The study, by researchers at Makerere University, ...").
 */
function studyPlaced(doc: Document, si: number, first: number, last: number): boolean {
  const { tokens } = doc;
  const s = doc.sentences[si]!;
  const before = tokens[first - 1];
  if (before && before.sentence === si && (studyOpeners.has(before.normal) || before.possessive || (before.capitalised && before.pos === 'PROPN'))) return true;
  if (nameIn(doc, first, last, s.tokenStart)) return true;
  const next = doc.sentences[si + 1];
  if (!next || next.paragraph !== s.paragraph) return false;
  for (let k = next.tokenStart; k < Math.min(next.tokenEnd, next.tokenStart + 3); k++) {
    if (STUDY_WORDS.has(tokens[k]!.normal)) return nameIn(doc, k + 1, next.tokenEnd, next.tokenStart);
  }
  return false;
}
/** How far after the hedge its predicate may start ("have reportedly been taken to hospital"). */
const PREDICATE = 5;

/**
 * The hedged predicate is harm to people: a harm word within a few words after the hedge,
 * reached only through auxiliaries, particles, prepositions, determiners and light verbs
 * ("been to hospital", "were killed", "fell ill"). Another verb ("offered the injured
 * striker") or punctuation ends the predicate first.
 */
function hedgesHarm(doc: Document, after: number): boolean {
  const { tokens } = doc;
  const sentence = tokens[after - 1]?.sentence;
  for (let k = after; k < Math.min(tokens.length, after + PREDICATE); k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.pos === 'PUNCT') return false;
    const lemma = t.lemma.toLowerCase();
    if (harmWords.has(t.normal) || harmWords.has(lemma)) return true;
    if (t.pos === 'VERB' && !lightVerbs.has(t.normal) && !lightVerbs.has(lemma)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return false;
  }
  return false;
}
/** How far from a report word a name may stand: "reported on Friday by the Financial Times". */
const WINDOW = 5;

/** Does the sentence say whose report it is? */
function namesReport(doc: Document, si: number, s: Sentence): boolean {
  const { tokens } = doc;
  // "according to Reuters", "the Financial Times reported": a named speaker.
  for (const a of attributionsIn(doc, si)) {
    if (!a.speaker) continue;
    const sp = a.speaker.refersTo ?? a.speaker;
    if (sp.kind !== 'pronoun' && hasProperName(tokens, sp)) return true;
  }
  // "a memo obtained by the Financial Times", "a Reuters report": a name beside a report word.
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!reportWords.has(tokens[k]!.normal)) continue;
    for (let j = Math.max(s.tokenStart + 1, k - WINDOW); j < Math.min(s.tokenEnd, k + WINDOW + 1); j++) {
      const t = tokens[j]!;
      if (j !== k && (t.pos === 'PROPN' || t.pos === 'NOUN') && isCapitalised(t) && hasProperName(tokens, t)) return true;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'attribution/unnamed-report',
    category: 'attribution',
    severity: 'info',
    description: 'A claim passed on as "reportedly", "rumoured", "is said to" or "is alleged to" with no report or outlet named in the sentence (a warning when the claim is harm to people: deaths, injuries, illness, arrests); research credited to no named study ("a study published last year found").',
    why: '"Reportedly" tells the reader someone reported it but not who; naming the outlet lets readers judge the claim and find the original.',
    examples: {
      flagged: [
        { text: 'The club has reportedly offered the striker a four-year contract.', flag: 'reportedly' },
        { text: 'The minister is said to be furious about the leak.', flag: 'is said to' },
        { text: 'The carmaker’s rumoured move to Hungary would cost 900 jobs in Saxony.', flag: 'rumoured' },
      ],
      fine: [
        { text: 'The club has reportedly offered the striker a four-year contract, according to L’Équipe.' },
        { text: 'The minister is furious about the leak, Der Spiegel reported on Sunday.' },
        { text: 'The opposition leader allegedly accepted bribes from a construction firm.' },
      ],
    },
  },
  check({ doc, report }) {
    // "Research published in the spring suggested that": a finding credited to no study anyone can find.
    doc.sentences.forEach((s, si) => {
      for (const m of studies.match(doc.tokens, s.tokenStart, s.tokenEnd)) {
        let k = m.first;
        while (k < m.last && !STUDY_WORDS.has(doc.tokens[k]!.normal)) k++;
        if (k === m.last || doc.tokens[k]!.pos === 'VERB') continue;
        if (inQuoteContent(doc, m.span)) continue;
        if (studyPlaced(doc, si, m.first, m.last) || namedSpeakerBeside(doc, si, m.span)) continue;
        const text = doc.text.slice(m.span.start, m.span.end);
        report({ span: m.span, message: `"${text}": which study? Name its authors, the journal or the body that published it.` });
        break;
      }
    });
    doc.sentences.forEach((s, si) => {
      const found = hedges.match(doc.tokens, s.tokenStart, s.tokenEnd);
      if (!found.length || namesReport(doc, si, s)) return;
      for (const m of found) {
        // A hedge inside a quotation is the speaker's own caution.
        if (inQuoteContent(doc, m.span)) continue;
        // "is said to be": the span is the hedge without the verb it introduces.
        const last = m.last - (m.last - m.first > 2 ? 1 : 0);
        const span = { start: m.span.start, end: doc.tokens[last - 1]!.end };
        const text = doc.text.slice(span.start, span.end);
        if (hedgesHarm(doc, m.last)) {
          report({ span, severity: 'warning', message: `"${text}" with no report named, for a claim of harm to people: who reported it, and how do they know?` });
          continue;
        }
        // "is alleged to have": an allegation, not a report; the reader needs the accuser.
        const who = /alleged/i.test(text) ? 'no one named as making the allegation: who alleges it?' : 'no report named: who reported it?';
        report({ span, message: `"${text}" with ${who}` });
      }
    });
  },
});
