import { expertData as data, isExpertTitle as isTitle } from './_expert-data.js';
import { tokensIn } from '../../src/document/index.js';
import { appositiveAfter, hasProperName, isProperName, makeMention, phraseAfter, phraseBefore } from '../../src/document/mentions.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { people } from '../../src/document/people.js';
import type { Document, Mention, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { firstTokenFrom, hasSpokenCueAt, inQuoteContent, perDocument, tokensWithText } from '../../src/engine/doc-cache.js';

const bodyWords = new Set(data.bodyWords);
const postVerbs = new Set(data.postVerbs);
const unitWords = new Set(data.unitWords);
const institutionWords = new Set(data.institutionWords);
const cuePhrases = new PhraseIndex(data.cuePhrases.map((p) => [p, p] as [string, string]));
const frameOpeners = new Set(data.frameOpeners);
const advisoryTitles = new Set(data.advisoryTitles);
const principalModifiers = new Set(data.principalModifiers);
const beliefVerbs = new Set(data.beliefVerbs);
const expertClauseVerbs = new Set(data.expertClauseVerbs);
const writingClauseVerbs = new Set(data.writingClauseVerbs);
const writingFields = new Set(data.writingFields);
const studyClauseVerbs = new Set(data.studyClauseVerbs);
const studyNotBefore = new Set(data.studyNotBefore);
const careerClauseVerbs = new Set(data.careerClauseVerbs);
const careerActivities = new Set(data.careerActivities);

const LINKS = new Set(['at', 'of', 'with', 'for']);

const inside = (s: Span, outer: Span | undefined) => !!outer && outer.start <= s.start && s.end <= outer.end;

/** The authority words that present this speaker (in the phrase or its appositive). */
function expertTitle(doc: Document, sp: Mention): string | undefined {
  // The first such token in the article: the earlier of the first in the phrase and the first in the appositive.
  const a = firstTitleIn(doc, sp);
  const b = sp.appositive ? firstTitleIn(doc, sp.appositive) : -1;
  const k = a < 0 ? b : b < 0 ? a : Math.min(a, b);
  return k < 0 ? undefined : doc.tokens[k]!.text;
}

/**
 * "X, who advises governments on food-labelling law, said": a "who" appositive whose verb
 * (after "who" and an optional "has"/"had") is a professional one presents the speaker as
 * an authority as a title would. So does a "who" clause on the appositive's own noun ("X, a
 * pharmacist who consults for ..."), and a career spent at a study ("who has spent 20 years
 * studying ..."). Returns the clause's opening words, or undefined.
 */
function expertClause(doc: Document, sp: Mention): string | undefined {
  const toks = sp.appositive ? relativeClause(doc, sp.appositive) : undefined;
  if (!toks) return undefined;
  const perfect = toks[1]?.pos === 'AUX';
  const v = perfect ? toks[2] : toks[1];
  if (!v) return undefined;
  const after = toks[toks.indexOf(v) + 1];
  const opening = `who ${perfect ? `${toks[1]!.text} ` : ''}${v.text}`;
  // "who has written on river pollution", "who writes widely about ports": a body of work on a field.
  if (writingClauseVerbs.has(v.normal)) return after && writingFields.has(after.normal) ? `${opening} ${after.text}` : undefined;
  // "who has studied coastal erosion for 20 years", "who researches malaria": not "who studied law" (schooling) or "who studies at the college".
  if (studyClauseVerbs.has(v.normal)) {
    if ((!perfect && /ed$/.test(v.normal)) || !after || studyNotBefore.has(after.normal) || after.pos === 'PRON' || POSSESSIVE_PRONOUNS.has(after.normal)) return undefined;
    return opening;
  }
  // "who has spent two decades studying glaciers", "who spent 30 years monitoring the reef": a career of study.
  if (careerClauseVerbs.has(v.normal)) {
    const i = toks.indexOf(v);
    for (let j = i + 1; j < Math.min(toks.length, i + 1 + CAREER_REACH); j++) {
      const t = toks[j]!;
      if (t.pos === 'PUNCT') break;
      if (careerActivities.has(t.normal)) return `${opening} ... ${t.text}`;
    }
    return undefined;
  }
  if (!expertClauseVerbs.has(v.normal)) return undefined;
  // "who advised his brother on the sale": a past act, or advice to one person, is no profession.
  if (!perfect && /ed$/.test(v.normal)) return undefined;
  const object = toks[toks.indexOf(v) + 1];
  if (object && (object.pos === 'PRON' || POSSESSIVE_PRONOUNS.has(object.normal))) return undefined;
  return `who ${v.text}`;
}

/** How many words "spent" may run to the study it was spent on ("spent the past two decades studying"). */
const CAREER_REACH = 6;
/** How many words of the appositive may come before its own "who" ("a hospital pharmacist who"). */
const NOUN_BEFORE_WHO = 5;

/**
 * The "who" clause of an appositive, from "who": the appositive itself ("who advises ..."),
 * or a clause on its noun when the appositive introduces one person of a kind ("a
 * pharmacist who consults for ...": "a", up to a few modifiers, a common noun, "who").
 */
function relativeClause(doc: Document, span: Span): Token[] | undefined {
  const toks = tokensIn(doc.tokens, span);
  if (isRelative(doc, span)) return toks;
  if (!INTRODUCING.has(toks[0]?.normal ?? '')) return undefined;
  for (let w = 1; w < Math.min(toks.length, NOUN_BEFORE_WHO + 1); w++) {
    const t = toks[w]!;
    if (t.normal === 'who') return w > 1 && toks[w - 1]!.pos === 'NOUN' && !toks[w - 1]!.capitalised ? toks.slice(w) : undefined;
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ') || t.capitalised) return undefined;
  }
  return undefined;
}

/** Index of the first token inside `span` that is an authority word, or -1. */
function firstTitleIn(doc: Document, span: Span): number {
  const { tokens } = doc;
  const from = firstTokenFrom(doc, span.start);
  for (let k = from; k < tokens.length && tokens[k]!.start < span.end; k++) {
    if (inside(tokens[k]!, span) && (isTitle(tokens[k]!.text) || freeAdviser(tokens, k, from))) return k;
  }
  return -1;
}

const MODIFIER_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * "Water-policy adviser X", "a pensions adviser": an adviser who stands on their field
 * alone, so their standing depends on where they work, as a consultant's does. Not one
 * who serves a principal: "national security adviser X", "the minister's adviser",
 * "her adviser", "an adviser to the president" (`from` is the phrase's first token).
 */
function freeAdviser(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k]!;
  if (!advisoryTitles.has(t.normal)) return false;
  const next = tokens[k + 1];
  if (next && next.sentence === t.sentence && (next.normal === 'to' || next.normal === 'for')) return false;
  let i = k - 1;
  let modifiers = 0;
  // Back over the field words ("water - policy", "tax", "independent energy").
  for (; i >= from && tokens[i]!.sentence === t.sentence; i--) {
    const m = tokens[i]!;
    if (m.text === '-' || m.text === '‐') continue;
    if (!MODIFIER_POS.has(m.pos) || m.possessive) break;
    if (principalModifiers.has(m.normal)) return false;
    modifiers++;
  }
  const before = i >= from ? tokens[i] : undefined;
  if (before && (before.possessive || POSSESSIVE_PRONOUNS.has(before.normal))) return false;
  return modifiers > 0;
}

/**
 * Speakers of a belief verb the document's speech cues do not read: "tax adviser X
 * reckons", "X, a pensions consultant, expects". Only a phrase right before the verb
 * (or a name and its appositive between commas) with an expert title in it.
 */
function beliefSpeakers(doc: Document): { cue: Span; speaker: Mention }[] {
  const { tokens } = doc;
  const out: { cue: Span; speaker: Mention }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if ((t.pos !== 'VERB' && t.pos !== 'NOUN') || !beliefVerbs.has(t.normal)) continue;
    // The tagger may read "doubts", "fears" as nouns; after a name or an appositive's comma they are the verb.
    // So are they right after a title and before "that" ("One agronomist estimates that ...").
    const titledThat = tokens[k + 1]?.normal === 'that' && k > 0 && isTitle(tokens[k - 1]!.text);
    if (t.pos === 'NOUN' && tokens[k - 1]?.text !== ',' && tokens[k - 1]?.pos !== 'PROPN' && !titledThat) continue;
    if (inQuoteContent(doc, t) || doc.attributions.some((a) => a.cueToken === k)) continue;
    const s = doc.sentences[t.sentence]!;
    let speaker: Mention | undefined;
    if (tokens[k - 1]?.text === ',' && k - 1 > s.tokenStart) {
      // "X, a water economist, reckons": the name before the first comma, the appositive after it.
      let c = k - 2;
      while (c > s.tokenStart && c > k - 12 && tokens[c]!.text !== ',') c--;
      if (tokens[c]!.text !== ',' || c === k - 2) continue;
      const np = phraseBefore(tokens, c, s.tokenStart);
      if (!np || np[1] !== c) continue;
      speaker = makeMention(tokens, np[0], np[1], [c + 1, k - 1]);
    } else {
      const np = phraseBefore(tokens, k, s.tokenStart);
      if (!np) continue;
      speaker = makeMention(tokens, np[0], np[1]);
      // "Water-policy adviser": the phrase finder stops at the hyphen; the span takes the
      // whole compound, but the mention is read without it (a capital there is no employer).
      let a = np[0];
      while (a - 2 >= s.tokenStart && tokens[a - 1]!.text === '-' && tokens[a - 1]!.start === tokens[a - 2]!.end && tokens[a]!.start === tokens[a - 1]!.end) a -= 2;
      if (a < np[0]) speaker = { ...speaker, start: tokens[a]!.start };
    }
    if (firstTitleIn(doc, speaker) < 0 && !(speaker.appositive && firstTitleIn(doc, speaker.appositive) >= 0)) continue;
    out.push({ cue: { start: t.start, end: t.end }, speaker });
  }
  return out;
}

