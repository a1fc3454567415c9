/**
 * Who leads a body, as each article gives it: "the inquiry, chaired by the retired judge Ana
 * Ruiz", "the board's president, the Dutch banker Jan de Wit", "Ana Ruiz, who chairs the
 * inquiry". Read so that two outlets naming different people at the head of one body can be
 * compared (cross-source/conflicting-detail).
 */
import { aliasData } from './_aliases-data.js';
import { BODY_NOUNS } from './_details.js';
import { inChrome, inHeadline } from '../../src/document/index.js';
import { nameHyphen } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Span, Token } from '../../src/document/types.js';

const HEAD_NOUNS = new Set(aliasData.heads.nouns);
const HEAD_VERBS = new Set(aliasData.heads.verbs);
/** A head named with one of these is not the head now ("the former chair", "the acting president", "the new chair"). */
const NOT_CURRENT = new Set([...people.formerWords, ...people.titleModifiers, ...aliasData.heads.notCurrent]);

export interface Head {
  doc: Document;
  /** The body noun's lemma ("commission"). */
  body: string;
  /** Words before the body noun ("appeal", "three-member"): two bodies are told apart by them. */
  mods: Set<string>;
  /** The person's name as written, and its last word (lower case) for comparison. */
  name: string;
  surname: string;
  span: Span;
}

const isNameWord = (t: Token | undefined) => !!t && t.capitalised && /^\p{Lu}/u.test(t.text) && /^(PROPN|NOUN|ADJ)$/.test(t.pos);

/**
 * A person's name from token `i`: after an optional comma and determiner, descriptor words
 * ("the Chilean economist", "a retired judge"), then two to five name words ("Anne-Marie Dupont").
 * Returns [start, end) of the name, else undefined.
 */
function personAt(doc: Document, i: number, limit: number): [number, number] | undefined {
  const { tokens } = doc;
  if (tokens[i]?.text === ',') i++;
  if (tokens[i]?.pos === 'DET') i++;
  // The phrase: name words, lowercase descriptor words ("the Chilean economist", "the Labour MP")
  // and tight hyphens; the name is its last run of name words.
  let z = i;
  while (z < limit && z - i < 9) {
    const t = tokens[z]!;
    if (isNameWord(t) || (!t.capitalised && /^(ADJ|NOUN)$/.test(t.pos) && /^\p{L}/u.test(t.text)) || (z > i && nameHyphen(tokens as Token[], z))) z++;
    else break;
  }
  let a = z;
  while (a > i && (isNameWord(tokens[a - 1]) || (a - 1 > i && nameHyphen(tokens as Token[], a - 1)))) a--;
  // A nationality, party or title before the given name: "Tanzanian", "MP".
  while (z - a > 2 && (people.places.has(tokens[a]!.text) || /^\p{Lu}{2,}$/u.test(tokens[a]!.text))) a++;
  const words = tokens.slice(a, z).filter((t) => /\p{L}/u.test(t.text));
  if (words.length < 2 || words.length > 5) return undefined;
  // A body or a place is not a person: "the Ministry of Justice", "Lake Geneva".
  const text = doc.text.slice(tokens[a]!.start, tokens[z - 1]!.end);
  if (people.orgNames.has(text) || people.places.has(text) || words.some((t) => BODY_NOUNS.has(t.normal) || people.places.has(t.text))) return undefined;
  return [a, z];
}

/** Words before the body noun at `k` back to its determiner. */
function modsBefore(tokens: readonly Token[], k: number, limit: number): Set<string> {
  const out = new Set<string>();
  for (let j = k - 1; j >= limit && j >= k - 4; j--) {
    const t = tokens[j]!;
    if (t.pos === 'DET' || t.possessive || /^['’]s$/.test(t.text) || !/^(ADJ|NOUN|PROPN|NUM|PUNCT)$/.test(t.pos) || t.text === ',') break;
    if (/\p{L}/u.test(t.text)) out.add(t.normal);
  }
  return out;
}

const currentAt = (tokens: readonly Token[], k: number) => !NOT_CURRENT.has(tokens[k - 1]?.normal ?? '') && !NOT_CURRENT.has(tokens[k - 2]?.normal ?? '');

/** Heads of bodies the article names, in story sentences. */
export function heads(doc: Document): Head[] {
  const { tokens } = doc;
  const out: Head[] = [];
  const push = (k: number, name: [number, number], from: number) => {
    const words = tokens.slice(name[0], name[1]).filter((t) => /\p{L}/u.test(t.text));
    const s = doc.sentences[tokens[k]!.sentence]!;
    out.push({
      doc,
      body: tokens[k]!.lemma.toLowerCase(),
      mods: modsBefore(tokens, k, s.tokenStart),
      name: doc.text.slice(tokens[name[0]]!.start, tokens[name[1] - 1]!.end),
      surname: words[words.length - 1]!.normal,
      span: { start: tokens[from]!.start, end: tokens[name[1] - 1]!.end },
    });
  };
  for (const s of doc.sentences) {
    if (inChrome(doc, s) || inHeadline(doc, s)) continue;
    const end = s.tokenEnd;
    for (let k = s.tokenStart; k < end; k++) {
      const t = tokens[k]!;
      if (t.pos !== 'NOUN' || t.capitalised || !BODY_NOUNS.has(t.lemma.toLowerCase())) continue;
      // "the commission, chaired by X" / "the inquiry led by X" / "presided over by X".
      let v = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
      if (HEAD_VERBS.has(tokens[v]?.lemma.toLowerCase() ?? '')) {
        v++;
        if (tokens[v]?.normal === 'over') v++;
        if (tokens[v]?.normal === 'by') {
          const name = personAt(doc, v + 1, end);
          if (name) push(k, name, k);
          continue;
        }
      }
      // "the council's president, the Peruvian economist X"; "the board's chair X".
      let h = k + 1;
      if (!t.possessive && /^['’]s$/.test(tokens[h]?.text ?? '')) h++;
      else if (!t.possessive) h = -1;
      if (h > 0 && HEAD_NOUNS.has(tokens[h]?.normal ?? '')) {
        const name = personAt(doc, h + 1, end);
        if (name && currentAt(tokens, h)) push(k, name, k);
        continue;
      }
      // "X, who chairs the commission" / "X, who led the inquiry".
      const det = tokens[k - 1]?.pos === 'DET' ? k - 1 : k;
      const verb = tokens[det - 1];
      if (verb && HEAD_VERBS.has(verb.lemma.toLowerCase()) && tokens[det - 2]?.normal === 'who' && tokens[det - 3]?.text === ',') {
        let a = det - 3;
        while (a > s.tokenStart && (isNameWord(tokens[a - 1]) || nameHyphen(tokens as Token[], a - 1))) a--;
        const name = personAt(doc, a, det - 3);
        if (name && name[1] === det - 3) push(k, name, a);
      }
    }
  }
  return out;
}

/** Two heads of one body: the same body noun, not told apart by their modifiers. */
export function sameBody(x: Head, y: Head): boolean {
  if (x.body !== y.body) return false;
  if (!x.mods.size || !y.mods.size) return true;
  return [...x.mods].some((m) => y.mods.has(m));
}
