/**
 * Closed-class marker words the factual-slip rules read around a title, a name or an
 * "administration" (rules/data/factual-slip-markers.json, validated here). They are
 * grammar (time adverbs, modifiers, clause words), not knowledge; who held what and when
 * is in rules/data/offices.json.
 */
import { z } from 'zod';
import markersJson from '../data/factual-slip-markers.json';
import { people } from '../../src/document/people.js';
import { loadData } from '../../src/data/load.js';

const words = z.array(z.string().min(1));
const Markers = z.object({
  about: z.string(),
  source: z.string(),
  calendarWords: words,
  courtesyTitles: words,
  deathWords: words,
  historicalPatterns: words,
  takingOffice: z.string().min(1),
  returnedToOffice: z.object({ about: z.string(), verbs: words, complements: words }),
  governmentNouns: words,
  governmentPeople: words,
  governmentModifiers: words,
  governmentActs: words,
  clauseWords: words,
  clausePunct: words,
  objectPrepositions: words,
  recentWords: words,
  nearArticleWords: words,
  weekdays: words,
  monthLeads: words,
  relativeDays: z.record(z.string(), z.number().int()),
  termNouns: z.object({ about: z.string(), nouns: z.record(z.string(), z.array(z.string().min(1))) }),
  termYearLinks: words,
  counterpartNouns: words,
  ministryNouns: words,
  counterpartOwners: words,
  wonOffice: z.object({
    about: z.string(),
    verbs: words,
    objects: z.record(z.string(), z.array(z.string().min(1))),
    crownedVerbs: z.record(z.string(), z.array(z.string().min(1))),
    accessionObjects: words,
    handVerbs: words,
    handParticles: words,
    kindObjects: z.record(z.string(), z.array(z.string().min(1))),
    electedVerbs: words,
    leftVerbs: words,
    termStartVerbs: words,
    termEndVerbs: words,
    becameVerbs: words,
    yearNouns: words,
    yearNounLeads: words,
    yearLinks: words,
  }),
  recurringWeekday: z.object({ about: z.string(), everyWords: words, anchorWords: words, weakAnchorWords: words, rangeEnds: words }),
  figures: z.object({
    about: z.string(),
    totalPhrases: words,
    fractions: z.record(z.string(), z.number().positive().lt(1)),
    shareQualifiers: z.record(z.string(), z.enum(['about', 'below', 'above', 'under'])),
    percentWords: words,
    shareLinks: words,
    bornWords: words,
    anniversaryWords: words,
    sumNouns: words,
    sumLinks: words,
    definiteWords: words,
    currencyBefore: words,
    currencyAfter: words,
    scales: z.record(z.string(), z.number().positive()),
  }),
  officeClause: z.object({ headVerbs: words, headNouns: words, nowWords: words, stillWords: words, perfectAux: words, perfectHeadVerbs: words, perfectTitleVerbs: words, inOffice: words, thenWords: words, roleWords: words, actVerbs: words, actBreaks: words, ledNouns: words, ledRelatives: words, partOfWords: words }),
});
const data = loadData('factual-slip-markers.json', Markers, markersJson);

/** Weekdays and months: a capital after a name that does not lengthen the name ("Trump Monday"). */
export const CALENDAR_WORDS = new Set(data.calendarWords);
/** Titles of courtesy that say nothing about office ("Mr. Brown" is still the Brown of the record). */
export const COURTESY_TITLES = new Set(data.courtesyTitles);
/** Lower-case words that open a name ("de Klerk", "von der Leyen", "bin Salman"). */
export const NAME_PARTICLES = people.nameParticles;
/** "former President X": the writer says X no longer holds the office. */
export const FORMER_WORDS = people.formerWords;
/** "the late President X", "the slain president": the writer says X has died. */
export const DEATH_WORDS = new Set(data.deathWords);
/** Words before a title that make it another claim than "holds this office now" ("then-President", "acting President"). */
export const TITLE_MODIFIERS = people.titleModifiers;
/** Patterns (PhraseIndex syntax) that place a sentence in the past, where a title can be right for the time described. */
export const HISTORICAL_PATTERNS = data.historicalPatterns;
/** Taking office, said of the person in the same sentence ("who was reelected in 2024 and sworn in on January 20, 2025"). */
export const TAKING_OFFICE = new RegExp(data.takingOffice, 'i');
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/**
 * "... returned former President X to office for a second term": the verb ends the text before
 * the modifier (verbBefore), the complement opens the text after the name (complementAfter).
 */
