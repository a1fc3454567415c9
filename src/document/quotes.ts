/**
 * Quotations (straight and curly, double and single) with their speakers.
 * Quote marks are paired within a paragraph; an unbalanced mark is left alone.
 */
import { CALENDAR_WORDS } from './dates.js';
import { appositiveAfter, isProperName, makeMention, phraseAfter, phraseBefore, saidAdjective } from './mentions.js';
import { people } from './people.js';
import { searchFirst } from './search.js';
import type { Attribution, Mention, Paragraph, Quote, Sentence, Span, Token } from './types.js';

interface Pair { open: number; close: number }

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceLike = (c: string | undefined) => c === undefined || /[\s([{—–\-“"‘']/u.test(c);

const QUOTE_MARKS = /[“”"‘’']/g;

/** Pairs of quote marks in `text[from, to)`, outermost first, sorted by position. */
export function pairQuoteMarks(text: string, from: number, to: number): Pair[] {
  const pairs: Pair[] = [];
  let curly = -1;
  let straight = -1;
  let single = -1;
  // Only quote marks matter: jump from one to the next (a regex scan is much faster than
  // looking at every character here).
  QUOTE_MARKS.lastIndex = from;
  for (let m = QUOTE_MARKS.exec(text); m && m.index < to; m = QUOTE_MARKS.exec(text)) {
    const i = m.index;
    const c = m[0];
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    if (c === '“') curly = i;
    else if (c === '”') {
      if (curly >= 0) pairs.push({ open: curly, close: i });
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) {
        if (isSpaceLike(prev) || prev === undefined) straight = i;
      } else if (!isLetter(next)) {
        pairs.push({ open: straight, close: i });
        straight = -1;
      }
    } else if (c === '‘' || c === "'" || c === '’') {
      if (isLetter(prev) && isLetter(next)) continue; // an apostrophe inside a word
      const canOpen = c !== '’' && isSpaceLike(prev) && (isLetter(next) || next === '[');
      const canClose = c !== '‘' && !!prev && !/\s/.test(prev) && !isLetter(next);
      if (single >= 0 && canClose && i > single + 1) {
        pairs.push({ open: single, close: i });
        single = -1;
      } else if (canOpen) single = i;
    }
  }
  // Keep outer quotes; drop a pair nested inside another.
  pairs.sort((a, b) => a.open - b.open);
  const out: Pair[] = [];
  for (const p of pairs) {
    const last = out[out.length - 1];
    if (last && p.open > last.open && p.close < last.close) continue;
    if (last && p.open < last.close) continue;
    out.push(p);
  }
  return out;
}

function cueAt(tokens: Token[], k: number): number {
  const t = tokens[k]!;
  // "according to", "in the words of": phrase cues, matched on the normal form.
  for (const phrase of people.cuePhrases.get(t.normal) ?? []) {
    if (phrase.every((w, j) => tokens[k + j]?.normal === w)) return phrase.length;
  }
  const misreadSaid = saidAsAdjective(tokens, k);
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && (/^(says|said)$/.test(t.normal) || verbAfterSubject(tokens, k) || particleAfterName(tokens, k))) && !misreadSaid) return 0;
  // "to counter", "will deny": an infinitive is not a report of speech.
  if (tokens[k - 1]?.normal === 'to') return 0;
  // "have been admitted", "was told": in the passive the subject is not the speaker.
  let b = k - 1;
  while (b >= 0 && tokens[b]!.pos === 'ADV') b--;
  if (b >= 0 && tokens[b]!.lemma === 'be' && t.normal !== t.lemma && !/ing$/.test(t.normal)) return 0;
  // The adjective's lemma is "said"; the verb's is "say".
  const lemma = misreadSaid ? 'say' : t.lemma.toLowerCase();
  // "put the toll at 41": "put" is its own past participle, so the passive test above
  // misses "was put at 41"; any "be" before it makes it passive.
  if (people.figureAt.has(lemma)) return b >= 0 && tokens[b]!.lemma === 'be' ? 0 : figureAfter(tokens, k) ? 1 : 0;
  // "As X points out,", "X pointed out that": a cue with its particle only ("the data points to").
  const particle = people.cueLemmas.has(lemma) ? undefined : people.cueParticles.get(lemma);
  if (particle) return tokens[k + 1]?.normal === particle && tokens[k + 1]!.sentence === t.sentence ? 2 : 0;
  if (!people.cueLemmas.has(lemma)) return 0;
  if (people.participleOnly.has(lemma) && !/ing$/.test(t.normal)) return 0;
  if (people.quoteOnly.has(lemma) && !besideQuote(tokens, k)) return 0;
  // "technicians who posted about it online": a topic, not what they said.
  if (people.topicOnly.has(lemma) && tokens[k + 1]?.normal === 'about' && tokens[k + 1]!.sentence === t.sentence) return 0;
  return 1;
}

/**
 * "who did not want to be named said engineers had ...": after a participle the tagger may
 * read "said" as the adjective of "the said agreement". Only a determiner or preposition
 * before it ("the said", "under said") makes it that adjective.
 */
function saidAsAdjective(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!saidAdjective(t)) return false;
  const prev = tokens[k - 1];
  return !!prev && prev.sentence === t.sentence && prev.pos !== 'DET' && prev.pos !== 'ADP' && !prev.possessive && /^\p{L}/u.test(prev.text);
}

/** One quote mark as a token. */
const QUOTE_MARK = /^["“”‘’']$/;

/** A quote mark within the few tokens before token k ('"...," he continued'), or a colon or quote mark right after it. */
function besideQuote(tokens: Token[], k: number): boolean {
  const s = tokens[k]!.sentence;
  const next = tokens[k + 1];
  if (next && next.sentence === s && (next.text === ':' || QUOTE_MARK.test(next.text))) return true;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (tokens[j]!.sentence !== s) break;
    if (QUOTE_MARK.test(tokens[j]!.text)) return true;
  }
  return false;
}

/**
 * "Local fishermen claim that ...": after a bare plural subject the tagger may read a speech
 * verb as a noun. A noun of the cue lemmas, right after a plural noun with no determiner or
 * possessive before the noun, and followed by "that", is the verb ("the union's claim that",
 * "the claim that" are nouns). The subject may carry a short place or body after it:
 * "Residents of Vlora report that", "Workers at the plant claim that".
 */
function verbAfterSubject(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (tokens[k + 1]?.normal !== 'that' || !people.cueLemmas.has(t.lemma.toLowerCase()) || /s$/.test(t.normal)) return false;
  let prev = tokens[k - 1];
  if (!prev || prev.sentence !== t.sentence) return false;
  // Back over "of Vlora", "at the plant", "in the district" (up to four words) to the head noun.
  for (let j = k - 1; j >= Math.max(0, k - 5) && tokens[j]!.sentence === t.sentence; j--) {
    const w = tokens[j]!;
    if (w.pos === 'ADP') {
      if (j < k - 1 && /^(of|in|at|from|near|on|across|around)$/.test(w.normal)) prev = tokens[j - 1];
      break;
    }
    if (!/^(NOUN|PROPN|DET|ADJ|NUM)$/.test(w.pos) || w.possessive) break;
  }
  if (!prev || prev.sentence !== t.sentence) return false;
  // A plural (inflected) noun: "fishermen", "residents".
  const plural = prev.normal !== prev.lemma.toLowerCase() || /[^s]s$/.test(prev.normal);
  return /^(NOUN|PROPN)$/.test(prev.pos) && !prev.possessive && plural;
}

/**
 * "Ndapewa Shikongo points out": after a name the tagger may read a verb that takes a particle
 * as a noun ("points/NOUN out"); with its particle right after it, it is the verb.
 */
function particleAfterName(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const particle = people.cueParticles.get(t.lemma.toLowerCase());
  return !!particle && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.normal === particle;
}

/** How far after a figure verb its "at" may come ("put the job losses at"). */
const MAX_OBJECT = 8;
/** Words between "at" and the figure: "at up to 600", "at about £3m", "at more than 40". */
const FIGURE_LEAD = /^(up|to|about|around|roughly|some|nearly|almost|least|more|less|fewer|than|between|over|under|as|many|much|high|low|close|just)$/;

const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);
const NOUN_SLOT = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);
const CLOCK = /^\d{1,2}([:.]\d\d)?(am|pm|a\.m\.|p\.m\.|h)$|^\d{1,2}:\d\d$/i;
const CLOCK_WORD = /^(am|pm|a\.m\.|p\.m\.|gmt|utc|cet|o'clock|o’clock|local)$/;

/**
 * "put the job losses at up to 600", "pegged the bill at $2 billion": the verb's object,
 * then "at" and a figure (a number or a currency sign after at most three lead words),
 * all in one clause. "put the children at risk" has no figure and is no estimate.
 */
function figureAfter(tokens: Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  // "put forward", "put up", "put off": a phrasal verb, not an estimate.
  if (!OBJECT_OPENERS.has(tokens[k + 1]?.pos ?? '')) return false;
  for (let j = k + 2; j < k + 2 + MAX_OBJECT; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== sentence || t.pos === 'PUNCT' || t.pos === 'AUX') return false;
    // A verb ends the object, unless the tagger took a noun for one after a determiner,
    // an adjective or a name ("the Linz bypass").
    if (t.pos === 'VERB' && !NOUN_SLOT.has(tokens[j - 1]!.pos)) return false;
    if (t.normal !== 'at') continue;
    // "the number of jobs at risk at up to 900": an "at" without a figure is part of the object.
    const figure = figureAt(tokens, j, sentence);
    if (figure !== undefined) return figure;
  }
  return false;
}

