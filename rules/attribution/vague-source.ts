import { vagueData as data, type VaguePhrase as Phrase } from './_vague-data.js';
import { inSummary } from './_speaker.js';
import { hasProperName, makeMention, phraseBefore } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import type { Document, Mention, Span, Token } from '../../src/document/types.js';
import { tokensIn } from '../../src/document/index.js';
import { attributionsIn, firstTokenFrom, inQuoteContent, perDocument } from '../../src/engine/doc-cache.js';
import { defineRule } from '../../src/engine/rule.js';

const groups = new Set(data.groups);
const collectives = new Set(data.collectives);
const phrases = new PhraseIndex(data.phrases.map((p) => [p.pattern, p] as [string, Phrase]));
const campaignSides = new Set(data.campaignSides);
const voteWords = new Set(data.voteWords);
const voteOptions = new Set(data.voteOptions);
const sideWords = new Set(data.sideWords);
const crowds = new Set(data.crowds);
const crowdClaimCues = new Set(data.crowdClaimCues);
const convictions = new PhraseIndex(data.convictions.map((p) => [p, p] as [string, string]));
const rumours = new PhraseIndex(data.rumours.map((p) => [p, p] as [string, string]));
const communities = new Set(data.communities);
const beliefs = new PhraseIndex(data.beliefs.map((p) => [p, p] as [string, string]));
const sectors = new Set(data.sectors);
const quantities = new Set(data.quantities);
const thingPlurals = new Set(data.thingPlurals);
const qualifiedCrowds = new Map(Object.entries(data.qualifiedCrowds.heads).map(([head, mods]) => [head, new Set(mods)]));
const qualifiedCues = new Set(data.qualifiedCrowds.cues);
const mannerCues = new Set(data.mannerCues);

/**
 * "Business figures complained", "opposition figures said": a head that is people only after
 * one of its modifiers (right before it), speaking with a verb only people use ("Trade
 * figures show exports fell" are numbers).
 */
function qualifiedCrowd(doc: Document, a: Document['attributions'][number], sp: Mention, head: string): boolean {
  const mods = qualifiedCrowds.get(head);
  if (!mods || !qualifiedCues.has(doc.tokens[a.cueToken]!.lemma.toLowerCase())) return false;
  const k = firstTokenFrom(doc, sp.head.start);
  const mod = doc.tokens[k - 1];
  return !!mod && mod.start >= sp.start && !mod.possessive && mods.has(mod.normal);
}

/**
 * The article is about a vote: it has a referendum, plebiscite or ballot, or a side of
 * one ("the No side", "the Yes campaign"; written as an option, capitalised, after "the").
 */
const aboutVote = (doc: Document) =>
  perDocument(doc, 'attribution/vague-source:vote', () =>
    doc.tokens.some((t, k) => voteWords.has(t.normal) || (voteOptions.has(t.text) && doc.tokens[k - 1]?.normal === 'the' && sideWords.has(doc.tokens[k + 1]?.normal ?? ''))),
  );

/**
 * "Supporters of repeal argued", in a referendum story: one side of the vote, named by
 * the measure it backs (no name in the measure, "of" right after the head). The side is
 * an identifiable campaign, not an unnamed crowd.
 */
function campaignSide(doc: Document, sp: Mention, head: string): boolean {
  if (!campaignSides.has(head)) return false;
  const toks = tokensIn(doc.tokens, sp);
  const h = toks.findIndex((t) => t.start === sp.head.start);
  if (h < 0 || toks[h + 1]?.normal !== 'of' || h + 2 >= toks.length) return false;
  return !toks.slice(h + 2).some((t) => t.capitalised) && aboutVote(doc);
}

/**
 * "Some tourists told the Post ...; others said ...": "others" are more of a crowd the
 * sentence has already named ("some tourists"), not an unnamed group of their own.
 */
function contrastsEarlierCrowd(doc: Document, k: number): boolean {
  const s = doc.sentences[doc.tokens[k]!.sentence]!;
  for (let i = s.tokenStart; i < k; i++) if (/^(some|many|several)$/.test(doc.tokens[i]!.normal)) return true;
  return false;
}