/** Asides that set off an appositive between a phrase and its cue, by opener: the closer. */
const ASIDES: Record<string, string> = { '(': ')', '[': ']', '—': '—', '–': '–', '-': '-' };

/** A spaced dash ("a - b"), not a hyphen inside a compound ("aviation-labour"). */
const spacedDash = (tokens: readonly Token[], k: number) =>
  tokens[k]!.text !== '-' || (tokens[k - 1]?.end !== tokens[k]!.start && tokens[k + 1]?.start !== tokens[k]!.end);

/**
 * Speakers whose appositive is set off by dashes or brackets rather than commas, with the
 * cue right after the aside: "One structural engineer — a specialist in bridge decks —
 * said", "A hydrologist (an expert in karst aquifers) estimates that". The document's
 * speaker finder reads comma appositives only, so these cues come with no speaker.
 */
function asideSpeakers(doc: Document): { cue: Span; speaker: Mention }[] {
  const { tokens } = doc;
  const out: { cue: Span; speaker: Mention }[] = [];
  const cues = new Set<number>();
  for (const a of doc.attributions) cues.add(a.cueToken);
  for (let k = 1; k + 1 < tokens.length; k++) {
    const close = tokens[k]!;
    const next = tokens[k + 1]!;
    if (next.sentence !== close.sentence || !isCloser(close.text)) continue;
    if (!cues.has(k + 1) && !beliefVerbAt(tokens, k + 1)) continue;
    if (!spacedDash(tokens, k) || inQuoteContent(doc, next)) continue;
    const s = doc.sentences[close.sentence]!;
    // Back to the matching opener, within a short aside and with no other delimiter inside.
    let j = k - 1;
    while (j > s.tokenStart && k - j <= 16 && !(ASIDES[tokens[j]!.text] === close.text && spacedDash(tokens, j)) && !isCloser(tokens[j]!.text)) j--;
    if (j <= s.tokenStart || j === k - 1 || ASIDES[tokens[j]!.text] !== close.text) continue;
    const np = phraseBefore(tokens, j, s.tokenStart);
    if (!np || np[1] !== j) continue;
    out.push({ cue: { start: next.start, end: next.end }, speaker: makeMention(tokens, np[0], np[1], [j + 1, k]) });
  }
  return out;
}

