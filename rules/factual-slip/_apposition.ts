/**
 * Titles set off from a name by commas: "Japan's prime minister, Sanae Takaichi, said" and
 * "Sanae Takaichi, Japan's prime minister, said". Both make the same claim as "Prime
 * Minister Sanae Takaichi": that she held the office at the time of the sentence.
 *
 * Only a closed appositive counts: the name (or the title after it) must end at a comma,
 * dash, bracket or the end of the sentence. "As prime minister, Sunak pushed ..." and
 * "Sunak, the prime minister who called the election" make other claims and stay quiet.
 * A bare role ("president") needs "the" in front; a title that names its country or body
 * ("Japan's prime minister", "the Argentine president", "ECB President") does not.
 */
import type { Document } from '../../src/document/types.js';
import { titleAt, titleBefore, titleBeforeComma, type NameMatch, type TitleMatch } from './_match.js';
import { FORMER_WORDS, TITLE_MODIFIERS } from './_markers.js';
import { countryEndingAt, isBareRole } from './_offices.js';

/** What can close an appositive. */
const CLOSERS = new Set([',', ';', ':', '.', ')', '—', '–', '!', '?']);

/** The appositive closes at token `i`: a closing mark, or the end of the sentence. */
const closesAt = (doc: Document, i: number, to: number) => i >= to || CLOSERS.has(doc.tokens[i]!.text);

/**
 * "Mexico, whose president(,) X": the code of the country or body named right before
 * ", whose" in front of the title (token `first`), or undefined. Its office is the one meant.
 */
export function whoseCountry(doc: Document, first: number, from: number): string | undefined {
  const { tokens, text } = doc;
  const j = first - 3;
  if (j < from || tokens[first - 1]!.normal !== 'whose' || tokens[first - 2]!.text !== ',') return undefined;
  return countryEndingAt(text, tokens[j]!.end, tokens[from]!.start)?.code;
}

/** The title's offices in that country only; undefined when there are none. */
export function inCountry<T extends TitleMatch>(title: T, code: string): T | undefined {
  const offices = title.offices.filter((o) => o.country === code);
  return offices.length ? { ...title, offices } : undefined;
}

/** "the" in front of token `first`, over a modifier ("the former president", "the then-president"), or "<country>, whose". */
function articleBefore(doc: Document, first: number, from: number): boolean {
  if (whoseCountry(doc, first, from)) return true;
  let j = first - 1;
  if (j >= from && /^[-‐]$/.test(doc.tokens[j]!.text)) j--;
  if (j >= from && (FORMER_WORDS.has(doc.tokens[j]!.normal) || TITLE_MODIFIERS.has(doc.tokens[j]!.normal))) j--;
  return j >= from && doc.tokens[j]!.normal === 'the';
}

/** "<title>, <name>," — the title written before the comma in front of the name. */
export function appositiveTitleBefore(doc: Document, name: NameMatch, from: number, to: number): TitleMatch | undefined {
  if (!closesAt(doc, name.last, to)) return undefined;
  const title = titleBeforeComma(doc, name.first - 1, from);
  if (!title?.offices.length) return undefined;
  if (isBareRole(title.title) && !articleBefore(doc, title.first, from)) return undefined;
  return title;
}

/**
 * The title after the comma that follows the name ("<name>, [the] <title>"), when it names
 * an office; a bare role ("president") only with "the" before it.
 */
function titleAfterComma(doc: Document, name: NameMatch, to: number): ReturnType<typeof titleAt> {
  const i = name.last + 1;
  if (doc.tokens[name.last]?.text !== ',' || i >= to) return undefined;
  // A title may begin with "the" itself ("the United States' president").
  let title = titleAt(doc, i, to);
  const article = doc.tokens[i]!.normal === 'the';
  if (!title && article) title = titleAt(doc, i + 1, to);
  if (!title?.offices.length || (isBareRole(title.title) && !article)) return undefined;
  return title;
}

/** "<name>, [the] <title>," — the title in an appositive after the name. */
export function appositiveTitleAfter(doc: Document, name: NameMatch, to: number): (TitleMatch & { last: number }) | undefined {
  const title = titleAfterComma(doc, name, to);
  return title && closesAt(doc, title.last, to) ? title : undefined;
}

/** "at the time": after a title it says what "then-" says before one. */
const AT_THE_TIME = ['at', 'the', 'time'];
const atTheTime = (doc: Document, i: number, to: number) => i + 3 <= to && AT_THE_TIME.every((w, n) => doc.tokens[i + n]!.normal === w);

/**
 * "<title> at the time, <name>," ("Russia's president at the time, Dmitry Medvedev"): the
 * same claim as "then-<title> <name>". The title ends right before "at the time".
 */
export function thenTitleBefore(doc: Document, name: NameMatch, from: number, to: number): TitleMatch | undefined {
  if (!closesAt(doc, name.last, to)) return undefined;
  const at = name.first - 4;
  if (at <= from || doc.tokens[name.first - 1]?.text !== ',' || !atTheTime(doc, at, name.first - 1)) return undefined;
  const title = titleBefore(doc, at, from);
  if (!title?.offices.length || title.lead) return undefined;
  if (isBareRole(title.title) && !articleBefore(doc, title.first, from)) return undefined;
  return title;
}

/** "<name>, [the] <title> at the time,": the index after "time", or undefined. */
export function thenTitleAfter(doc: Document, name: NameMatch, to: number): (TitleMatch & { last: number }) | undefined {
  const title = titleAfterComma(doc, name, to);
  if (!title || !atTheTime(doc, title.last, to) || !closesAt(doc, title.last + 3, to)) return undefined;
  return { ...title, last: title.last + 3 };
}