/** "figures doing the rounds in Westminster suggest": a speaker found inside the wording is no speaker of its own. */
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * "Some residents blamed themselves, the mayor said": the crowd's view comes to the reader
 * through a named speaker in the same sentence, who answers for it.
 */
function reportedByNamedSpeaker(doc: Document, sentence: number, span: Span): boolean {
  return attributionsIn(doc, sentence).some((a) => !!a.speaker?.name && (a.cue.end <= span.start || a.cue.start >= span.end) && !overlaps(a.speaker, span));
}

/** Conjunctions that, after a comma, start a new clause with its own subject and cue. */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * "The gunman is thought to have acted alone, police said": hearsay and consensus frames
 * ("is thought to", "by most accounts") pass on a view; when the same sentence credits it
 * to a speaker who is not itself a vague crowd, that speaker answers for it. With
 * `clauseOnly`, only a cue in the span's own clause does (no ";" and no comma followed by a
 * conjunction between them): "The mine is reckoned to be worth $2 billion, and the company
 * says it will hire 900": the company answers for the hiring only.
 */
function creditedInSentence(doc: Document, sentence: number, span: Span, clauseOnly = false): boolean {
  const { tokens } = doc;
  const broken = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (t.text === ';' || (t.text === ',' && CLAUSE_JOINS.has(tokens[k + 1]?.normal ?? ''))) return true;
    }
    return false;
  };
  return attributionsIn(doc, sentence).some((a) => {
    if (!a.speaker || overlaps(a.speaker, span) || overlaps(a.cue, span)) return false;
    if (groups.has(doc.text.slice(a.speaker.head.start, a.speaker.head.end).toLowerCase())) return false;
    if (!clauseOnly) return true;
    const first = Math.min(a.speaker.start, a.cue.start);
    const last = Math.max(a.speaker.end, a.cue.end);
    return last <= span.start ? !broken(firstTokenFrom(doc, last), firstTokenFrom(doc, span.start)) : !broken(firstTokenFrom(doc, span.end), firstTokenFrom(doc, first));
  });
}

const NP_AFTER_AS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET']);

/**
 * The wording ends where a word of it takes another sense: "the view from the summit is
 * that of a desert" ("that" a pronoun, not a clause), "was read in court as a jury
 * listened" ("as" opens a clause of time, not an interpretation: a verb follows its noun).
 * `first`/`last`: the match's first token and the token after it.
 */
function otherSense(tokens: readonly Token[], first: number, last: number): boolean {
  const end = tokens[last - 1]!;
  const next = tokens[last];
  if (!next || next.sentence !== end.sentence) return false;
  if (end.normal === 'that') return next.normal === 'of';
  if ((end.normal !== 'a' && end.normal !== 'an') || tokens[last - 2]?.normal !== 'as' || last - first < 3) return false;
  let k = last;
  // The noun phrase after "as a" ("jury of twelve"), then what follows it.
  while (k < last + 6 && tokens[k] && tokens[k]!.sentence === end.sentence && (NP_AFTER_AS.has(tokens[k]!.pos) || tokens[k]!.normal === 'of')) k++;
  const after = tokens[k];
  return k > last && !!after && after.sentence === end.sentence && (after.pos === 'VERB' || after.pos === 'AUX') && !/ing$/.test(after.normal);
}

/** The plural a collective gathers ("skippers" in "a growing chorus of skippers"), if it names no one. */
function crowdAfterOf(doc: Document, sp: Mention): string | undefined {
  const toks = tokensIn(doc.tokens, sp);
  const of = toks.findIndex((t) => t.normal === 'of');
  if (of < 1) return undefined;
  // "a number of Airbus engineers": a named crowd; "GPs", "MPs" are common nouns.
  const plainPlural = (t: Token) => /^\p{Lu}{2,}s$/u.test(t.text);
  if (toks.slice(of + 1).some((t) => t.capitalised && !plainPlural(t))) return undefined;
  const last = toks[toks.length - 1]!;
  return (last.pos === 'NOUN' && /s$/.test(last.normal)) || plainPlural(last) ? last.text.toLowerCase() === last.normal ? last.normal : last.text : undefined;
}