/** After the "at" at `j`: true for a figure, false for a time, undefined for anything else. */
function figureAt(tokens: Token[], j: number, sentence: number): boolean | undefined {
  for (let f = j + 1; f <= j + 4; f++) {
    const x = tokens[f];
    if (!x || x.sentence !== sentence) return undefined;
    // "at 9am", "at 10:30 GMT": a time, not a figure.
    if (CLOCK.test(x.text) || CLOCK_WORD.test(tokens[f + 1]?.normal ?? '')) return false;
    if (x.pos === 'NUM' || x.pos === 'SYM' || /^[$€£¥\d]/.test(x.text)) return true;
    if (!FIGURE_LEAD.test(x.normal)) return undefined;
  }
  return undefined;
}

const CONJUNCTIONS = new Set(['and', 'or', 'but']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
const REFERRING_HEADS = new Set(['company', 'firm', 'group', 'organisation', 'organization', 'agency', 'ministry', 'government', 'embassy', 'spokesperson', 'spokesman', 'spokeswoman']);

/** Every speech cue in the story with the speaker it names. */
export function findAttributions(tokens: Token[], sentences: Sentence[], quoted: Span[] = []): Attribution[] {
  const out: Attribution[] = [];
  let lastPerson: Mention | undefined;
  sentences.forEach((s, si) => {
    const inSentence: Attribution[] = [];
    // "Chief executive Josefa Nasau spoke to reporters. '...,' he said.": a named person who
    // opens a sentence as its subject is the last person named, speech cue or not.
    const opener = openingPerson(tokens, s) ?? openingRolePerson(tokens, s);
    if (opener) lastPerson = opener;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const len = cueAt(tokens, k);
      if (!len) continue;
      // A cue inside a quotation is the speaker's own word, not an attribution.
      if (insideAny(quoted, tokens[k]!)) continue;
      const cue = { start: tokens[k]!.start, end: tokens[k + len - 1]!.end };
      const speaker = speakerFor(tokens, s, k, len, inSentence);
      if (speaker) resolveReference(speaker, tokens, out, lastPerson);
      if (speaker?.kind === 'person' && speaker.name && !speaker.refersTo) lastPerson = speaker;
      // "its chief executive, Mere Tau, said", and "The chair of the regional water board, Rhys
      // Owain, said", read as the body: the person is the name in the appositive.
      else if (speaker?.appositive && !speaker.refersTo && ((speaker.kind === 'person' && !speaker.name) || speaker.kind === 'org')) lastPerson = appositivePerson(tokens, speaker.appositive) ?? lastPerson;
      const a: Attribution = { cue, cueToken: k, speaker, sentence: si };
      inSentence.push(a);
      out.push(a);
      k += len - 1;
    }
  });
  return out;
}