const CLOSERS = new Set(Object.values(ASIDES));
const isCloser = (text: string) => CLOSERS.has(text);

/**
 * A belief verb at k read as the verb: tagged a verb, or a noun the tagger misread before
 * "that" ("One agronomist estimates that ..."), where a plural noun would not take "that".
 */
function beliefVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !beliefVerbs.has(t.normal)) return false;
  if (t.pos === 'VERB') return true;
  return t.pos === 'NOUN' && tokens[k + 1]?.normal === 'that' && tokens[k + 1]!.sentence === t.sentence;
}

/**
 * A "who ..." clause ties the speaker to a body only through a link word or a verb of
 * office before the name ("who ran research at Microsoft", "who heads the Climate
 * Institute"); "who has studied the Rimac basin for two decades" is experience.
 */
function relativeTiesToBody(doc: Document, span: Span): boolean {
  const toks = tokensIn(doc.tokens, span);
  const base = firstTokenFrom(doc, span.start);
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!LINKS.has(t.normal) && !postVerbs.has(t.normal)) continue;
    // "who has dived the Gulf of Aqaba": "of" inside a name links nothing to the speaker.
    if (LINKS.has(t.normal) && toks[i - 1]!.capitalised && toks[i - 1]!.pos === 'PROPN') continue;
    // "who works at a Dutch university": an employer left unnamed.
    if (unnamedInstitutionAt(doc.tokens, base + i + 1, base + toks.length) > 0) continue;
    const next = toks[i + 1]!.pos === 'DET' ? toks[i + 2] : toks[i + 1];
    if (next && hasProperName(doc.tokens, next)) return true;
  }
  return false;
}