/** Openers that point back to people already introduced ("the residents", "these farmers"). */
const BACK_REFERENCE = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such']);

/**
 * "Residents insist that no siren sounded", "Resort managers complain": a bare plural of
 * ordinary people (no determiner, no name, no appositive) speaking as one. Returns the
 * severity, or undefined when the speaker is not such a crowd. Vox pops are common and
 * often harmless ("residents said"), so a note; a contested claim ("insist", "claim",
 * "allege") carried by the crowd is a warning.
 */
function plainCrowd(doc: Document, a: Document['attributions'][number], sp: Mention, head: string): 'info' | 'warning' | undefined {
  if (!crowds.has(head) || sp.appositive || sp.kind === 'pronoun') return undefined;
  if (inQuoteContent(doc, a.cue)) return undefined;
  const toks = tokensIn(doc.tokens, sp);
  const h = toks.findIndex((t) => t.start === sp.head.start);
  if (h < 0) return undefined;
  const opener = doc.tokens[firstTokenFrom(doc, sp.start) - 1];
  // "the residents", "many of the farmers": a group named before, or a vague quantifier the phrases handle.
  if (BACK_REFERENCE.has(toks[0]!.normal) || toks[0]!.pos === 'DET' || toks[0]!.pos === 'NUM') return undefined;
  if (opener && opener.sentence === toks[0]!.sentence && (opener.pos === 'DET' || opener.pos === 'NUM' || opener.normal === 'of')) return undefined;
  // "Airbus engineers", "Cayar's fishermen": only plain modifiers before the head ("Local farmers", "Resort managers").
  // A sentence's first word is capitalised anyway, and the tagger may read it as a name ("Tour operators").
  const first = firstTokenFrom(doc, sp.start) === doc.sentences[a.sentence]?.tokenStart;
  const plain = (t: Token, i: number) => !t.possessive && (t.pos === 'ADJ' || t.pos === 'NOUN' || (i === 0 && first && t.pos === 'PROPN'));
  if (!toks.slice(0, h).every(plain)) return undefined;
  // "Farmers from the Oromia Cooperative Union": a body a reader can check.
  if (sp.affiliation && hasProperName(doc.tokens, sp.affiliation)) return undefined;
  // "the goat farmers who say ...": a relative clause describes them; "Locals will tell
  // you": a generic line the phrases read.
  for (let k = firstTokenFrom(doc, sp.end); k < a.cueToken; k++) {
    const t = doc.tokens[k]!;
    if (t.normal === 'who' || t.normal === 'that' || t.pos === 'AUX') return undefined;
  }
  // "Insiders said engineers had warned ...": the crowd is inside another speaker's report.
  if (attributionsIn(doc, a.sentence).some((b) => b !== a && b.cue.end <= sp.start)) return undefined;
  if (crowdClaimCues.has(doc.tokens[a.cueToken]!.lemma.toLowerCase())) return 'warning';
  // "Local business owners said ... "...," said Angela Sutherland, who runs a lodge": one
  // of the crowd is named at once. (A crowd that insists carries its claim all the same.)
  const named = (si: number) => attributionsIn(doc, si).some((b) => b !== a && !!b.speaker?.name && b.speaker.kind !== 'group');
  return named(a.sentence) || named(a.sentence + 1) ? undefined : 'info';
}

/**
 * "Tour reps we spoke to say": the match starts at "we"; the people are the noun phrase
 * right before it (a common noun, with up to two modifiers), which the flag takes in.
 * Undefined when no common noun comes right before.
 */