/**
 * The named person a sentence opens with as its subject: a run of names and title words
 * ("Tovata Shipping chief executive Josefa Nasau") up to the first lower-case verb. The
 * tagger may call a capitalised word of the run a verb ("Shipping"), so the run is read by
 * case, not by the tagger's phrase.
 */
function openingPerson(tokens: Token[], s: Sentence): Mention | undefined {
  const limit = Math.min(s.tokenEnd, s.tokenStart + OPENER_WORDS);
  let v = s.tokenStart;
  for (; v < limit; v++) {
    const t = tokens[v]!;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isUpper(t.text)) break;
    // "State Rep. Ana Hernandez, a Houston Democrat, called for": the name ends at its appositive.
    if (t.text === ',' && v > s.tokenStart) break;
    if (!isUpper(t.text) && !/^(NOUN|ADJ|PROPN|PART)$/.test(t.pos)) return undefined;
  }
  if (v === s.tokenStart || v >= limit) return undefined;
  const m = makeMention(tokens, s.tokenStart, v);
  if (m.kind !== 'person' || !m.name) return undefined;
  const name = tokensIn(tokens, m.name);
  // Before a comma, only a name written like one: not a dateline ("NEW DELHI,") or a road ("Highway BR-040,").
  if (tokens[v]!.text === ',' && !name.every((t) => TITLE_CASE.test(t.text))) return undefined;
  return name.length >= 2 ? m : undefined;
}
const TITLE_CASE = /^\p{Lu}(?=.*\p{Ll})[\p{L}’'.-]*$|^\p{Lu}\.?$/u;
const OPENER_WORDS = 10;

/**
 * "The port authority's chief executive, Tomasi Vula, apologised": a sentence that opens with
 * a role and its appositive name, whatever its verb, names the person a later "he" stands for.
 */
function openingRolePerson(tokens: Token[], s: Sentence): Mention | undefined {
  const limit = Math.min(s.tokenEnd, s.tokenStart + OPENER_WORDS);
  for (let c = s.tokenStart + 1; c < limit; c++) {
    if (tokens[c]!.text !== ',') continue;
    if (!roleEndsAt(tokens, s.tokenStart, c)) return undefined;
    const app = appositiveAfter(tokens, c, s.tokenEnd);
    return app ? appositivePerson(tokens, { start: tokens[app[0]]!.start, end: tokens[app[1] - 1]!.end }) : undefined;
  }
  return undefined;
}

/**
 * The phrase before token `c` ends in a role: its last word ("chief executive") or, past an
 * "of" and the field after it, the word before "of" ("the secretary of education").
 */
function roleEndsAt(tokens: readonly Token[], start: number, c: number): boolean {
  const isRole = (t: Token) => people.roles.has(t.bare) || people.authorities.has(t.bare);
  if (isRole(tokens[c - 1]!)) return true;
  for (let k = c - 1; k > start && c - k <= ROLE_FIELD_WORDS; k--) {
    const t = tokens[k]!;
    if (t.normal === 'of') return isRole(tokens[k - 1]!);
    if (!/^(NOUN|PROPN|ADJ|DET)$/.test(t.pos)) return false;
  }
  return false;
}
/** The most words of a role's field after "of" ("secretary of state for education and skills"). */
const ROLE_FIELD_WORDS = 5;

/**
 * After an inverted cue at `from`: a role phrase ending in a role word, a comma, and a name
 * of two words or more that ends at a comma or the sentence's end ("the port authority's
 * managing director, Ines Valdes, at the signing"; "the ministry's spokesman, Karim Haddad.").
 * The speaker is read as in "The port authority's chief executive, Tomasi Vula, said": the
 * role phrase (its role words the descriptors, as makeMention reads them) with the name as
 * its appositive. Inside the role phrase a participle may stand as a modifier
 * ("managing", "acting", "elected"), but no other verb, auxiliary or punctuation.
 */
function invertedRoleWithName(tokens: Token[], s: Sentence, from: number): Mention | undefined {
  const limit = Math.min(s.tokenEnd, from + OPENER_WORDS);
  let c = from;
  for (; c < limit && tokens[c]!.text !== ','; c++) {
    const t = tokens[c]!;
    if (/^(PUNCT|SYM|AUX|CCONJ|SCONJ|ADP)$/.test(t.pos) && !(t.pos === 'PUNCT' && /^[-‐]$/.test(t.text))) return undefined;
    if (t.pos === 'VERB' && !/(ing|ed)$/.test(t.normal)) return undefined;
  }
  if (c >= limit || c === from) return undefined;
  const role = tokens[c - 1]!;
  if (!people.roles.has(role.bare) && !people.authorities.has(role.bare)) return undefined;
  const app = appositiveAfter(tokens, c, s.tokenEnd, true);
  if (!app || !appositivePerson(tokens, { start: tokens[app[0]]!.start, end: tokens[app[1] - 1]!.end })) return undefined;
  // "..., said the ministry's spokesman, Karim Haddad, had resigned": a verb after the name
  // makes the role the subject of reported words, no speaker.
  const next = tokens[app[1] + 1];
  if (tokens[app[1]]?.text === ',' && next && app[1] + 1 < s.tokenEnd && /^(VERB|AUX)$/.test(next.pos)) return undefined;
  const m = makeMention(tokens, from, c, app);
  // "the KPA's managing director": a body's name inside the role is the employer's; the
  // phrase is a person, named in the appositive, not the body.
  return m.kind === 'person' ? m : { ...m, kind: 'person', name: undefined };
}

/** The person an appositive names when it is only a name of two words or more ("Mere Tau"). */
function appositivePerson(tokens: Token[], appositive: Span): Mention | undefined {
  const [a, b] = tokenRange(tokens, 0, tokens.length, appositive.start, appositive.end);
  if (b - a < 2 || !isProperName(tokens.slice(a, b))) return undefined;
  const m = makeMention(tokens, a, b);
  return m.kind === 'person' && m.name ? m : undefined;
}
const isUpper = (w: string) => /^\p{Lu}/u.test(w);

function speakerFor(tokens: Token[], s: Sentence, k: number, len: number, earlier: Attribution[]): Mention | undefined {
  const t = tokens[k]!;
  // "according to X": the speaker follows a phrase cue; "X points out": a verb with its particle has it before.
  const isPhrase = len > 1 && people.cuePhrases.has(t.normal);
  // "according to X" / "in the words of X": the speaker follows.
  if (isPhrase) {
    const np = phraseAfter(tokens, k + len, s.tokenEnd);
    return np ? makeMention(tokens, np[0], np[1], appositiveAfter(tokens, np[1], s.tokenEnd, true)) : undefined;
  }
  let b = k;
  while (b > s.tokenStart && tokens[b - 1]!.pos === 'ADV') b--;
  // Nothing before the cue in its sentence: the token before is the last sentence's
  // full stop, and a fronted cue ("Says economist X: ...") is inverted like one after a comma.
  const before = b > s.tokenStart ? tokens[b - 1] : undefined;
  // Inverted: '..., said cybersecurity expert Dr. X' / '"...," stated X'.
  const after = phraseAfter(tokens, k + 1, s.tokenEnd);
  // "The authority, which runs the ferries, rejected the account": a comma that closes a
  // relative clause on the subject is no inverted slot; the subject speaks (below).
  const invertedSlot = !before || (before.text === ',' && !closesRelative(tokens, s, b - 1)) || /^[”"’']$/.test(before.text);
  // '..., said a retired hydrologist who once worked on the dam': a relative clause may follow the speaker.
  const closesClause = (end: number) => end >= s.tokenEnd || /^[,.;:!?”"’')]$/.test(tokens[end]!.text) || /^(who|whose)$/.test(tokens[end]!.normal);
  // '..., Stephen Marsh, told the committee': after "told" comes the listener, never the speaker.
  const listenerAfter = people.listenerFirst.has(t.lemma.toLowerCase());
  // '..., said the port authority's managing director, Ines Valdes, at the signing': a role
  // and the person's name in apposition, read whatever the tagger made of a word in the role
  // ("managing" as a verb) and whatever the body before the role ("the KPA's").
  const participle = /ing$/.test(t.normal);
  // '..., rejected the findings': what the verb acts on follows it, not its speaker.
  const objectAfter = people.objectFirst.has(t.lemma.toLowerCase());
  // An inverted cue that may have its speaker after it (not "told", "rejected" or a participle).
  const speakerAfter = invertedSlot && !listenerAfter && !objectAfter && !participle;
  const roleNamed = speakerAfter ? invertedRoleWithName(tokens, s, k + 1) : undefined;
  if (roleNamed) return roleNamed;
  if (speakerAfter && after && closesClause(after[1])) {
    const m = makeMention(tokens, after[0], after[1], appositiveAfter(tokens, after[1], s.tokenEnd, true));
    // '..., said one source close to the talks': a determiner makes it a noun phrase too.
    if (m.name || m.descriptors.length || m.kind === 'pronoun' || /^(DET|NUM)$/.test(tokens[after[0]]!.pos)) return m;
  }
  // "X denied ... and told ...": the speaker of the earlier cue, else the sentence subject.
  if (before && CONJUNCTIONS.has(before.normal)) return earlier[earlier.length - 1]?.speaker ?? sentenceSubject(tokens, s);
  // ", calling the memo 'nonsense'": the subject of the clause the participle hangs on.
  if (participle && before?.text === ',') return earlier[earlier.length - 1]?.speaker ?? sentenceSubject(tokens, s);
  if (participle && before) {
    const np = phraseBefore(tokens, b, s.tokenStart);
    if (np) return makeMention(tokens, np[0], np[1]);
  }
  // "X, who headed Y at the CIA, said": the phrase before an appositive.
  if (before?.text === ',') {
    const j = openingComma(tokens, s, b - 1);
    let np = j >= 0 ? phraseBefore(tokens, contactClauseStart(tokens, s, j), s.tokenStart) : undefined;
    if (!np) return sentenceSubject(tokens, s);
    // "Rosa Argueta, 58, who was born in 1957, said": an age set off by commas is the
    // person's, who speaks; the phrase is the one before it.
    if (np[1] - np[0] === 1 && /^\d{1,3}$/.test(tokens[np[0]]!.text) && tokens[np[0] - 1]?.text === ',') np = phraseBefore(tokens, np[0] - 1, s.tokenStart) ?? np;
    // "A board member who attended the vote, and who asked not to be named, said": the phrase
    // before the comma ends a restrictive clause on the subject ("the vote" is its object);
    // the clause set off by commas is a second one on the same person, who speaks.
    const head = opensRelative(tokens, j) ? restrictiveHead(tokens, s, np[0]) : undefined;
    if (head) return makeMention(tokens, head[0], head[1], [head[1], b - 1]);
    return makeMention(tokens, np[0], np[1], [j + 1, b - 1]);
  }
  const np = phraseBefore(tokens, k, s.tokenStart);
  // "A planner who has worked for the city says": the phrase before the cue ("the city")
  // sits inside a relative clause; the speaker is the phrase the clause hangs on.
  const rel = relativeHead(tokens, s, k, np, b);
  if (rel) {
    // The clause, as the speaker's appositive, without the cue's own auxiliaries ("have said").
    let end = b;
    while (end > rel[1] + 1 && /^(AUX|PART)$/.test(tokens[end - 1]!.pos)) end--;
    return makeMention(tokens, rel[0], rel[1], [rel[1], end]);
  }
  if (!np) return undefined;
  // "A report delivered to the president on Tuesday says": a day or month is never the
  // speaker (it ends an adjunct), and the subject before it may be no speaker either
  // ("A worker went on trial on Monday accused of ..."): none is read.
  if (tokensAll(tokens, np, (t) => CALENDAR_WORDS.has(t.normal))) return undefined;
  // "intelligence that suggests": the relative pronoun stands for the phrase before it;
  // "The ministry, which had earlier denied", "Ana Ruiz, who said": a non-restrictive
  // "which"/"who" after a comma stands for the phrase before the comma.
  if (np[1] - np[0] === 1 && RELATIVES.has(tokens[np[0]]!.normal)) {
    const w = np[0];
    const comma = tokens[w - 1]?.text === ',' && w - 1 > s.tokenStart && NON_RESTRICTIVE.has(tokens[w]!.normal);
    // 'said Ana Ruiz, a driver employed by a contractor, who said': after a speaker's
    // appositive the clause is the speaker's, not the appositive's last noun's.
    const last = earlier[earlier.length - 1]?.speaker;
    if (comma && last?.appositive && last.appositive.end === tokens[w - 2]!.end) return last;
    const antecedent = phraseBefore(tokens, comma ? w - 1 : w, s.tokenStart);
    return antecedent ? makeMention(tokens, antecedent[0], antecedent[1]) : undefined;
  }
  return makeMention(tokens, np[0], np[1]);
}

/** Relative pronouns that open a clause set off by commas ("that" never does). */
const NON_RESTRICTIVE = new Set(['which', 'who']);

const tokensAll = (tokens: readonly Token[], [a, b]: [number, number], test: (t: Token) => boolean) => {
  for (let k = a; k < b; k++) if (!test(tokens[k]!)) return false;
  return true;
};

/** How far back from a comma the comma that opens its clause (", which/who ...,") may stand. */
const RELATIVE_REACH = 30;

/**
 * The comma that opens the clause the comma at token `comma` closes: the one before it in the
 * sentence, with no other between, not the sentence's first token and at most RELATIVE_REACH
 * tokens back. -1 when there is none.
 */
function openingComma(tokens: readonly Token[], s: Sentence, comma: number): number {
  for (let j = comma - 1; j > Math.max(s.tokenStart, comma - 1 - RELATIVE_REACH); j--) if (tokens[j]!.text === ',') return j;
  return -1;
}

/**
 * After the comma at token `j` a non-restrictive relative clause opens: ", which", ", who",
 * ", and who" (a second clause on the same phrase), or a quantified one (", none of whom",
 * ", two of which": one word, then "of whom/which").
 */
function opensRelative(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next) return false;
  if (NON_RESTRICTIVE.has(next.normal)) return true;
  if (CONJUNCTIONS.has(next.normal)) return NON_RESTRICTIVE.has(tokens[j + 2]?.normal ?? '');
  return /^(DET|NUM|PRON|ADJ)$/.test(next.pos) && tokens[j + 2]?.normal === 'of' && QUANTIFIED_RELATIVES.has(tokens[j + 3]?.normal ?? '');
}
/** The pronouns a quantified relative clause ends on ("none of whom", "some of which"). */
const QUANTIFIED_RELATIVES = new Set(['whom', 'which']);

/**
 * The comma at token `comma` closes a non-restrictive relative clause on a phrase before it
 * ("The authority, which runs the ferries through a state company, rejected"; "A member, and
 * who ..., said"; "Two engineers, neither of whom ..., said").
 */
function closesRelative(tokens: readonly Token[], s: Sentence, comma: number): boolean {
  const j = openingComma(tokens, s, comma);
  return j >= 0 && opensRelative(tokens, j);
}

/** Subject pronouns that open a contact clause after a noun ("accountants we consulted"). */
const CONTACT_PRONOUNS = new Set(['we', 'i', 'they', 'he', 'she', 'you']);

/**
 * Where the phrase before the comma at token `j` ends: before a contact clause, a pronoun
 * and its verb with an optional preposition ("Two accountants we consulted,", "A guard I
 * spoke to,"), which is no part of the noun phrase; else at the comma.
 */
function contactClauseStart(tokens: readonly Token[], s: Sentence, j: number): number {
  let c = j - 1;
  if (c > s.tokenStart && tokens[c]!.pos === 'ADP') c--;
  return c - 1 > s.tokenStart && contactClauseAt(tokens, c - 1) ? c - 1 : j;
}

/** A contact clause opens at token `p`: a subject pronoun after a noun, then a verb ("[accountants] we consulted"). */
function contactClauseAt(tokens: readonly Token[], p: number): boolean {
  const pronoun = tokens[p];
  const noun = tokens[p - 1];
  const verb = tokens[p + 1];
  return !!pronoun && !!noun && !!verb && pronoun.pos === 'PRON' && CONTACT_PRONOUNS.has(pronoun.normal) && /^(NOUN|PROPN)$/.test(noun.pos) && verb.pos === 'VERB' && verb.sentence === pronoun.sentence;
}

/** Relative pronouns that open a clause inside a subject ("whose" too: "a worker whose shift ended says"). */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'that', 'which']);
/** How far back from the cue a relative clause may open. */
const MAX_RELATIVE = 20;