export const RETURNED_TO_OFFICE = {
  verbBefore: new RegExp(`\\b(?:${data.returnedToOffice.verbs.map(escape).join('|')})\\s+$`, 'i'),
  complementAfter: new RegExp(`^\\s+(?:${data.returnedToOffice.complements.map(escape).join('|')})\\b`, 'i'),
};
/** Nouns for a government named after its leader: "the Obama administration", "the Merkel government". */
export const GOVERNMENT_NOUNS = new Set(data.governmentNouns);
/** Nouns for people and teams after "the X administration": they may be from any time ("administration officials"). */
export const GOVERNMENT_PEOPLE = new Set(data.governmentPeople);
/** Words before "X administration" that put it outside its term: "the incoming X administration". */
export const GOVERNMENT_MODIFIERS = new Set(data.governmentModifiers);
/** "Obama's 2014 decision": acts of a government that carry their year. */
export const GOVERNMENT_ACTS = new Set(data.governmentActs);
/** Words that open another clause: a year after them dates another event. */
export const CLAUSE_WORDS = new Set(data.clauseWords);
export const CLAUSE_PUNCT = new Set(data.clausePunct);
/** Prepositions that make the name after them an object, not the subject of the verb that follows ("signed by X was ..."). */
export const OBJECT_PREPOSITIONS = new Set(data.objectPrepositions);
/** Words that tie a weekday to the article's date, with the day offset they mean. */
/** "this week", "on Tuesday": the days around the article date. */
export const RECENT_WORDS = new Set(data.recentWords);
/** "last month": an act in the weeks before the article. */
export const NEAR_ARTICLE_WORDS = new Set(data.nearArticleWords);
export const WEEKDAY_WORDS = new Set(data.weekdays);
/** "in September", "since March": a bare month after one of these is a date. */
export const MONTH_LEADS = new Set(data.monthLeads);
export const RELATIVE_DAYS: Record<string, number> = data.relativeDays;
/** "X, who (now) heads <body>", "X, head of <body>", "X was still <title> in YEAR": the clause's words. */
export const OFFICE_CLAUSE = {
  headVerbs: new Set(data.officeClause.headVerbs),
  headNouns: new Set(data.officeClause.headNouns),
  nowWords: new Set(data.officeClause.nowWords),
  stillWords: new Set(data.officeClause.stillWords),
  /** "has", "have": the present perfect's auxiliary ("who has led NATO since 2014"). */
  perfectAux: new Set(data.officeClause.perfectAux),
  /** Participles that take the body: "has led NATO since 2014". */
  perfectHeadVerbs: new Set(data.officeClause.perfectHeadVerbs),
  /** Participles that take a title, as token sequences: "has been chancellor", "has served as prime minister". */
  perfectTitleVerbs: data.officeClause.perfectTitleVerbs.map((v) => v.split(/\s+/)),
  /** "in office", "in power": held from "since" to now, of the office of the title before the name. */
  inOffice: data.officeClause.inOffice.map((v) => v.split(/\s+/)),
  /** "then", "at the time": before "led by X", who led a body or country at the act's time. */
  thenWords: data.officeClause.thenWords.map((v) => v.split(/\s+/)),
  /** "as": "X's 2025 trip to Oman as foreign secretary" puts the title on the act's time. */
  roleWords: new Set(data.officeClause.roleWords),
  /** Past-tense acts in office: "Chancellor X, who visited Windhoek in 2023," reads the title at the act's time. */
  actVerbs: new Set(data.officeClause.actVerbs),
  /** Words in that clause that put the act outside the office: "as opposition leader", "before taking office". */
  actBreaks: new Set(data.officeClause.actBreaks),
  /** "the coalition X has led since 2023": what a head of government leads, before the name. */
  ledNouns: new Set(data.officeClause.ledNouns),
  ledRelatives: new Set(data.officeClause.ledRelatives),
  /** "a team from the World Bank, led by X": before the body, these make the team the thing led. */
  partOfWords: new Set(data.officeClause.partOfWords),
};

