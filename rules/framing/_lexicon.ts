/**
 * The framing rules' wordings (rules/data/framing.json), validated once and compiled
 * into phrase indexes. Private helper: not a rule.
 */
import { z } from 'zod';
import framingJson from '../data/framing.json';
import { loadData } from '../../src/data/load.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { stem } from '../../src/engine/cluster-text.js';
import type { Token } from '../../src/document/types.js';

const words = z.array(z.string().min(1));
const patterns = z.array(z.string().min(1)).min(1);
const actorType = z.object({ nouns: words, suffixes: words });
const statusSide = z.object({ label: z.string().min(1), patterns });

const FramingData = z.object({
  about: z.string(),
  source: z.string(),
  silence: z.object({
    strong: patterns,
    weak: patterns,
    /** "has not answered the auditors' allegations": strong silences that name their own topic; only a denial of it answers them. */
    topical: patterns,
    /** "which has not disputed skipping the audit": a silence of denial on the matter that follows; only the same actor's denial of that matter answers it. */
    undenied: patterns,
    narrowers: words,
    /** "silent on whether the data was taken": narrower only when the clause is another topic than the denial's. */
    restatable: words,
    /** "silent on the allegations" covers any response; "silent on the cost" only speech about the cost. */
    broadTopics: words,
    /** "would not discuss the appendix on grazing fees": a part of a document, whose matter is what follows it ("on grazing fees"). */
    containerTopics: words,
    background: words,
    /** "Asked whether the mine would close, the company declined to comment": the question is the silence's topic. */
    askedOpeners: words,
    /** "asked about the dinner", "asked for a copy of the certificate": words that open the question asked. */
    askedPrepositions: words,
    /** "about the villages the leaders say were missed": a topic that carries other sources' claim (a reduced relative clause's verb). */
    relativeClaimVerbs: words,
    /** "did not say where it bought the starch": a narrower question, read only against a flat denial. */
    questionWords: words,
    /** "has not responded to questions about how the fares were set" after "said the fares were based on distance": wordings that answer a how/why question. */
    whAnswers: z.object({ how: patterns, why: patterns }),
    /** "has offered no account of why ...": the words of a silence that says no explanation was given, which the actor's own quoted explanation contradicts. */
    explanationWords: words,
    /** "would not go into details": the details of the question asked before the silence. */
    detailWords: words,
    /** Cues that make a statement a denial ("denied that", "rejected"). */
    denialCues: words,
    /** "sidestepped questions about", "has yet to explain where": read only after the same actor's denial. */
    evasion: patterns,
    /** "sent a statement that did not address the question": the sender is the silent one. */
    statementNouns: words,
    /** "last year", "when we asked": too common to tie a question to a denial. */
    genericWords: words,
    /** "There was no reply from the ministry on ...": the silent actor follows the wording. */
    impersonal: patterns,
    /** "Our questions about ... went unanswered": the questions (`questionNouns`) stand before the wording. */
    unanswered: patterns,
    /** "sent a link to its annual report", "let our deadline pass without", "does not discuss individual suppliers": answers that are not answers, read only as follow-ups with a question. */
    nonAnswers: patterns,
    /** Verbs of one act ("reported" / "had told supervisors"): a question with one restates a denial with another. */
    sameActs: z.array(words.min(2)),
    questionNouns: words,
    /** "Whether ... is a question the ministry left open": a wh-clause, this, the actor, then `openVerbs`. */
    openQuestion: patterns,
    openVerbs: patterns,
    /** "Whether ... was put to the company on Monday. It has yet to reply.": a question put, then a silence in the next sentence. */
    putQuestion: patterns,
    /** "It has yet to reply", "had not responded by": the silence that follows a question put. */
    putSilence: patterns,
    /** "denied the ship was overloaded" ... "silent on how many tickets were sold": a denial of an amount, a "how many" question. */
    quantityWords: words,
  }),
  speech: z.object({
    negators: words,
    modals: words,
    conditionals: words,
    /** "disputed that", "rejected claims that": denials the attribution finder may not read as speech. */
    denials: patterns,
  }),
  proxyRoles: words,
  /** "former spokesman": no longer speaks for the body. */
  pastRoles: words,
  /** "the defence" is spoken for by its lawyers. */
  sides: z.array(z.object({ side: words, members: words })),
  groupSubjects: z.object({
    quantifiers: words,
    nouns: z.array(z.object({ words, type: z.enum(['company', 'government', 'any']) })),
  }),
  actorTypes: z.object({ company: actorType, government: actorType }),
  headline: z.object({
    assertions: patterns,
    hedges: patterns,
    /** A strong hedge ("alleges", "if true", "unverified") suffices; weak ones ("claims", "reportedly") need company. */
    bodyHedges: z.object({ strong: patterns, weak: patterns }),
    /** "accused of", "charged with": the act's verb comes right after (within two words). */
    allegationFrames: patterns,
    /** "alleges (that)", "denied that": the act is the verb of the clause that follows. */
    allegationClauses: patterns,
    /** "rejected the opposition's claim that": the act of the clause is disputed by one side. */
    rejectedClaims: patterns,
    /** "accuses": the act follows the object and "of"/"with" ("accuses the mayor of having paid"). */
    allegationObjects: patterns,
    /** "has not established whether", "it is unclear whether": the act that follows is withheld. */
    notEstablished: patterns,
    /** "documents suggest that": withholds the act only with a modal before it ("may have billed"). */
    evidenceClauses: patterns,
    evidenceModals: words,
    /** "denies this", "rejected the union's figures": a reply that disputes the claim just reported. */
    contestedReplies: patterns,
    /** "confirmed that", "admitted that": cues that vouch for the act rather than claim it. */
    affirmingCues: words,
    /** Close synonyms of one act: single verbs (matched by stem) and longer wordings. */
    /** "overrode", "withheld": irregular past forms the tagger may read as nouns; a verb after its subject all the same. */
    pastForms: words,
    actGroups: z.array(z.object({ verbs: words.min(1), phrases: words })),
    /** "for", "because", "as a reward for": what ties an act to its reason (a subhead's "Fined over late filings"). */
    reasonLinks: patterns,
    /** "X behind Y", "X to blame for Y": the headline names a cause. */
    causalLinks: patterns,
    /** "to make room for", "as payback for": a purpose or motive after an act ("Depot closed to make room for flats"). */
    motiveLinks: patterns,
    /** Headline words too general to tie a body sentence to a headline's act or motive ("new", "year", "per cent"). */
    generalWords: words,
    /** "sent 37 pupils to hospital", "left 12 dead": a causal verb that carries its own effect (the cause is its subject). */
    causalResults: patterns,
    /** "Cause: pumps taken away and never returned": a fact-box field that states a cause as its value. */
    causeLabels: words,
    /** "caused", "was traced to": the body states a cause as fact. */
    causalFacts: patterns,
    /** "suspected", "has not drawn any conclusions", "linked to": the cause is still open. */
    openCause: patterns,
    /** Verbs by which the party named as the cause denies it. */
    causeDenials: words,
    /** "admits": a headline admission, which a denial in the body contradicts. */
    admissionVerbs: words,
    /** "Chief's kickbacks", "Mayor's fraud": wrongdoing nouns, by family, that a headline may presuppose as an actor's. */
    wrongNouns: z.array(words.min(1)),
    /** "accused", "charged", "prosecutors", "indictment": the body's wording of a charge before a wrongdoing noun (exact normal forms). */
    chargeWords: words,
    /** "convicted", "pleaded guilty", "admitted": the body settles the wrongdoing, and the headline may state it. */
    establishedWords: words,
    /** "bribery trial", "fraud probe": a wrongdoing noun that only names the process about it. */
    wrongProcess: words,
    /** "illegal rosters", "fake invoices": a headline adjective that judges its noun, and the words by which a body denial disputes that judgement ("denied that any roster broke the rules"). */
    qualityGroups: z.array(z.object({ adjectives: words.min(1), disputed: words.min(1) })),
    /** "the court ruled", "inspectors found": words by which the body settles the judgement itself. */
    qualitySettled: words,
    /** "Minister's brother-in-law", "Mayor's son": a kinship a headline may state as fact (single tokens: the tokenizer splits hyphenated words). */
    kinNouns: words.refine((ws) => ws.every((w) => !w.includes('-')), 'kin nouns are single tokens (the tokenizer splits hyphens): write "-in-law" in kinSuffixes'),
    /** "- in - law": the tokens (space-separated; the tokenizer splits hyphens) after a kin noun that belong to it ("brother-in-law"). */
    kinSuffixes: words,
    /** "ends", "called off": a headline verb that states a conflict is over. */
    endVerbs: patterns,
    /** "suspended", "paused", "pending": the body holds the outcome open. */
    provisionalWords: patterns,
    /** "for half its value", "below cost": a headline valuation of a sale. */
    valueClaims: patterns,
    /** "worth", "value", "twice": words by which the body reports a valuation claim. */
    valueWords: words,
    /** "was the minister's business partner": a relation stated as a role, the related party inside the wording. */
    relationRoles: patterns,
    /** "denied that any councillor owned shares in the firm": nouns by which a denial disputes a business relation. */
    stakeNouns: words,
    /** "denied that any shareholder was related to", "no family connection": words by which a body denial disputes a kinship. */
    kinDenied: words,
    /** "with ties to", "linked to": a headline that states a relation between two parties. */
    relationClaims: patterns,
    /** "denied any political links": the nouns by which a body denies or alleges that relation. */
    relationNouns: words,
  }),
  status: z.object({
    pairs: z.array(
      z.object({
        name: z.string().min(1),
        positive: statusSide,
        negative: statusSide,
        /** "could not verify" is the negative status; "not classified" is no status at all. */
        negationFlips: z.boolean(),
        /** Only "the classified memo", not "was classified as": the word must sit before its noun. */
        attributiveOnly: z.boolean(),
      }),
    ),
    entityGroups: z.array(words),
    possessedAttributes: words,
    /** "once labelled secret", "later confirmed": a status that changed over time, not a contradiction. */
    sequenceMarkers: words,
    /** A finding taken as settled ("the ministry's confirmation that", "the now-discredited account") while its process is reported open. */
    settled: z.object({
      about: z.string(),
      /** "the ministry's confirmation that ...": a noun that presupposes its clause settled. */
      findingNouns: words,
      /** "awaiting confirmation that", "no proof that": words before the noun that leave it unsettled. */
      notYet: words,
      /** "the discredited account": a label that presupposes a claim was shown false. */
      discreditWords: words,
      claimNouns: words,
      /** "the inquiry", "the results": a process that settles a finding. */
      processNouns: words,
      /** "has not yet reported", "was not finished": the process reported still open. */
      openProcess: patterns,
      /** "the inquiry found that": the process reported settled. */
      findingVerbs: words,
    }),
  }),
});