/**
 * "A transit planner who has worked for the city says", "Residents who were evacuated
 * say": the words before the cue `k` close a relative clause on the subject. Reading back
 * from the phrase before the cue (`np`, else the cue's own position `b`), a relative
 * pronoun with a verb after it, right after a noun, opens that clause; the noun phrase
 * it hangs on is the speaker. Guards, so that a cue is never given to the wrong subject:
 * - the subject must open its clause (a sentence start, punctuation, "that", a
 *   conjunction or an adverbial phrase without a verb before it): in "The mayor hired a
 *   planner who ..." the planner is an object;
 * - without a verb in the clause ("the mayor that the report says") the phrase before
 *   the cue is the subject of its own clause and stands;
 * - the phrase before the cue is that clause's subject, not an object in the relative
 *   clause, when an auxiliary stands between it and the cue ("who met the family said
 *   the search would continue") or a speech verb stands before it ("who said the talks
 *   continue"); after any other verb it is read as the object only when the cue takes a
 *   complement ("who met the family says the ...", not "who hope the search continues.");
 * - a speech verb inside the scan, other than the clause's own first verb ("who asked
 *   not to be named said"), starts reported words, where the relative clause has ended.
 * Returns the subject's token range, or undefined.
 */
function relativeHead(tokens: Token[], s: Sentence, k: number, np: [number, number] | undefined, b: number): [number, number] | undefined {
  if (np) {
    for (let i = np[1]; i < k; i++) if (tokens[i]!.pos !== 'ADV') return undefined;
    const verb = tokens[np[0] - 1];
    if (verb?.pos === 'VERB' && (isSpeechVerb(verb) || !opensComplement(tokens[k + 1], tokens[k]!.sentence))) return undefined;
  }
  return restrictiveHead(tokens, s, np ? np[0] : b);
}

