/**
 * Two clause shapes that date an office: a body "headed since 2021 by X" (the passive, with
 * the holder after "by"), and a titled name with a relative clause that dates an act
 * ("Chancellor X, who visited Windhoek in 2023,"). Found here; office-clause checks them
 * against the record.
 */
import type { Document, Token } from '../../src/document/types.js';
import { nameAt, nameContinues, phraseEnd, type NameMatch } from './_match.js';
import { CLAUSE_PUNCT, OFFICE_CLAUSE } from './_markers.js';
import { headedBodies, type Office } from './_offices.js';
import { timeFrom, type Period } from './_time.js';

/**
 * A recorded body ("the European Central Bank", "NATO") written from token `k` that ends the
 * phrase: not "the IMF mission", "the UN refugee agency", "the ECB's research arm".
 */
export function bodyAt(doc: Document, k: number, to: number): { office: Office; last: number } | undefined {
  for (const { body, office } of headedBodies) {
    const last = phraseEnd(doc, k, to, body);
    if (last < 0) continue;
    const next: Token | undefined = doc.tokens[last];
    if (doc.tokens[last - 1]!.possessive) return undefined;
    if (next && last < to) {
      if (/^['’]s?$/.test(next.text) || /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || /^[-‐]$/.test(next.text)) return undefined;
      // "who heads the UN in Geneva": a local office of the body.
      if (next.normal === 'in' && doc.tokens[last + 1]?.pos === 'PROPN') return undefined;
    }
    return { office, last };
  }
  return undefined;
}

export interface LedBy {
  office: Office;
  name: NameMatch;
  /** The time after "since", when written ("headed since 2021 by X", "led by X since 2021"). */
  since?: Period;
  /** Token range of the whole claim, body to name or time. */
  first: number;
  last: number;
}

/**
 * "the WTO, headed since 2021 by X," / "NATO, led by X since 2019," / "the IMF, currently run
 * by X,": a participle of heading after the comma at token `c` that closes a recorded body.
 * The body must be what is led: "a mission from the IMF, led by X" is the mission's leader,
 * so a preposition of membership before the body ("from", "of", "at") refuses it.
 */
export function ledByAt(doc: Document, c: number, from: number, to: number): LedBy | undefined {
  const { tokens } = doc;
  if (tokens[c]?.text !== ',') return undefined;
  let i = c + 1;
  if (OFFICE_CLAUSE.nowWords.has(tokens[i]?.normal ?? '')) i++;
  if (!OFFICE_CLAUSE.perfectHeadVerbs.has(tokens[i]?.normal ?? '')) return undefined;
  i++;
  let since: { period: Period; last: number } | undefined;
  if (tokens[i]?.normal === 'since') {
    since = timeFrom(doc, i + 1, to);
    if (!since) return undefined;
    i = since.last + 1;
  }
  if (tokens[i]?.normal !== 'by' || i + 1 >= to) return undefined;
  const name = nameAt(doc, i + 1, to);
  if (!name || nameContinues(doc, name, to)) return undefined;
  let last = name.last;
  if (!since && tokens[last]?.normal === 'since') {
    since = timeFrom(doc, last + 1, to);
    if (!since) return undefined;
    last = since.last + 1;
  }
  // The body ends at the comma: try its possible first tokens, nearest first.
  for (let b = c - 1; b >= from && b >= c - 8; b--) {
    const body = bodyAt(doc, b, c);
    if (!body || body.last !== c) continue;
    const before = tokens[b - 1];
    if (before && b - 1 >= from && OFFICE_CLAUSE.partOfWords.has(before.normal)) return undefined;
    return { office: body.office, name, since: since?.period, first: b, last };
  }
  return undefined;
}

/**
 * "<title> X, who visited Windhoek in 2023 ...": a relative clause after the name (token
 * range ends at `name.last`) with a past act of office and its time. Refused when the clause
 * places the act outside the office ("as opposition leader", "before taking office", "then").
 * The time and the index of its last token.
 */
export function actClauseAfter(doc: Document, name: NameMatch, to: number): { time: Period; last: number } | undefined {
  const { tokens } = doc;
  let i = name.last;
  if (tokens[i]?.text !== ',' || tokens[i + 1]?.normal !== 'who') return undefined;
  i += 2;
  if (!OFFICE_CLAUSE.actVerbs.has(tokens[i]?.normal ?? '')) return undefined;
  // The clause runs to the next comma or clause mark; a break anywhere in it refuses it
  // ("who visited Kyiv in 2023 as opposition leader").
  let time: { period: Period; last: number } | undefined;
  for (let k = i + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || CLAUSE_PUNCT.has(t.text)) break;
    if (OFFICE_CLAUSE.actBreaks.has(t.normal)) return undefined;
    if (!time && (t.normal === 'in' || t.normal === 'during')) {
      time = timeFrom(doc, k + 1, to);
      // "in 2023-24", "in 2023 talks": not the act's own time.
      const after = time && tokens[time.last + 1];
      if (time && after && time.last + 1 < to && (/^[-–\/]$/.test(after.text) || after.pos === 'NOUN')) return undefined;
    }
  }
  return time && { time: time.period, last: time.last };
}
