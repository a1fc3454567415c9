/**
 * The cause of one event, as each outlet gives it from one cited finding ("The initial
 * assessment is that the fire started in a faulty boiler" / "According to the brigade's
 * initial assessment, the blaze was caused by a dropped cigarette"). Read from
 * rules/data/oppositions.json `findingCauses`. Private helper: not a rule.
 */
import { oppositions } from './_oppositions.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { inChrome, inHeadline } from '../../src/document/index.js';
import type { Document, Span } from '../../src/document/types.js';

const data = oppositions.findingCauses;
const DOCUMENTS = new Set(data.documents);
const QUALIFIERS = new Set(data.qualifiers);
const CUES = new PhraseIndex(data.cues.map((c) => [c, true] as [string, boolean]));
/** Parts of speech whose lemmas say what the cause is. */
const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB']);

export interface Cause {
  doc: Document;
  /** From the cue to the end of its clause ("started in a faulty boiler"). */
  span: Span;
  /** The finding it is credited to ("preliminary finding"). */
  finding: string;
  /** Content lemmas of the cause words. */
  words: Set<string>;
}

/** The qualified finding a sentence cites ("preliminary finding"), if exactly one. */
function findingOf(doc: Document, si: number): string | undefined {
  const s = doc.sentences[si]!;
  const found = new Set<string>();
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const q = doc.tokens[k - 1]!.normal;
    if (DOCUMENTS.has(t.normal) && QUALIFIERS.has(q)) found.add(`${q} ${t.lemma.toLowerCase()}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Causes credited to a qualified finding: one per sentence, the sentence's only cue. */
function causesIn(doc: Document): Cause[] {
  const out: Cause[] = [];
  doc.sentences.forEach((s, si) => {
    if (inChrome(doc, s) || inHeadline(doc, s)) return;
    const finding = findingOf(doc, si);
    if (!finding) return;
    const cues = CUES.match(doc.tokens, s.tokenStart, s.tokenEnd);
    if (cues.length !== 1) return;
    const cue = cues[0]!;
    const words = new Set<string>();
    let last = cue.last;
    // The cause runs to the end of its clause: a comma, a semicolon or the sentence's end.
    for (let k = cue.last + 1; k < s.tokenEnd; k++) {
      const t = doc.tokens[k]!;
      if (/^[,;:]$/.test(t.normal) || t.pos === 'PUNCT') break;
      last = k;
      if (CONTENT.has(t.pos)) for (const w of t.lemma.toLowerCase().split('-')) if (w.length > 2) words.add(w);
    }
    if (!words.size) return;
    // Start at the cue's subject when it is the clause's ("the fire started in"): up to three words back.
    let first = cue.first;
    for (let k = cue.first - 1; k >= Math.max(s.tokenStart, cue.first - 3); k--) {
      const t = doc.tokens[k]!;
      if (!/^(NOUN|PROPN|DET|ADJ|PRON)$/.test(t.pos) || t.normal === 'that') break;
      first = k;
    }
    out.push({ doc, span: { start: doc.tokens[first]!.start, end: doc.tokens[last]!.end }, finding, words });
  });
  return out;
}

/**
 * Pairs of causes from two articles credited to the same qualified finding that share no
 * content word. An article that gives two causes for one finding tells both: not compared.
 */
export function causePairs(docs: readonly Document[]): [Cause, Cause][] {
  const byFinding = new Map<string, Cause[]>();
  for (const doc of docs) {
    const mine = causesIn(doc);
    for (const c of mine) if (mine.filter((o) => o.finding === c.finding).length === 1) byFinding.set(c.finding, [...(byFinding.get(c.finding) ?? []), c]);
  }
  const out: [Cause, Cause][] = [];
  for (const list of byFinding.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (![...x.words].some((w) => y.words.has(w))) out.push([x, y]);
      }
  return out;
}