const isRelative = (doc: Document, span: Span) => /^(who|whose)$/i.test(doc.tokens[firstTokenFrom(doc, span.start)]?.normal ?? '');

/**
 * "One analyst, Beat Zurbriggen, put ...", "An economist, Maria Lopez, said": a phrase
 * that introduces one person of a kind, then only their name in the appositive. The
 * name says who they are, not where they work. Returns the name's span, or undefined.
 * ("Its chief economist, Ana Ruiz," is placed by "its" and is not read here.)
 */
function nameInAppositive(doc: Document, m: Mention): Span | undefined {
  if (!m.appositive || m.name) return undefined;
  const opener = doc.tokens[firstTokenFrom(doc, m.start)]!;
  if (!INTRODUCING.has(opener.normal)) return undefined;
  const a = firstTokenFrom(doc, m.appositive.start);
  const toks = tokensIn(doc.tokens, m.appositive);
  if (!isProperName(toks)) return undefined;
  const named = makeMention(doc.tokens, a, a + toks.length);
  // The name ends the appositive (the tagger may read a first name such as "Beat" as a verb).
  return named.kind === 'person' && named.name?.end === m.appositive.end ? m.appositive : undefined;
}

/** Openers that introduce one person of a kind ("one analyst", "an economist"). */
const INTRODUCING = new Set(['a', 'an', 'one', 'another']);

/** Openers that bring in an institution as one of its kind ("a ... university", "one ... bank"). */
const UNNAMED_OPENERS = new Set(['a', 'an', 'one', 'another']);

/**
 * "a New Zealand university", "an Oslo hospital", "one Swiss bank": an institution brought
 * in as one of its kind (an indefinite opener, then only modifiers, then a lower-case
 * institution word as the head) is left unnamed; a place before it says where it is, not
 * which it is, so a reader has nothing to look up. `k`: the opener's index, `end`: the
 * bound. Returns the index after the head, or -1.
 */
function unnamedInstitutionAt(tokens: readonly Token[], k: number, end: number): number {
  if (!UNNAMED_OPENERS.has(tokens[k]?.normal ?? '')) return -1;
  let i = k + 1;
  while (i < end && tokens[i]!.sentence === tokens[k]!.sentence && MODIFIER_POS.has(tokens[i]!.pos) && !tokens[i]!.possessive) i++;
  const head = tokens[i - 1]!;
  // A capitalised body word among the modifiers names one ("a University College clinic").
  for (let j = k + 1; j < i - 1; j++) if (namesBody(tokens[j]!)) return -1;
  if (!(i > k + 1 && head.pos === 'NOUN' && !head.capitalised && institutionWords.has(head.bare))) return -1;
  // "a university in Auckland": a place after it places it too, and names it no more.
  if (i < end && PLACED_IN.has(tokens[i]!.normal) && tokens[i]!.sentence === head.sentence) {
    let j = i + 1;
    if (tokens[j]?.normal === 'the') j++;
    const from = j;
    while (j < end && tokens[j]!.sentence === head.sentence && tokens[j]!.capitalised && tokens[j]!.pos === 'PROPN' && !tokens[j]!.possessive) {
      if (namesBody(tokens[j]!)) return -1;
      j++;
    }
    if (j > from) return j;
  }
  return i;
}