function withNounBefore<T>(tokens: readonly Token[], m: { span: Span; first: number; last: number; entry: T }) {
  const head = tokens[m.first - 1];
  if (!head || head.sentence !== tokens[m.first]!.sentence) return undefined;
  // A sentence's first word is capitalised anyway, and the tagger may read it as a name ("Economists we contacted").
  const opensSentence = tokens[m.first - 2]?.sentence !== head.sentence;
  if (head.pos !== 'NOUN' && !(head.pos === 'PROPN' && opensSentence && /s$/.test(head.normal))) return undefined;
  let first = m.first - 1;
  // A name before the noun ("Nomura analysts") is taken in only at the start of the sentence,
  // where any word is capitalised and the tagger may misread it ("Tour reps").
  const modifier = (t: Token | undefined) => !!t && t.sentence === head.sentence && !t.possessive && (t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'PROPN' && tokens[first - 2]?.sentence !== head.sentence));
  while (first > m.first - 4 && modifier(tokens[first - 1])) first--;
  // "Three bankers we spoke to said": counted, if not named.
  const count = tokens[first - 1];
  if (count && count.sentence === head.sentence && count.pos === 'NUM') return undefined;
  return { ...m, first, span: { start: tokens[first]!.start, end: m.span.end } };
}

/** Openers that leave a crowd unnamed ("Many residents are convinced", "Two neighbours swear"). */
const CROWD_OPENERS = new Set(['some', 'many', 'most', 'several', 'numerous', 'other', 'few']);

/**
 * "Neighbours swear that", "Many experts are convinced": a word of certainty that is no
 * speech cue, after a bare crowd or vague group as its subject. Returns the subject's
 * head word and the flag's span, or undefined when the subject is someone named or
 * introduced before ("the neighbours", "Airbus engineers", "Critics, including ...").
 */
function convictionOfCrowd(doc: Document, m: { span: Span; first: number }, milieu = false): { head: string; span: Span; community?: boolean } | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[m.first]!.sentence]!;
  const np = phraseBefore(tokens as Token[], m.first, s.tokenStart);
  if (!np) return undefined;
  const sp = makeMention(tokens as Token[], np[0], np[1]);
  if (sp.kind === 'pronoun' || (sp.appositive && hasProperName(tokens, sp.appositive))) return undefined;
  const headTok = tokens[firstTokenFrom(doc, sp.head.start)]!;
  const head = headTok.text.toLowerCase();
  // "Tartu's property world has long whispered that", "the city's banking circles
  // murmur": a milieu speaks as one however it is placed; a capitalised head is a body
  // ("the European Community").
  if (milieu && communities.has(head) && (!headTok.capitalised || np[0] === s.tokenStart && firstTokenFrom(doc, sp.head.start) === np[0])) {
    return { head, span: { start: tokens[np[0]]!.start, end: m.span.end }, community: true };
  }
  if (sp.affiliation && hasProperName(tokens, sp.affiliation)) return undefined;
  if (!crowds.has(head) && !groups.has(head)) return undefined;
  // Only plain words before the head: an opener that leaves them unnamed, adjectives and
  // nouns ("Local fishermen"); a sentence's first word may be read as a name.
  for (let k = np[0]; k < firstTokenFrom(doc, sp.head.start); k++) {
    const t = tokens[k]!;
    const plain = CROWD_OPENERS.has(t.normal) || t.pos === 'NUM' || (!t.possessive && (t.pos === 'ADJ' || t.pos === 'NOUN' || (k === s.tokenStart && t.pos === 'PROPN')));
    if (!plain) return undefined;
  }
  // The head itself as a name is only the sentence's capital ("Neighbours swear").
  if (headTok.pos === 'PROPN' && np[0] !== s.tokenStart) return undefined;
  return { head, span: { start: tokens[np[0]]!.start, end: m.span.end } };
}

/**
 * "Vintners near Mendoza suspect", "bankers across the Baltics say": the name after the head
 * only places the crowd (a place preposition, no word of a body such as "Bank" or
 * "Ministry", no possessive), so it names no one a reader could check.
 */
function placeOnly(doc: Document, aff: Span): boolean {
  const { tokens } = doc;
  const k = firstTokenFrom(doc, aff.start);
  const prep = tokens[k - 1];
  if (!prep || !PLACE_PREPOSITIONS.has(prep.normal)) return false;
  for (let i = k; i < tokens.length && tokens[i]!.start < aff.end; i++) {
    const t = tokens[i]!;
    if (t.possessive || people.orgWords.has(t.bare) || people.orgWords.has(t.normal)) return false;
  }
  return true;
}