/**
 * The core of relativeHead: reading back from token `from`, a restrictive relative clause
 * ("who attended the vote") on a noun phrase that opens its clause ("A board member"); that
 * phrase's token range, or undefined.
 */
function restrictiveHead(tokens: Token[], s: Sentence, from: number): [number, number] | undefined {
  let sawVerb = false;
  for (let j = from - 1; j > Math.max(s.tokenStart, from - MAX_RELATIVE); j--) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return undefined;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (isSpeechVerb(t) && !RELATIVE_OPENERS.has(tokens[j - 1]!.normal)) return undefined;
      sawVerb = true;
    }
    if (!RELATIVE_OPENERS.has(t.normal)) continue;
    const prev = tokens[j - 1]!;
    if (!sawVerb || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN')) return undefined;
    const head = phraseBefore(tokens, j, s.tokenStart);
    // "Parents of two of the children who died have said": the clause may hang on the
    // object of a preposition or on the phrase around it; too unsure to name a speaker.
    if (!head || tokens[head[0] - 1]?.pos === 'ADP') return undefined;
    for (let i = head[0] - 1; i >= s.tokenStart; i--) {
      const w = tokens[i]!;
      if (w.pos === 'PUNCT' || w.normal === 'that' || CONJUNCTIONS.has(w.normal)) break;
      if (w.pos === 'VERB' || w.pos === 'AUX') return undefined;
    }
    return head;
  }
  return undefined;
}