const PLACED_IN = new Set(['in', 'near', 'outside']);
/** A capitalised word of a body's name ("University", "Trust", "Agency"): the institution is named. */
const namesBody = (t: Token) => t.capitalised && (institutionWords.has(t.bare) || bodyWords.has(t.bare) || people.orgWords.has(t.bare));

/** The affiliation is such an unnamed institution ("at a New Zealand university"). */
function unnamedAffiliation(doc: Document, aff: Span): boolean {
  const k = firstTokenFrom(doc, aff.start);
  const open = UNNAMED_OPENERS.has(doc.tokens[k]?.normal ?? '') ? k : k - 1;
  const end = unnamedInstitutionAt(doc.tokens, open, doc.tokens.length);
  return end > 0 && doc.tokens[end - 1]!.end >= aff.end;
}

/** Something a reader could look up: an employer, a body, a publication, a named post. */
function isCheckable(doc: Document, m: Mention): boolean {
  if (m.affiliation && hasProperName(doc.tokens, m.affiliation) && !unnamedAffiliation(doc, m.affiliation)) return true;
  if (m.appositive && !nameInAppositive(doc, m) && (isRelative(doc, m.appositive) ? relativeTiesToBody(doc, m.appositive) : nameOutsideField(doc, m.appositive))) return true;
  // "Dr. X, the principal investigator," in a story that names the research centre: a
  // definite post in the story's own body, as "its chief executive" is.
  if (m.appositive && definitePost(doc, m.appositive) && namesInstitution(doc)) return true;
  // "Dr. Helen Park, the hospital's chief executive": a post in a body the story names.
  if (m.affiliation && hasRole(doc, m)) return true;
  // "Professor X, the body's medical director" / "X, its chief economist": a post in the
  // body the story has just named.
  if (m.appositive && ownedPost(doc, m.appositive) && hasRole(doc, m)) return true;
  // "Dr. X, head of the emergency department," in a story that names Y University Hospital.
  if (m.appositive && unitPost(doc, m.appositive) && namesInstitution(doc)) return true;
  return false;
}

/** Prepositions that bring in a title's field ("an authority on", "a specialist in"), not an employer. */
const FIELD_PREPOSITIONS = new Set(['on', 'in', 'about']);
/** Words that end a field and bring in an employer or a new part ("at", "with", a comma). */
const FIELD_END = new Set(['at', 'with', 'for', 'from', ',', 'who', 'and']);

/**
 * A proper name in the appositive that could place the speaker: not one only inside the
 * field of a title ("an authority on West African ports", "a specialist in Andean
 * farming"), which names a subject, not where they work; not one that only places an
 * unnamed institution ("at a Dutch university"); not one in a "who" clause of experience.
 */
function nameOutsideField(doc: Document, span: Span): boolean {
  const toks = tokensIn(doc.tokens, span);
  const skip = new Array<boolean>(toks.length).fill(false);
  const t = toks.findIndex((x) => isTitle(x.text));
  if (t >= 0 && FIELD_PREPOSITIONS.has(toks[t + 1]?.normal ?? '')) {
    for (let i = t + 2; i < toks.length && !FIELD_END.has(toks[i]!.normal); i++) skip[i] = true;
  }
  // "a marine biologist at a Dutch university": a place inside an unnamed institution names none.
  const base = firstTokenFrom(doc, span.start);
  for (let i = 0; i < toks.length; i++) {
    const e = unnamedInstitutionAt(doc.tokens, base + i, base + toks.length);
    for (let j = i; j < e - base; j++) skip[j] = true;
  }
  // "a marine biologist who has surveyed the Wadden Sea seals": a "who" clause on the
  // appositive's noun places the speaker only through a link word or a verb of office before
  // a name, as a "who" appositive does; a place in a clause of experience is no employer.
  const who = toks.findIndex((x, i) => i > 0 && (x.normal === 'who' || x.normal === 'whose'));
  if (who > 0 && !relativeTiesToBody(doc, { start: toks[who]!.start, end: span.end })) for (let i = who; i < toks.length; i++) skip[i] = true;
  return toks.some((x, i) => !skip[i] && hasProperName(doc.tokens, x));
}