/** Prepositions that place a crowd ("growers in the highlands", "merchants across the valley"). */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'around', 'throughout', 'on', 'along', 'near', 'outside']);
/** Words that tie a quantity to what it counts ("much of the trade", "many in the industry"). */
const QUANTITY_LINKS = new Set(['of', 'in', 'within', 'across', 'among', 'amongst']);
/** "suppliers", "importers", "consultants", "pharmacists": a plural agent noun names people. */
const AGENT_PLURAL = /(?:er|or|ist|ian|ant)s$/;

/** A plural head that names people: the shared lists know it, or it is an agent noun that names no thing. */
function peoplePlural(w: string): boolean {
  if (thingPlurals.has(w) || sectors.has(w)) return false;
  return crowds.has(w) || groups.has(w) || people.groupNouns.has(w) || people.roles.has(w.replace(/s$/, '')) || AGENT_PLURAL.test(w);
}

/**
 * "Large parts of the shipping industry suspect that", "Coffee growers in the highlands
 * assume that": the subject of a belief verb (no speech verb) is a vague group of a
 * trade or a place. Returns the head word and the flag's span, or undefined when the
 * subject is someone named, introduced before ("the growers"), a body, or a bare crowd
 * with nothing to place it ("Residents fear that").
 */
function beliefOfCrowd(doc: Document, m: { span: Span; first: number }): { head: string; span: Span } | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[m.first]!.sentence]!;
  // "Critics suspect that", "Many economists assume": a vague group word, read as for the convictions.
  const found = convictionOfCrowd(doc, m);
  if (found && groups.has(found.head)) return found;
  const np = phraseBefore(tokens as Token[], m.first, s.tokenStart);
  if (!np) return undefined;
  const span = { start: tokens[np[0]]!.start, end: m.span.end };
  // A quantity of a trade: "Many in the timber industry", "large parts of the sector".
  for (let q = np[0]; q < Math.min(np[0] + 3, np[1] - 1); q++) {
    if (!quantities.has(tokens[q]!.normal) || !QUANTITY_LINKS.has(tokens[q + 1]!.normal)) continue;
    for (let k = q + 2; k < np[1]; k++) {
      const t = tokens[k]!;
      if (t.capitalised && !t.possessive && t.pos === 'PROPN' && !people.places.has(t.text)) {
        // "Much of the Harbour Traders' Guild": a body, named.
        if (k + 1 < np[1] && people.orgWords.has(tokens[k + 1]!.bare)) return undefined;
      }
      if (t.pos === 'NOUN' && !t.possessive && !t.capitalised && sectors.has(t.normal)) return { head: t.normal, span };
    }
    return undefined;
  }
  // A bare plural of people, placed by a trade word before it or a place after it.
  const sp = makeMention(tokens as Token[], np[0], np[1]);
  if (sp.kind === 'pronoun' || sp.name && sp.name.start <= sp.head.start && sp.head.end <= sp.name.end && firstTokenFrom(doc, sp.head.start) !== s.tokenStart) return undefined;
  const h = firstTokenFrom(doc, sp.head.start);
  const head = tokens[h]!;
  if (h >= np[1] || head.possessive || !(head.pos === 'NOUN' || (head.pos === 'PROPN' && h === s.tokenStart)) || !peoplePlural(head.normal)) return undefined;
  let trade = false;
  for (let k = np[0]; k < h; k++) {
    const t = tokens[k]!;
    if (CROWD_OPENERS.has(t.normal) || (t.pos === 'ADJ' && !t.possessive)) continue;
    if (!t.possessive && (t.pos === 'NOUN' || (k === s.tokenStart && t.pos === 'PROPN'))) {
      trade = true;
      continue;
    }
    return undefined;
  }
  let place = false;
  if (h + 1 < np[1]) {
    if (!PLACE_PREPOSITIONS.has(tokens[h + 1]!.normal)) return undefined;
    // "exporters in the Cocoa Growers' Union": a body, not a place.
    for (let k = h + 2; k < np[1]; k++) if (people.orgWords.has(tokens[k]!.bare) && tokens[k]!.capitalised) return undefined;
    place = true;
  }
  return trade || place ? { head: head.normal, span } : undefined;
}