const isSpeechVerb = (t: Token) => t.pos === 'VERB' && people.cueLemmas.has(t.lemma.toLowerCase());
/** After the cue, words that open what was said: "says the ...", "said that", "says:". */
const COMPLEMENT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);
const opensComplement = (t: Token | undefined, sentence: number) =>
  !!t && t.sentence === sentence && (COMPLEMENT_POS.has(t.pos) || t.normal === 'that' || /^[:“"‘']$/.test(t.text));

/**
 * "he said" -> the last named person; "the company said" -> the last named body or
 * single-name speaker before it.
 */
function resolveReference(m: Mention, tokens: Token[], earlier: Attribution[], lastPerson: Mention | undefined): void {
  if (m.kind === 'pronoun' && /^(he|she)$/i.test(textOf(tokens, m))) {
    if (lastPerson) m.refersTo = lastPerson;
    return;
  }
  if (m.name) return;
  const words = tokensIn(tokens, m);
  const head = words[words.length - 1]?.normal ?? '';
  if (words[0]?.normal !== 'the' || !REFERRING_HEADS.has(head)) return;
  // "the spokesperson" after "a company spokesperson": the same role named before.
  const stop = Math.max(0, earlier.length - MAX_LOOKBACK);
  for (let i = earlier.length - 1; i >= stop; i--) {
    const sp = earlier[i]!.speaker;
    if (sp && sp !== m && textOf(tokens, sp).endsWith(head)) {
      m.refersTo = sp.refersTo ?? sp;
      return;
    }
  }
  // "the finance ministry": its words before the head must be the candidate's too.
  const modifiers = words.slice(1, -1).map((t) => t.normal);
  const bodyHead = !/^spokes/.test(head);
  for (let i = earlier.length - 1; i >= stop; i--) {
    const sp = earlier[i]!.speaker;
    if (!sp?.name || sp.kind === 'pronoun') continue;
    // "the ministry" is a body: not "Information Minister Mohammed Idris", a titled person.
    if (bodyHead && sp.kind === 'person' && (sp.descriptors.length > 0 || tokensIn(tokens, sp.name).length > 1)) continue;
    // "the company" is not "Valgemetsa council": a name whose own common noun says it is another kind of body.
    if (bodyHead && otherBody(tokens, sp, head)) continue;
    if (modifiers.length) {
      const said = new Set(tokensIn(tokens, sp).map((t) => t.normal));
      if (!modifiers.every((w) => said.has(w))) continue;
    }
    m.refersTo = sp.refersTo ?? sp;
    return;
  }
}

/** The mention's head is a lower-case body noun ("council" in "Valgemetsa council") other than `head`. */
function otherBody(tokens: Token[], m: Mention, head: string): boolean {
  const h = tokensIn(tokens, m.head)[0];
  return !!h && !h.capitalised && h.normal !== head && people.orgWords.has(h.normal);
}

function textOf(tokens: Token[], m: Mention): string {
  return tokensIn(tokens, m).map((t) => t.normal).join(' ');
}

/**
 * A reference reaches back at most this many speech cues. Far more than any article
 * has; it keeps resolving references linear on adversarial input (100,000 "he said"s).
 */
const MAX_LOOKBACK = 200;

// The lookups below use binary search: tokens, sentences, quoted spans and the cues of
// a sentence are sorted and do not overlap, so a scan per quote or per cue (quadratic
// on a long text) is never needed.

/** Index range `[a, b)` within `[lo, hi)` of the tokens lying inside `[from, to)`. */
function tokenRange(tokens: Token[], lo: number, hi: number, from: number, to: number): [number, number] {
  const a = searchFirst(lo, hi, (i) => tokens[i]!.start >= from);
  const b = searchFirst(a, hi, (i) => tokens[i]!.end > to);
  return [a, b];
}

/** The tokens inside `span`. */
function tokensIn(tokens: Token[], span: Span): Token[] {
  const [a, b] = tokenRange(tokens, 0, tokens.length, span.start, span.end);
  return tokens.slice(a, b);
}

/** True when `span` lies inside one of `spans` (sorted, not overlapping). */
function insideAny(spans: Span[], span: Span): boolean {
  const i = searchFirst(0, spans.length, (j) => spans[j]!.start > span.start) - 1;
  return i >= 0 && span.end <= spans[i]!.end;
}

/** The attributions of sentence `si` (`all` is in sentence order). */
function cuesOf(all: Attribution[], si: number): Attribution[] {
  const a = searchFirst(0, all.length, (i) => all[i]!.sentence >= si);
  const b = searchFirst(a, all.length, (i) => all[i]!.sentence > si);
  return all.slice(a, b);
}

/** The sentence's subject: its first noun phrase after any opening adverbial. */
export function sentenceSubject(tokens: Token[], s: Sentence): Mention | undefined {
  let k = s.tokenStart;
  // Skip "In March," / "Parallelly," / "However," openers.
  for (let j = k; j < Math.min(s.tokenEnd, k + 7); j++) {
    if (tokens[j]!.text === ',') {
      if (/^(ADP|ADV|SCONJ|CCONJ)$/.test(tokens[k]!.pos)) k = j + 1;
      break;
    }
  }
  const np = phraseAfter(tokens, k, s.tokenEnd);
  if (!np) return undefined;
  // "Mining surveyors we consulted, ...": the phrase finder takes the contact clause's pronoun.
  if (np[1] - np[0] > 1 && contactClauseAt(tokens, np[1] - 1)) np[1]--;
  return makeMention(tokens, np[0], np[1], appositiveAfter(tokens, np[1], s.tokenEnd));
}

/** Quotes with the attribution that introduces or follows them. */
/** The content spans of all quotations, paragraph by paragraph. */
export function quotedSpans(text: string, paragraphs: Paragraph[]): Span[] {
  return paragraphs.flatMap((p) => pairQuoteMarks(text, p.start, p.end).map((q) => ({ start: q.open + 1, end: q.close })));
}

export function findQuotes(text: string, paragraphs: Paragraph[], sentences: Sentence[], tokens: Token[], attributions: Attribution[]): Quote[] {
  const quotes: Quote[] = [];
  for (const p of paragraphs) {
    for (const pair of pairQuoteMarks(text, p.start, p.end)) {
      const content: Span = { start: pair.open + 1, end: pair.close };
      const quote: Quote = { start: pair.open, end: pair.close + 1, content, sentence: sentenceAt(sentences, p, pair.open) };
      const attribution = attributionFor(quote, sentences, tokens, attributions, p);
      if (attribution) {
        quote.cue = attribution.cue;
        quote.speaker = attribution.speaker;
      } else {
        // '"We held fares for two years," she said. "Fuel now costs ..."': a quotation that is
        // its own sentence, right after the same paragraph's attributed one, goes on in that
        // speaker's voice (the wire style of a continued quote). No cue of its own is recorded.
        const prev = quotes[quotes.length - 1];
        if (prev?.speaker && prev.end <= quote.start && prev.sentence >= p.sentenceStart && quote.sentence - (prev.cue ? sentenceAt(sentences, p, prev.cue.start) : prev.sentence) === 1 && opensSentence(text, sentences[quote.sentence]!, pair.open)) quote.speaker = prev.speaker;
      }
      quotes.push(quote);
    }
  }
  return quotes;
}

/** Nothing but space before `at` in sentence `s`: a quotation mark that opens the sentence. */
function opensSentence(text: string, s: Sentence, at: number): boolean {
  for (let c = s.start; c < at; c++) if (text.charCodeAt(c) > 32) return false;
  return true;
}

function sentenceAt(sentences: Sentence[], p: Paragraph, offset: number): number {
  const i = searchFirst(p.sentenceStart, p.sentenceEnd, (j) => sentences[j]!.end > offset);
  if (i < p.sentenceEnd) return i;
  return Math.max(p.sentenceStart, p.sentenceEnd - 1);
}

/**
 * A cue right after the closing mark (within a few words, same sentence) whose speaker
 * is not before the quote, else the nearest cue before the opening mark in its sentence,
 * if it is near enough to govern the quote.
 */
function attributionFor(q: Quote, sentences: Sentence[], tokens: Token[], attributions: Attribution[], p: Paragraph): Attribution | undefined {
  const endSentence = sentenceAt(sentences, p, q.end - 1);
  const s = sentences[endSentence]!;
  const following = cuesAfter(tokens, s, cuesOf(attributions, endSentence), q.end).find(
    (a) =>
      a.sentence === endSentence &&
      a.cue.start >= q.end &&
      (tokensBetween(tokens, s, q.end, a.cue.start) <= 6 || besideWithAppositive(tokens, s, q, a)) &&
      // 'The memo, which includes material labelled "top secret", describes': the cue's
      // speaker comes before the quote, so the quote is not what it says.
      !(a.speaker && a.speaker.end <= q.start) &&
      // 'China's "military civil fusion" strategy, which they say': a relative clause.
      !hasRelativeBetween(tokens, s, q.end, a.cue.start),
  );
  const preceding = lastCueBefore(cuesOf(attributions, q.sentence), q.start);
  if (following && (!preceding || !startsWithSpeech(q, preceding, tokens, sentences))) return following;
  // A cue far back in a long sentence does not govern a quoted term at its end.
  if (preceding && tokensBetween(tokens, sentences[preceding.sentence]!, preceding.cue.end, q.start) > MAX_CUE_DISTANCE) return undefined;
  return preceding;
}

/**
 * '"...," Karin Lund, operations director at Baltic Link, said.': the speaker right after the
 * quote, then the appositive, then the cue; the appositive may run past the six words.
 */
function besideWithAppositive(tokens: Token[], s: Sentence, q: Quote, a: Attribution): boolean {
  const sp = a.speaker;
  if (!sp?.appositive || sp.start < q.end || tokensBetween(tokens, s, q.end, sp.start) > 1) return false;
  return sp.appositive.end <= a.cue.start && tokensBetween(tokens, s, sp.appositive.end, a.cue.start) <= 1;
}

/** Words between a cue and a quote it still governs ('alleges that X provides Y with "..."'). */
const MAX_CUE_DISTANCE = 20;

function hasRelativeBetween(tokens: Token[], s: Sentence, from: number, to: number): boolean {
  const [a, b] = tokenRange(tokens, s.tokenStart, s.tokenEnd, from, to);
  for (let k = a; k < b; k++) if (RELATIVES.has(tokens[k]!.normal)) return true;
  return false;
}

function tokensBetween(tokens: Token[], s: Sentence, from: number, to: number): number {
  const [a, b] = tokenRange(tokens, s.tokenStart, s.tokenEnd, from, to);
  return Math.max(0, b - a);
}

/**
 * The cues of a sentence that start at or after `from` and close enough to it to pass
 * the tests of attributionFor (six words, or six and a speaker's appositive).
 */
function cuesAfter(tokens: Token[], s: Sentence, cues: Attribution[], from: number): Attribution[] {
  const first = searchFirst(0, cues.length, (i) => cues[i]!.cue.start >= from);
  // Past the seventh token only after a speaker's appositive (besideWithAppositive), which a sentence bounds.
  const k = searchFirst(s.tokenStart, s.tokenEnd, (i) => tokens[i]!.start >= from) + 6 + APPOSITIVE_WORDS;
  const limit = k < s.tokenEnd ? tokens[k]!.end : Infinity;
  const last = searchFirst(first, cues.length, (i) => cues[i]!.cue.start >= limit);
  return cues.slice(first, last);
}

/** The longest appositive a speaker after a quote may carry before the cue. */
const APPOSITIVE_WORDS = 14;

/** The last cue (cues sorted and not overlapping) that ends at or before `offset`. */
function lastCueBefore(cues: Attribution[], offset: number): Attribution | undefined {
  return cues[searchFirst(0, cues.length, (i) => cues[i]!.cue.end > offset) - 1];
}

/** 'He said, "..."': the preceding cue sits right before the quote. */
function startsWithSpeech(q: Quote, a: Attribution, tokens: Token[], sentences: Sentence[]): boolean {
  return tokensBetween(tokens, sentences[a.sentence]!, a.cue.end, q.start) <= 3;
}