export const framing = loadData('framing.json', FramingData, framingJson);
export type ActorType = 'company' | 'government' | 'any';

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
const index = <T>(list: string[], entry: (p: string) => T) => new PhraseIndex(list.map((p) => [p, entry(p)] as [string, T]));

/** Words before a month that make "May" a date ("since May", "in early May", "on 15 May"). */
const MONTH_LEADS = new Set(['in', 'since', 'on', 'of', 'from', 'until', 'till', 'by', 'last', 'next', 'this', 'early', 'late', 'mid', 'before', 'after', 'through']);
/** "May" the month ("since May", "15 May", "May 2024"), which the hedge "may" must not match. */
function monthMay(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text !== 'May') return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return (!!next && next.sentence === t.sentence && /^\d/.test(next.text)) || (!!prev && prev.sentence === t.sentence && (/^\d{1,2}(?:st|nd|rd|th)?$/.test(prev.text) || MONTH_LEADS.has(prev.normal)));
}
const hedges = index(framing.headline.hedges, (p) => p);

export const lex = {
  silence: new PhraseIndex<'strong' | 'weak' | 'topical' | 'undenied'>([
    ...framing.silence.strong.map((p) => [p, 'strong'] as [string, 'strong']),
    ...framing.silence.undenied.map((p) => [p, 'undenied'] as [string, 'undenied']),
    ...framing.silence.topical.map((p) => [p, 'topical'] as [string, 'topical']),
    ...framing.silence.weak.map((p) => [p, 'weak'] as [string, 'weak']),
  ]),
  evasion: index(framing.silence.evasion, (p) => p),
  impersonal: index(framing.silence.impersonal, (p) => p),
  unanswered: index(framing.silence.unanswered, (p) => p),
  nonAnswers: index(framing.silence.nonAnswers, (p) => p),
  /** Each verb's stem to the stems of the other verbs of its act. */
  sameActs: new Map<string, string[]>(
    framing.silence.sameActs.flatMap((g) => g.map((w) => [stem(w.toLowerCase()), g.filter((x) => x !== w).map((x) => stem(x.toLowerCase()))] as [string, string[]])),
  ),
  questionNouns: lower(framing.silence.questionNouns),
  openQuestion: index(framing.silence.openQuestion, (p) => p),
  openVerbs: index(framing.silence.openVerbs, (p) => p),
  putQuestion: index(framing.silence.putQuestion, (p) => p),
  putSilence: index(framing.silence.putSilence, (p) => p),
  quantityWords: lower(framing.silence.quantityWords),
  statementNouns: lower(framing.silence.statementNouns),
  genericWords: lower(framing.silence.genericWords),
  narrowers: lower(framing.silence.narrowers),
  broadTopics: lower(framing.silence.broadTopics),
  containerTopics: lower(framing.silence.containerTopics),
  background: lower(framing.silence.background),
  askedOpeners: lower(framing.silence.askedOpeners),
  askedPrepositions: lower(framing.silence.askedPrepositions),
  questionWords: lower(framing.silence.questionWords),
  whAnswers: new Map<string, PhraseIndex<string>>([
    ['how', index(framing.silence.whAnswers.how, (p) => p)],
    ['why', index(framing.silence.whAnswers.why, (p) => p)],
  ]),
  relativeClaimVerbs: lower(framing.silence.relativeClaimVerbs),
  explanationWords: lower(framing.silence.explanationWords),
  detailWords: lower(framing.silence.detailWords),
  denialCues: lower(framing.silence.denialCues),
  denials: index(framing.speech.denials, (p) => p),
  negators: lower(framing.speech.negators),
  modals: lower(framing.speech.modals),
  conditionals: lower(framing.speech.conditionals),
  proxyRoles: lower(framing.proxyRoles),
  pastRoles: lower(framing.pastRoles),
  restatable: lower(framing.silence.restatable),
  sides: framing.sides.map((x) => ({ side: lower(x.side), members: lower(x.members) })),
  quantifiers: lower(framing.groupSubjects.quantifiers),
  groupNouns: new Map<string, ActorType>(framing.groupSubjects.nouns.flatMap((g) => g.words.map((w) => [w.toLowerCase(), g.type] as [string, ActorType]))),
  typeNouns: {
    company: lower(framing.actorTypes.company.nouns),
    government: lower(framing.actorTypes.government.nouns),
  },
  typeSuffixes: {
    company: new Set(framing.actorTypes.company.suffixes),
    government: new Set(framing.actorTypes.government.suffixes),
  },
  assertions: index(framing.headline.assertions, (p) => p),
  /** Hedges a headline may carry ("alleged", "may", "probe"), less the month of May. */
  headlineHedges: { match: (tokens: readonly Token[], from: number, to: number) => hedges.match(tokens, from, to).filter((m) => !monthMay(tokens, m.first)) },
  allegationFrames: index(framing.headline.allegationFrames, (p) => p),
  allegationClauses: index(framing.headline.allegationClauses, (p) => p),
  allegationObjects: index(framing.headline.allegationObjects, (p) => p),
  rejectedClaims: index(framing.headline.rejectedClaims, (p) => p),
  notEstablished: index(framing.headline.notEstablished, (p) => p),
  evidenceClauses: index(framing.headline.evidenceClauses, (p) => p),
  evidenceModals: lower(framing.headline.evidenceModals),
  contestedReplies: index(framing.headline.contestedReplies, (p) => p),
  affirmingCues: lower(framing.headline.affirmingCues),
  causalLinks: index(framing.headline.causalLinks, (p) => p),
  motiveLinks: index(framing.headline.motiveLinks, (p) => p),
  generalWords: lower(framing.headline.generalWords),
  causalResults: index(framing.headline.causalResults, (p) => p),
  causeLabels: lower(framing.headline.causeLabels),
  causalFacts: index(framing.headline.causalFacts, (p) => p),
  openCause: index(framing.headline.openCause, (p) => p),
  causeDenials: lower(framing.headline.causeDenials),
  admissionVerbs: lower(framing.headline.admissionVerbs),
  relationClaims: index(framing.headline.relationClaims, (p) => p),
  relationNouns: lower(framing.headline.relationNouns),
  /** Each wrongdoing noun to its family's index. */
  wrongNouns: new Map<string, number>(framing.headline.wrongNouns.flatMap((g, i) => g.map((w) => [w.toLowerCase(), i] as [string, number]))),
  chargeWords: lower(framing.headline.chargeWords),
  establishedWords: lower(framing.headline.establishedWords),
  wrongProcess: lower(framing.headline.wrongProcess),
  qualityGroups: framing.headline.qualityGroups.map((g) => ({ adjectives: lower(g.adjectives), disputed: lower(g.disputed) })),
  qualitySettled: lower(framing.headline.qualitySettled),
  kinNouns: lower(framing.headline.kinNouns),
  kinSuffixes: framing.headline.kinSuffixes.map((p) => p.toLowerCase().trim().split(/\s+/)),
  endVerbs: index(framing.headline.endVerbs, (p) => p),
  provisional: index(framing.headline.provisionalWords, (p) => p),
  valueClaims: index(framing.headline.valueClaims, (p) => p),
  valueWords: lower(framing.headline.valueWords),
  relationRoles: index(framing.headline.relationRoles, (p) => p),
  stakeNouns: lower(framing.headline.stakeNouns),
  kinDenied: lower(framing.headline.kinDenied),
  reasonLinks: index(framing.headline.reasonLinks, (p) => p),
  pastForms: lower(framing.headline.pastForms),
  actGroups: framing.headline.actGroups.map((g) => ({ verbs: g.verbs.map((v) => v.toLowerCase()), phrases: index(g.phrases, (p) => p) })),
  bodyHedges: new PhraseIndex<'strong' | 'weak'>([
    ...framing.headline.bodyHedges.strong.map((p) => [p, 'strong'] as [string, 'strong']),
    ...framing.headline.bodyHedges.weak.map((p) => [p, 'weak'] as [string, 'weak']),
  ]),
  entityGroup: new Map<string, number>(framing.status.entityGroups.flatMap((g, i) => g.map((w) => [w.toLowerCase(), i] as [string, number]))),
  possessedAttributes: lower(framing.status.possessedAttributes),
  sequenceMarkers: lower(framing.status.sequenceMarkers),
  settled: {
    findingNouns: lower(framing.status.settled.findingNouns),
    notYet: lower(framing.status.settled.notYet),
    discreditWords: lower(framing.status.settled.discreditWords),
    claimNouns: lower(framing.status.settled.claimNouns),
    processNouns: lower(framing.status.settled.processNouns),
    openProcess: index(framing.status.settled.openProcess, (p) => p),
    findingVerbs: lower(framing.status.settled.findingVerbs),
  },
};

/**
 * A denial of an act by the accused ("denied", "rejected"): the silence rule's denial cues
 * less "insist", which asserts the speaker's own account rather than denying the act.
 */
export const deniesAct = (lemma: string) => lex.denialCues.has(lemma) && lemma !== 'insist';