/**
 * "the principal investigator", "the lead author": the appositive is "the" and a post
 * (a role or an agent noun, not an expert title), nothing else: one post in the story.
 */
function definitePost(doc: Document, span: Span): boolean {
  const toks = tokensIn(doc.tokens, span);
  if (toks.length < 2 || toks.length > 4 || toks[0]!.normal !== 'the') return false;
  const head = toks[toks.length - 1]!;
  if (head.pos !== 'NOUN' || isTitle(head.text)) return false;
  return people.roles.has(head.bare) || /(er|or)$/.test(head.normal);
}

/**
 * The appositive is a post over a unit: "(the) (deputy) head of the emergency department",
 * "director of the intensive care unit". A department or ward exists only inside a larger
 * body, so the post says where the person works once the article has named that body.
 * Only a role word within the first three tokens counts, followed by "of"/"at" and a unit
 * word: "a specialist in the cardiology department" (a title, not a post) stays unplaced.
 */
function unitPost(doc: Document, span: Span): boolean {
  const toks = tokensIn(doc.tokens, span);
  for (let i = 0; i < Math.min(3, toks.length - 2); i++) {
    const t = toks[i]!;
    if (!people.roles.has(t.bare) || isTitle(t.text)) continue;
    if (toks[i + 1]!.normal !== 'of' && toks[i + 1]!.normal !== 'at') return false;
    // The unit is the head of the phrase after "of": within a few words, before any comma or link.
    for (let j = i + 2; j < Math.min(toks.length, i + 7); j++) {
      const u = toks[j]!;
      if (unitWords.has(u.bare)) return true;
      if (u.pos === 'PUNCT' || u.normal === 'at' || u.normal === 'of') break;
    }
    return false;
  }
  return false;
}

/**
 * The article names an organisation that has departments: a capitalised institution word
 * inside a capitalised name ("Odense University Hospital", "the Ministry of Health",
 * "Nordvik Group"), not one on its own at the start of a sentence.
 */
const namesInstitution = (doc: Document) =>
  perDocument(doc, 'attribution/unaffiliated-expert:institution', () =>
    doc.tokens.some((t, k) => {
      if (!t.capitalised || !institutionWords.has(t.bare)) return false;
      const prev = doc.tokens[k - 1];
      const next = doc.tokens[k + 1];
      const after = doc.tokens[k + 2];
      if (prev && prev.sentence === t.sentence && prev.capitalised && prev.pos !== 'DET' && prev.pos !== 'PUNCT') return true;
      return !!next && next.normal === 'of' && !!after && after.sentence === t.sentence && after.capitalised;
    }),
  );