/** How many words a fronted "As ..." clause may run to its verb, and past it to its comma ("for years"). */
const MANNER_REACH = 10;
const MANNER_TAIL = 4;

/**
 * "As nurses have long warned, the night wards run short": a clause of
 * manner that opens the sentence and credits what follows to a crowd (a bare plural of
 * people, placed or not; no determiner, possessive or name). Returns the flag's span (the
 * clause, without its comma), or undefined.
 */
function mannerClause(doc: Document, si: number): Span | undefined {
  const { tokens } = doc;
  const s = doc.sentences[si]!;
  const k0 = s.tokenStart;
  if (tokens[k0]?.normal !== 'as') return undefined;
  let v = -1;
  for (let k = k0 + 2; k < Math.min(s.tokenEnd, k0 + MANNER_REACH); k++) {
    const t = tokens[k]!;
    if (t.text === ',') break;
    if (t.pos === 'VERB' && mannerCues.has(t.lemma.toLowerCase())) {
      v = k;
      break;
    }
  }
  if (v < 0) return undefined;
  // The crowd runs to the auxiliaries and adverbs before the verb ("have long", "had").
  let e = v;
  while (e - 1 > k0 + 1 && (tokens[e - 1]!.pos === 'AUX' || tokens[e - 1]!.pos === 'ADV')) e--;
  // The head: the first plural of people; only plain words before it, only a place after it.
  let h = k0 + 1;
  while (h < e && !(tokens[h]!.pos === 'NOUN' && !tokens[h]!.capitalised && !tokens[h]!.possessive && (peoplePlural(tokens[h]!.normal) || groups.has(tokens[h]!.normal)))) {
    const t = tokens[h]!;
    // ("nursing assistants": a gerund modifier is read as a verb.)
    if (t.capitalised || t.possessive || !(t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && /ing$/.test(t.normal)) || CROWD_OPENERS.has(t.normal))) return undefined;
    h++;
  }
  if (h >= e) return undefined;
  if (h + 1 < e) {
    if (!PLACE_PREPOSITIONS.has(tokens[h + 1]!.normal)) return undefined;
    for (let k = h + 2; k < e; k++) if (tokens[k]!.possessive || (tokens[k]!.capitalised && people.orgWords.has(tokens[k]!.bare))) return undefined;
  }
  // The clause ends at a comma a few words past the verb ("for years", "long"): no object.
  let c = v + 1;
  while (c < s.tokenEnd && c <= v + MANNER_TAIL && tokens[c]!.text !== ',') c++;
  if (tokens[c]?.text !== ',' || c >= s.tokenEnd) return undefined;
  return { start: tokens[k0]!.start, end: tokens[c - 1]!.end };
}