/** "X's presidency": nouns for a stretch in office, with the roles the office must carry (none: any office). */
export const TERM_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(data.termNouns.nouns));
/** "in 2021, during X's presidency", "under X's leadership in 2021": words that tie the year to the stretch. */
export const TERM_YEAR_LINKS = new Set(data.termYearLinks);
/** "X's defence ministry": nouns for a ministry named by its field, whose minister's title is "<field> minister". */
export const MINISTRY_NOUNS = new Set(data.ministryNouns);
/** "his Algerian counterpart, X": the noun and its owners. */
export const COUNTERPART_NOUNS = new Set(data.counterpartNouns);
export const COUNTERPART_OWNERS = new Set(data.counterpartOwners);
/** "who won the presidency in 2022", "who took office in 2019", "who was elected in 2018". */
export const WON_OFFICE = {
  verbs: new Set(data.wonOffice.verbs),
  objects: new Map(Object.entries(data.wonOffice.objects)),
  electedVerbs: new Set(data.wonOffice.electedVerbs),
  /** "who was crowned in 1986", "King X, crowned in 1986,": the roles of the offices meant. */
  crownedVerbs: new Map(Object.entries(data.wonOffice.crownedVerbs)),
  /** "came to the throne", "ascended the throne": the accession itself, dated to the reign's first year. */
  accessionObjects: new Set(data.wonOffice.accessionObjects),
  /** "who handed power to his son in 2003": the end of a stretch, handed on. */
  handVerbs: new Set(data.wonOffice.handVerbs),
  handParticles: new Set(data.wonOffice.handParticles),
  /** "power" with no title before the name: any office of these kinds the person held. */
  kindObjects: new Map(Object.entries(data.wonOffice.kindObjects)),
  /** "who left office in 2015", "who lost the presidency in 2020": the end of a stretch. */
  leftVerbs: new Set(data.wonOffice.leftVerbs),
  /** "whose presidency began / ended in 2015". */
  termStartVerbs: new Set(data.wonOffice.termStartVerbs),
  termEndVerbs: new Set(data.wonOffice.termEndVerbs),
  /** "became", "was sworn in as" (token sequences, longest first): a start of a stretch, before a title. */
  becameVerbs: data.wonOffice.becameVerbs.map((v) => v.split(/\s+/)).sort((a, b) => b.length - a.length),
  /** "2010, the (same) year (in which) X became ...": a gloss on the year before it. */
  yearNouns: new Set(data.wonOffice.yearNouns),
  yearNounLeads: new Set(data.wonOffice.yearNounLeads),
  yearLinks: data.wonOffice.yearLinks.map((v) => v.split(/\s+/)).sort((a, b) => b.length - a.length),
};
/** "every Tuesday since 4 September", "on Mondays from 7 October": the words around a recurring weekday. */
export const RECURRING_WEEKDAY = {
  everyWords: new Set(data.recurringWeekday.everyWords),
  anchorWords: new Set(data.recurringWeekday.anchorWords),
  /** "every Saturday from 1 June": often only the start of a period, so a weak signal. */
  weakAnchorWords: new Set(data.recurringWeekday.weakAnchorWords),
  /** "... from 1 June to 31 August": a period, not a first day. */
  rangeEnds: new Set(data.recurringWeekday.rangeEnds),
};

const phrases = (list: readonly string[]) => list.map((v) => v.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
/** Arithmetic the sentence states on its own figures: totals, shares, ages, anniversaries (token sequences, longest first). */
export const FIGURES = {
  totalPhrases: phrases(data.figures.totalPhrases),
  fractions: [...Object.entries(data.figures.fractions)].map(([k, v]) => ({ words: k.split(/\s+/), value: v })).sort((a, b) => b.words.length - a.words.length),
  qualifiers: [...Object.entries(data.figures.shareQualifiers)].map(([k, v]) => ({ words: k.split(/\s+/), how: v })).sort((a, b) => b.words.length - a.words.length),
  percentWords: phrases(data.figures.percentWords),
  shareLinks: phrases(data.figures.shareLinks),
  bornWords: phrases(data.figures.bornWords),
  anniversaryWords: new Set(data.figures.anniversaryWords),
  sumNouns: new Set(data.figures.sumNouns),
  sumLinks: phrases(data.figures.sumLinks),
  definiteWords: new Set(data.figures.definiteWords),
  currencyBefore: new Set(data.figures.currencyBefore),
  currencyAfter: new Set(data.figures.currencyAfter),
  scales: new Map(Object.entries(data.figures.scales)),
};