/** The appositive opens with "its"/"their" or "the <noun>'s": a post of a body named before. */
function ownedPost(doc: Document, span: Span): boolean {
  const toks = tokensIn(doc.tokens, span);
  const first = toks[0];
  if (!first) return false;
  if (first.normal === 'its' || first.normal === 'their') return true;
  // wink may split the possessive off: "body" + "'s".
  return first.normal === 'the' && toks.slice(1, 4).some((t, i) => t.possessive || (/^['’]s$/.test(t.text) && i > 0));
}

/** A post (chief executive, director, spokesman...), not only an expert title. */
function hasRole(doc: Document, m: Mention): boolean {
  const spans = m.appositive ? [m, m.appositive] : [m];
  return spans.some((span) => tokensIn(doc.tokens, span).some((t) => people.roles.has(t.bare) && !isTitle(t.text)));
}


/**
 * Elsewhere in the article, the same surname with a checkable tie: "Lee, a virologist at
 * Stanford University," or "Lee is a virologist at Stanford University".
 */
function placedElsewhere(doc: Document, sp: Mention, name: string): boolean {
  const { tokens } = doc;
  // Only the tokens written as the name.
  for (const k of tokensWithText(doc, name)) {
    const t = tokens[k]!;
    if (t.start >= sp.start && t.end <= sp.end) continue;
    const s = doc.sentences[t.sentence]!;
    const app = appositiveAfter(tokens, k + 1, s.tokenEnd);
    if (app && hasProperName(tokens, { start: tokens[app[0]]!.start, end: tokens[app[1] - 1]!.end })) return true;
    if (tokens[k + 1]?.lemma !== 'be') continue;
    for (let j = k + 2; j < Math.min(s.tokenEnd - 1, k + 10); j++) {
      const next = tokens[j + 1]!;
      if (LINKS.has(tokens[j]!.normal) && hasProperName(tokens, next.pos === 'DET' ? tokens[j + 2] ?? next : next)) return true;
    }
  }
  return false;
}

/** The person's name: in the phrase, or alone in its appositive ("One analyst, Beat Zurbriggen,"). */
const nameOf = (doc: Document, m: Mention) => m.name ?? nameInAppositive(doc, m);

/** The surname: the last word of the name, the key for later "Matthews said". */
const surname = (doc: Document, m: Mention) => {
  const name = nameOf(doc, m);
  return name ? doc.text.slice(name.start, name.end).split(/\s+/).pop()! : undefined;
};

/** The mentions with a name and a checkable tie, by surname. */
const checkableBySurname = (doc: Document) =>
  perDocument(doc, 'attribution/unaffiliated-expert:checkable', () => {
    const map = new Map<string, Mention[]>();
    for (const m of doc.mentions) {
      const name = surname(doc, m);
      if (name === undefined || !isCheckable(doc, m)) continue;
      const list = map.get(name);
      if (list) list.push(m);
      else map.set(name, [m]);
    }
    return map;
  });

/** "the Civil Aviation Authority", "the Port Authority": a capitalised body word closing a capitalised name. */
function isBodyName(doc: Document, sp: Mention): boolean {
  const k = firstTokenFrom(doc, sp.head.start);
  const head = doc.tokens[k]!;
  const prev = doc.tokens[k - 1];
  return head.capitalised && bodyWords.has(head.bare) && !!prev && prev.sentence === head.sentence && prev.capitalised && prev.pos !== 'DET';
}

/**
 * Speakers after a phrase cue that the document's speaker finder does not read: "In the
 * view of blockchain consultant X", and "according to labour economist X" where the
 * tagger takes "labour" for a verb and the phrase finder stops before it.
 */
function phraseCueSpeakers(doc: Document): { cue: Span; speaker: Mention }[] {
  const { tokens } = doc;
  const out: { cue: Span; speaker: Mention }[] = [];
  for (const m of cuePhrases.matchDocument(doc)) {
    // A cue the document already read with a speaker.
    if (hasSpokenCueAt(doc, m.span.start)) continue;
    if (inQuoteContent(doc, m.span)) continue;
    const s = doc.sentences[tokens[m.first]!.sentence]!;
    let from = m.last;
    let np = phraseAfter(tokens, from, s.tokenEnd);
    // One lower-case modifier the tagger read as a verb ("labour", "trade", "energy").
    if (!np && from + 1 < s.tokenEnd && !tokens[from]!.capitalised && /^(VERB|ADV)$/.test(tokens[from]!.pos)) {
      const rest = phraseAfter(tokens, from + 1, s.tokenEnd);
      if (rest && isTitle(tokens[from + 1]!.text)) np = [from, rest[1]];
    }
    if (!np) continue;
    from = np[0];
    const speaker = makeMention(tokens, from, np[1], appositiveAfter(tokens, np[1], s.tokenEnd, true));
    out.push({ cue: m.span, speaker });
  }
  return out;
}

/**
 * "For maritime consultant Anil Raghavan, the lesson is clear: ...", "To historian X, the
 * find settles it": a sentence that opens with a frame word and a titled name, then a
 * comma, gives the rest of the sentence as that person's view. Only at the start of a
 * sentence and only with an expert title in the phrase, so "a job for consultant X" and
 * "For the first time," stay out.
 */
function frameSpeakers(doc: Document): { cue: Span; speaker: Mention }[] {
  const { tokens } = doc;
  const out: { cue: Span; speaker: Mention }[] = [];
  for (const s of doc.sentences) {
    const k = s.tokenStart;
    const t = tokens[k];
    if (!t || !frameOpeners.has(t.normal) || inQuoteContent(doc, t)) continue;
    const np = phraseAfter(tokens, k + 1, s.tokenEnd);
    if (!np || tokens[np[1]]?.text !== ',') continue;
    const words = tokens.slice(np[0], np[1]);
    // "To economist Ana Ruiz's surprise,": the frame is someone's reaction, not their view.
    if (!words.some((x) => isTitle(x.text)) || words.some((x) => x.possessive)) continue;
    out.push({ cue: { start: t.start, end: t.end }, speaker: makeMention(tokens, np[0], np[1]) });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'attribution/unaffiliated-expert',
    category: 'attribution',
    severity: 'warning',
    description: 'A quote or claim credited to an "expert", "analyst", "Dr." or "professor" with no employer, institution or publication a reader could check.',
    why: 'An expert\'s word carries weight only if readers can tell who the expert is and where they work; "said cybersecurity expert Dr. X" with nothing more cannot be verified, and invented experts are a known marker of fabricated or machine-written copy.',
    examples: {
      flagged: [
        { text: '"Rates will have to rise again before summer," said economist Dr. Paul Okafor.', flag: 'said economist Dr. Paul Okafor' },
        { text: 'Marta Lindqvist, a climate scientist, said the glacier had lost a third of its mass since 2000.', flag: 'Marta Lindqvist' },
        { text: '"The vaccine is safe for children," an epidemiologist told reporters in Nairobi.', flag: 'an epidemiologist told' },
      ],
      fine: [
        { text: 'Marta Lindqvist, a climate scientist at Stockholm University, said the glacier had lost a third of its mass since 2000.' },
        { text: '"Rates will have to rise again before summer," said Paul Okafor, chief economist at Zenith Bank.' },
        { text: 'Professor Amira Haddad of the University of Jordan said the aquifer was falling by a metre a year.' },
      ],
    },
  },
  check({ doc, report }) {
    const seen = new Set<string>();
    const framed = phraseCueSpeakers(doc);
    for (const a of [...doc.attributions.filter((x) => x.speaker), ...framed, ...frameSpeakers(doc), ...beliefSpeakers(doc), ...asideSpeakers(doc)]) {
      const sp = a.speaker;
      // "Such was the verdict of Professor X, who has written on ...": the document may read "written"
      // as a cue with "the verdict of Professor X" as its speaker; the cue phrase inside it gives the real speaker.
      if (sp && !framed.includes(a as (typeof framed)[number]) && framed.some((f) => sp.start < f.speaker.end && f.speaker.start < sp.end)) continue;
      // Crowds ("experts say") are attribution/vague-source's; pronouns were named before.
      if (!sp || sp.refersTo || sp.kind === 'pronoun' || sp.kind === 'group' || sp.kind === 'org') continue;
      // "The Norwegian Civil Aviation Authority said": a body, whatever its last word.
      if (isBodyName(doc, sp)) continue;
      const title = expertTitle(doc, sp) ?? expertClause(doc, sp);
      if (!title) continue;
      const key = surname(doc, sp) ?? doc.text.slice(sp.start, sp.end).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      if (isCheckable(doc, sp)) continue;
      // "Ruiz said" after "Ana Ruiz, a hydrologist at the University of Lisbon": placed before.
      const name = surname(doc, sp);
      // (Not a mention that overlaps this one: "the verdict of Professor X" reads "Professor X" as its own affiliation.)
      if (name && (checkableBySurname(doc).get(name) ?? []).some((m) => m !== sp && (m.end <= sp.start || sp.end <= m.start))) continue;
      if (name && placedElsewhere(doc, sp, name)) continue;
      // "The researcher said": someone introduced before; the first mention carries the flag.
      const first = doc.tokens[firstTokenFrom(doc, sp.start)]!;
      if (!sp.name && first.pos === 'DET' && !INTRODUCING.has(first.normal)) continue;
      const span = { start: Math.min(sp.start, a.cue.start), end: Math.max(sp.end, a.cue.end) };
      const named = nameOf(doc, sp);
      const who = named ? doc.text.slice(named.start, named.end) : title.startsWith('who ') ? 'this person' : `this ${title.toLowerCase()}`;
      // "who advises governments": the clause, not a title, makes them an authority.
      const bare = title.startsWith('who ') ? `an authority resting on "${title} ..."` : `a bare "${title}"`;
      report({ span, message: `Expert without affiliation: where does ${who} work or publish? Readers cannot check ${bare}.` });
    }
  },
});