export default defineRule({
  meta: {
    id: 'attribution/vague-source',
    category: 'attribution',
    severity: 'warning',
    description: 'A claim credited to an unnamed crowd: "experts argue", "critics say", "according to analysts".',
    why: 'Readers cannot weigh a claim when they cannot tell who makes it; "critics say" can stand for one person or for the writer.',
    examples: {
      flagged: [
        { text: 'Critics say the new stadium will never pay for itself.', flag: 'Critics say' },
        { text: 'According to analysts, the merger could cut 4,000 jobs.', flag: 'According to analysts' },
        { text: 'It is widely believed that the minister will resign before the summer.', flag: 'It is widely believed' },
      ],
      fine: [
        { text: 'Analysts at Morgan Stanley said the merger could cut 4,000 jobs.' },
        { text: 'Critics of the plan, including Mayor Ana Ruiz, say the stadium will never pay for itself.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    const reported: Span[] = [];
    for (const a of doc.attributions) {
      const sp = a.speaker;
      if (!sp || sp.refersTo) continue;
      // A headline or standfirst compresses: "Scientists urge ..." over a body that names who they are.
      if (inSummary(doc, a.cue)) continue;
      // A name that is the head names the speaker; one in a modifier does not ("City Hall insiders").
      let head = doc.text.slice(sp.head.start, sp.head.end).toLowerCase();
      if (sp.name && sp.name.start <= sp.head.start && sp.head.end <= sp.name.end) continue;
      // "A growing chorus of skippers argues", "a number of critics say": the crowd is the plural after "of".
      const collective = collectives.has(head);
      if (collective) {
        const crowd = crowdAfterOf(doc, sp);
        if (!crowd) continue;
        head = crowd;
      } else if (!groups.has(head) && !qualifiedCrowd(doc, a, sp, head)) {
        const severity = plainCrowd(doc, a, sp, head);
        if (severity) {
          const span = { start: Math.min(sp.start, a.cue.start), end: Math.max(sp.end, a.cue.end) };
          reported.push(span);
          report({ span, severity, message: `Unnamed ${head}: which ones, and how many? Name one, or say how many were asked.` });
        }
        continue;
      }
      if (head === 'others' && contrastsEarlierCrowd(doc, firstTokenFrom(doc, sp.head.start))) continue;
      // (A collective's crowd was read for names already: "GPs" is no body.)
      if (!collective && sp.affiliation && hasProperName(tokens, sp.affiliation) && !placeOnly(doc, sp.affiliation)) continue;
      // "Critics of the plan, including Mayor Ana Ruiz, say": some of them are named.
      if (sp.appositive && hasProperName(tokens, sp.appositive)) continue;
      const start = Math.min(sp.start, a.cue.start);
      const end = Math.max(sp.end, a.cue.end);
      reported.push({ start, end });
      if (!collective && campaignSide(doc, sp, head)) {
        report({ span: { start, end }, severity: 'info', message: `One side of the vote, named by what it backs: quote its campaign or a named spokesperson if you can.` });
        continue;
      }
      report({ span: { start, end }, message: `Vague attribution: which ${head}? Name them or say why they cannot be named.` });
    }
    // "As nurses have long warned, ...": a fronted clause of manner.
    for (let si = 0; si < doc.sentences.length; si++) {
      const span = mannerClause(doc, si);
      if (!span || inSummary(doc, span) || inQuoteContent(doc, span) || reported.some((r) => r.start < span.end && span.start < r.end)) continue;
      reported.push(span);
      report({ span, message: `"${doc.text.slice(span.start, span.end)}": the claim that follows is credited to an unnamed crowd. Which ones? Name one, or say how many.` });
    }
    // "Neighbours swear that", "Many residents are convinced": certainty with no speech cue.
    for (const m of convictions.matchDocument(doc)) {
      if (inQuoteContent(doc, m.span) || reported.some((r) => r.start < m.span.end && m.span.start < r.end)) continue;
      const found = convictionOfCrowd(doc, m);
      if (!found || reportedByNamedSpeaker(doc, tokens[m.first]!.sentence, found.span)) continue;
      reported.push(found.span);
      report({ span: found.span, message: `"${doc.text.slice(found.span.start, found.span.end)}": a view credited to an unnamed crowd. Which ones, and how many? Name one, or say how many were asked.` });
    }
    // "Many in the timber industry assume that", "Coffee growers in the highlands fear that": a
    // belief verb (no speech verb) after a vague group of a trade or a place.
    for (const m of beliefs.matchDocument(doc)) {
      const verb = tokens[m.first]!;
      // "the fear that", "a suspect that police ...": a noun, not the crowd's verb. The tagger
      // may read a present tense as a noun after a plural ("contractors fear that"), which is taken.
      const prev = tokens[m.first - 1];
      const verbal = verb.pos === 'VERB' || verb.pos === 'AUX' || (verb.pos === 'NOUN' && !!prev && prev.sentence === verb.sentence && prev.pos === 'NOUN' && !prev.possessive && /s$/.test(prev.normal));
      if (!verbal || inQuoteContent(doc, m.span) || reported.some((r) => r.start < m.span.end && m.span.start < r.end)) continue;
      const found = beliefOfCrowd(doc, m);
      if (!found || reportedByNamedSpeaker(doc, verb.sentence, found.span)) continue;
      reported.push(found.span);
      report({ span: found.span, message: `"${doc.text.slice(found.span.start, found.span.end)}": a belief credited to an unnamed ${sectors.has(found.head) ? 'trade' : 'crowd'}. Who in it holds it, and how many? Name one, or say how many were asked.` });
    }
    // "The business community has long whispered that", "Traders mutter that": a rumour
    // verb after a milieu or a bare crowd passes a claim on as hearsay.
    for (const m of rumours.matchDocument(doc)) {
      const verb = tokens[m.first]!;
      // "the whispers that": a noun, not the crowd's verb; the tagger may read a present
      // tense as a noun ("community whisper that"), so a noun right before "that" is taken.
      const verbal = verb.pos === 'VERB' || (verb.pos === 'NOUN' && tokens[m.first + 1]?.normal === 'that' && tokens[m.first - 1]?.pos !== 'DET');
      if (!verbal || inQuoteContent(doc, m.span) || reported.some((r) => r.start < m.span.end && m.span.start < r.end)) continue;
      const found = convictionOfCrowd(doc, m, true);
      if (!found || reportedByNamedSpeaker(doc, verb.sentence, found.span)) continue;
      reported.push(found.span);
      const text = doc.text.slice(found.span.start, found.span.end);
      report({
        span: found.span,
        message: found.community
          ? `"${text}": a rumour credited to a whole milieu. Who in it says so? Name a source, or say how the claim was checked.`
          : `"${text}": a rumour from an unnamed crowd. Which ones, and how many? Name one, or say how many were asked.`,
      });
    }
    for (const found of phrases.matchDocument(doc)) {
      const m = found.entry.nounBefore ? withNounBefore(tokens, found) : found;
      if (!m) continue;
      // A headline or standfirst compresses: "Scientists urge ..." over a body that names who they are.
      if (inSummary(doc, m.span)) continue;
      // "Nomura analysts expect", "the bank's economists predict": a named crowd.
      // (A wording that opens with its verb, "is reckoned to", has the thing judged before it, not the crowd.)
      const before = tokens[m.first - 1];
      const opensWithVerb = tokens[m.first]!.lemma.toLowerCase() === 'be';
      if (!opensWithVerb && before && before.sentence === tokens[m.first]!.sentence && before.capitalised && (before.pos === 'PROPN' || before.possessive)) continue;
      // Already reported as the speaker of a cue ("critics say").
      if (reported.some((r) => r.start < m.span.end && m.span.start < r.end)) continue;
      if (tokens[m.first]!.normal === 'others' && contrastsEarlierCrowd(doc, m.first)) continue;
      if (reportedByNamedSpeaker(doc, tokens[m.first]!.sentence, m.span)) continue;
      // "We have heard from more than one person": the outlet's voice, not a quoted speaker's "we".
      if (m.entry.notInQuote && inQuoteContent(doc, m.span)) continue;
      if (m.entry.quietWhenSourced && creditedInSentence(doc, tokens[m.first]!.sentence, m.span, m.entry.clauseSourced)) continue;
      if (otherSense(tokens, m.first, m.last)) continue;
      // "she let it be understood that", "had it be said": "it" is the object of a verb whose
      // subject does the act (a bare "be" after it), not the dummy subject of "it is known".
      if (tokens[m.first]!.normal === 'it' && tokens[m.first + 1]?.normal === 'be' && before?.sentence === tokens[m.first]!.sentence && before.pos === 'VERB') continue;
      // "according to one estimate by the central bank": the next word brings in the owner.
      const after = tokens[m.last];
      if (m.entry.notBefore && after && after.sentence === tokens[m.first]!.sentence && m.entry.notBefore.includes(after.normal)) continue;
      // "according to figures compiled by a polling firm": any participle that hands the figure to its owner with "by".
      if (m.entry.notBefore?.includes('by') && after && after.sentence === tokens[m.first]!.sentence && after.pos === 'VERB' && tokens[m.last + 1]?.normal === 'by') continue;
      const text = doc.text.slice(m.span.start, m.span.end);
      // One report per wording: "the conventional wisdom" also matches from "conventional".
      reported.push(m.span);
      report({ span: m.span, severity: m.entry.severity, message: m.entry.message.replace('{text}', text).replace('{head}', tokens[m.first]!.normal) });
    }
  },
});
