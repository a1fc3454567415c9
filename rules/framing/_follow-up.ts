/**
 * Follow-ups to a denial: an evasion ("sidestepped questions about", "has yet to explain
 * where") or a silence with a question, right after the same actor's denial. Read by the
 * silence rule after its own silences. Private helper: not a rule.
 */
import type { Document, Mention, Span, Token } from '../../src/document/types.js';
import { tokensIn } from '../../src/document/index.js';
import { isCapitalised, phraseAfter } from '../../src/document/mentions.js';
import type { Report } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { firstTokenFrom, tokenStartingAt } from '../../src/engine/doc-cache.js';
import { type Actor, actorOf, anyIn, bareWord, cover, hasType, lookAhead, lookBack, mentionAt, sameActor } from './_clause.js';
import { lex } from './_lexicon.js';
import { keysIn } from './_topic.js';
import { evasionSubject, proxyFor, roleAntecedent, standsFor, unitOf } from './_evasion.js';
import { countBefore, deniedInWords, isDenial, type Speech, speakerBefore, withShortName } from './_speech.js';
import { askedClause, askedWh, deniedActs, type Clause, clauseWords, deniesAmount, figureWords, pointsBack, sharedWords } from './_question.js';

const FOLLOW_UP_WINDOW = 20;
/**
 * How many paragraphs back a denial may stand: its own, the one before, or the one before
 * that, for the common "denial / the evidence against it / the unanswered follow-up" run.
 * Past the one before, a shared word with the denial's passage is needed (below).
 */
const FOLLOW_UP_PARAGRAPHS = 2;

/**
 * "The water board has denied cutting any village off ... It sidestepped questions about the
 * tanker rota": an evasion of a question ("sidestepped questions about", "has yet to explain
 * where", "would not be drawn on when") right after the same actor's denial, in its
 * paragraph or the next. The denial answered the matter; the evasion leaves its follow-up
 * open, and the pairing reads as a verdict the article does not state. The question must
 * share a word with the denial's passage, or follow the denial's sentence directly (then
 * only at info: it may be another matter).
 */
export interface FollowUp {
  span: Span;
  first: number;
  last: number;
  /** A silence wording with a question ("kept quiet about why"): flagged only when the question shares a word with the denial. */
  silence?: boolean;
  /** The silent actor's tokens when they do not stand before the wording ("No answer came from the port authority"). */
  subject?: [number, number];
  /** The question when it is not the words right after the wording ("Whether ... is something the council has not addressed"). */
  question?: Clause;
  /** "Our questions about ... went unanswered": no actor written; the one that denied just before, in the paragraph. */
  implied?: boolean;
  /**
   * "Asked why ..., the utility said it had nothing further to add": "further" points back at
   * what the actor had said, so its denial earlier in the paragraph is the one tested, even
   * when the question shares no word with it (then only at info).
   */
  further?: boolean;
}

/**
 * How far back (in sentences) a follow-up looks for its denial, and how much of the denial's
 * passage it reads. A paragraph is the usual reach; the bounds keep a pathological paragraph
 * (a whole article on one line) from making every follow-up read all of it.
 */
const FOLLOW_UP_REACH = 12;
/** How many of `ordered` (sorted by start) start before `offset`. */
const PASSAGE_SENTENCES = 6;

/**
 * "The orchestra's chair denied ... The orchestra has not replied": an officer of the silent
 * body denied in words, which is the body's denial. `subject` is the silence's subject.
 */
export function officerDenied(doc: Document, s: Speech, subject: Mention, silent: Actor): boolean {
  return subject.kind !== 'pronoun' && deniedInWords(doc, s) && speaksFor(doc, s.speaker, subject, silent);
}

/** A spokesperson, a named officer or the present head of the body `subject` names: they speak for it. */
export function speaksFor(doc: Document, speaker: Mention, subject: Mention, silent: Actor): boolean {
  return proxyFor(doc, speaker, subject, silent) || namedOfficerOf(doc, speaker, subject, silent) || leaderOf(doc, speaker, silent);
}

/** "who has led", "who heads", "who chairs": a relative clause that makes its person the body's present head. */
const LEADS = /^(leads|heads|runs|chairs|directs|manages|led|headed|run|chaired|directed|managed)$/;
/** Past forms that say "now" only after "has"/"have" ("who has led the union since 2014", not "who led it until 2019"). */
const PERFECT = /^(has|have)$/;

/**
 * "Ana Kos, who has led the union since 2014, denied ... The union has not answered": a
 * person whose relative clause makes her the silent body's present head speaks for it.
 */
function leaderOf(doc: Document, denier: Mention, silent: Actor): boolean {
  for (const m of [denier, denier.refersTo]) {
    if (!m?.appositive || m.kind !== 'person') continue;
    const a = tokenStartingAt(doc, m.appositive.start);
    const b = firstTokenFrom(doc, m.appositive.end);
    if (a < 0 || doc.tokens[a]!.normal !== 'who') continue;
    let k = a + 1;
    const perfect = PERFECT.test(doc.tokens[k]?.normal ?? '');
    if (perfect) k++;
    while (k < b && doc.tokens[k]!.pos === 'ADV') k++;
    const verb = doc.tokens[k];
    if (!verb || k >= b || !LEADS.test(verb.normal) || (!perfect && !/s$/.test(verb.normal))) continue;
    // "who led the union until 2019": a past head speaks for no one now.
    if (doc.tokens.slice(k + 1, b).some((t) => /^(until|till|before)$/.test(t.normal))) continue;
    const np = phraseAfter(doc.tokens, k + 1, b);
    if (!np) continue;
    const body = mentionAt(doc, np[0], np[1]);
    if (sameActor(silent, withShortName(doc, body, actorOf(doc, body)))) return true;
  }
  return false;
}

/** How many words back from a named person's first mention its role phrase may start. */
const ROLE_REACH = 14;

/**
 * The role phrase a named person was introduced with, at the first mention of the name:
 * its appositive ("Ana Kos, the port's director of operations"), or the comma-closed phrase
 * just before it ("the director of the Northern Rail Company (NRC), Ana Kos, said").
 * A later "Kos denied" carries no role of its own: the introduction says whom she speaks for.
 */
function introRole(doc: Document, person: Mention): Token[] {
  // "Lindqvist" for "Maja Lindqvist Berg": the Document ties a short name to the full one.
  let named = person;
  while (named.refersTo) named = named.refersTo;
  if (!named.name) return [];
  // The full name written again is the same person: the first time it is written introduces her.
  const name = doc.text.slice(named.name.start, named.name.end);
  const first = doc.mentions.find((m) => m.kind === 'person' && !!m.name && m.start <= named.start && doc.text.slice(m.name.start, m.name.end) === name);
  if (!first) return [];
  if (first.appositive) return tokensIn(doc.tokens, first.appositive);
  const a = tokenStartingAt(doc, first.start);
  if (a < 1 || doc.tokens[a - 1]!.text !== ',') return [];
  const start = doc.sentences[doc.tokens[a]!.sentence]!.tokenStart;
  let k = a - 2;
  while (k > start && a - k < ROLE_REACH && doc.tokens[k - 1]!.text !== ',' && doc.tokens[k - 1]!.pos !== 'VERB') k--;
  return doc.tokens.slice(k, a - 1);
}

/**
 * "the museum's head of collections, Ana Kos, ... Kos denied ... The museum did not
 * respond": a named person introduced as an officer (a proxy role) of the silent body, by
 * the body's name ("director of the Northern Rail Company (NRC)" for "The NRC") or, for
 * "the <noun>", by that head noun. Her denial is the body's.
 */
function namedOfficerOf(doc: Document, denier: Mention, subject: Mention, silent: Actor): boolean {
  if (denier.kind !== 'person') return false;
  // A named person's role is where she was introduced; an unnamed one is her role ("Kestrel Pharma's managing director").
  const role = denier.name || denier.refersTo ? introRole(doc, denier) : tokensIn(doc.tokens, denier);
  if (!role.some((t) => lex.proxyRoles.has(bareWord(t).toLowerCase()))) return false;
  if (role.some((t) => lex.pastRoles.has(bareWord(t).toLowerCase()))) return false;
  const words = new Set(role.map((t) => bareWord(t).toLowerCase()));
  if (silent.names.some((n) => n.length && n.every((w) => words.has(w)))) return true;
  // "Ana Voss, the company's sales manager, ... Kestrel Mining has not commented": the role
  // names its body by kind ("the company's"), and the silent body is a named one of that
  // kind (by its suffix or a noun beside it), not also of the other kind.
  const kind = possessorKind(role);
  if (kind && silent.names.some((n) => hasType(doc, n, kind) && !hasType(doc, n, kind === 'company' ? 'government' : 'company'))) return true;
  if (silent.names.length || !/^the\s/i.test(doc.text.slice(subject.start, subject.end))) return false;
  const head = doc.text.slice(subject.head.start, subject.head.end).toLowerCase();
  if (lex.proxyRoles.has(head)) return false;
  if (words.has(head)) return true;
  // "Ana Voss, Kestrel Pharma Ltd's managing director, ... The company has not commented": the
  // role's named body is of the kind the silent "the <noun>" names.
  const headKind = lex.typeNouns.company.has(head) ? 'company' : lex.typeNouns.government.has(head) ? 'government' : undefined;
  const name = headKind && roleName(role);
  return !!name && hasType(doc, name, headKind) && !hasType(doc, name, headKind === 'company' ? 'government' : 'company');
}

/** The capitalised name a role phrase opens with before its possessive ("Kestrel Pharma Ltd's managing director"), as bare words. */
function roleName(role: Token[]): string[] | undefined {
  const out: string[] = [];
  for (const t of role) {
    if (/^['\u2019]s?$/.test(t.text)) return out.length ? out : undefined;
    if (t.normal === 'the' && !out.length) continue;
    if (!isCapitalised(t)) return undefined;
    out.push(bareWord(t).toLowerCase());
  }
  return undefined;
}

/** "the company's sales manager", "the ministry's spokesman": the kind of body a role's definite possessor names. */
function possessorKind(role: Token[]): 'company' | 'government' | undefined {
  if (role.length < 4 || role[0]!.normal !== 'the' || !/^['\u2019]s$/.test(role[2]!.text)) return undefined;
  const noun = bareWord(role[1]!).toLowerCase();
  return lex.typeNouns.company.has(noun) ? 'company' : lex.typeNouns.government.has(noun) ? 'government' : undefined;
}

/** How many sentences before a denial the same party's statement run may begin. */
const RUN_SENTENCES = 2;

/**
 * The first sentence of the run of statements by the denial's party that ends with the
 * denial: earlier sentences of its paragraph, each with a statement by the same actor or by
 * the body its speaker speaks for ("The airline said ... Its chief pilot added: 'Every check was done.'").
 */
function statementRunStart(doc: Document, ordered: Speech[], d: Speech): number {
  const paragraph = doc.sentences[d.sentence]!.paragraph;
  let first = d.sentence;
  for (let i = d.sentence - 1; i >= Math.max(0, d.sentence - RUN_SENTENCES) && doc.sentences[i]!.paragraph === paragraph; i--) {
    const a = countBefore(ordered, doc.sentences[i]!.start);
    let same = false;
    for (let j = a; j < ordered.length && ordered[j]!.sentence === i && !same; j++) {
      const s = ordered[j]!;
      same = sameActor(s.actor(), d.actor()) || proxyFor(doc, d.speaker, s.speaker, s.actor());
    }
    if (!same) break;
    first = i;
  }
  return first;
}

export function followUps(doc: Document, evasions: FollowUp[], speech: Speech[], report: (r: Report) => void) {
  const { tokens } = doc;
  const ordered = [...speech].sort((x, y) => x.span.start - y.span.start);
  for (const m of evasions) {
    const back = lookBack(doc, m.first, 3);
    // "has never failed to explain", "would have sidestepped", "if it does not explain".
    if (anyIn(back, lex.negators) || anyIn(back, lex.modals) || anyIn(back, lex.conditionals) || back.some((t) => t.normal === 'had')) continue;
    const sentence = tokens[m.first]!.sentence;
    const paragraph = doc.sentences[sentence]!.paragraph;
    let range = m.implied ? undefined : (m.subject ?? evasionSubject(doc, m.first));
    if (!range && !m.implied) continue;
    let subject = range && mentionAt(doc, range[0], range[1]);
    // "Halden Freight said it could not say": the "it" is the speaker of the cue before it.
    const by = subject?.kind === 'pronoun' ? speakerBefore(doc, range![0]) : undefined;
    if (by) [subject, range] = [by.mention, [by.first, firstTokenFrom(doc, by.mention.end)]];
    // The question: given, else the words after the wording, else the one asked before it ("Asked whether ..., the company").
    // A follow-up question is read whole: "why two of its own pumps at the depot were switched off".
    const ahead = m.question ? undefined : clauseWords(doc, m.last, FOLLOW_UP_WINDOW);
    // "As for who signed the permit, the council referred queries to its lawyers": the fronted question first.
    const fronted = range && doc.tokens[doc.sentences[sentence]!.tokenStart]!.normal === 'as' ? askedClause(doc, range[0]) : undefined;
    // "Asked how many ..., the minister would not be drawn": a wh-question before an evasion too.
    const question = m.question ?? fronted ?? (ahead?.words.size ? ahead : range && (askedClause(doc, range[0]) ?? askedWh(doc, range[0])));
    if (m.silence && !question) continue;
    // Denials before it, in its paragraph or the one before, by the same actor ("it" only
    // in the same paragraph), nearest first.
    const before: Speech[] = [];
    for (let i = countBefore(ordered, m.span.start) - 1; i >= 0 && sentence - ordered[i]!.sentence <= FOLLOW_UP_REACH; i--) {
      const s = ordered[i]!;
      if (s.span.end <= m.span.start && paragraph - doc.sentences[s.sentence]!.paragraph <= FOLLOW_UP_PARAGRAPHS) before.push(s);
    }
    // "Our questions ... went unanswered": the actor is the one that denied last in this paragraph,
    // or, when no one speaks in this paragraph before it ("The operator denied ... || A request
    // for the list of its shareholders drew a holding statement"), in the paragraph before.
    if (!subject || !range) {
      const paragraphOf = (s: Speech) => doc.sentences[s.sentence]!.paragraph;
      const opens = !before.some((s) => paragraphOf(s) === paragraph);
      const last = before.find((s) => isDenial(doc, s) && !s.actor().vague && (paragraphOf(s) === paragraph || (opens && paragraphOf(s) === paragraph - 1)));
      if (!last) continue;
      subject = last.speaker;
      range = [m.first, m.first + 1];
    }
    const silent = withShortName(doc, subject, actorOf(doc, subject));
    // "the spokesman" repeating "its spokesman, Ama Boateng" from just before: that one's "its" says for whom.
    const earlier = subject.kind === 'pronoun' ? undefined : roleAntecedent(doc, range);
    const denials = before
      .filter((s) => {
        if (!isDenial(doc, s)) return false;
        if (sameActor(silent, s.actor())) return true;
        if (subject.kind === 'pronoun' && doc.sentences[s.sentence]!.paragraph !== paragraph) return false;
        if (unitOf(doc, s.speaker, subject)) return true;
        // "X denied ... A spokesman for the firm said he could not release": a spokesperson of the denier.
        // Only after a denial in words ("denied that"): a negation somewhere in a statement is too weak a tie to a proxy.
        if (deniedInWords(doc, s) && (proxyFor(doc, subject, s.speaker, s.actor()) || (!!earlier && proxyFor(doc, earlier, s.speaker, s.actor())))) return true;
        if (officerDenied(doc, s, subject, silent)) return true;
        // "The company has denied ... Halden Freight ignored requests": the unnamed denier stands for the named one.
        if (silent.names.length && subject.kind !== 'pronoun' && standsFor(doc, s.speaker, s.actor(), subject, silent)) return true;
        return standsFor(doc, subject, silent, s.speaker, s.actor());
      });
    if (!denials.length) continue;
    // What each denial's passage says: from its sentence up to the evasion, inside its
    // paragraph. The denial whose passage shares most with the question is the one answered.
    let denial = denials[0]!;
    let shared = 0;
    // "a query about the 17 tractors": what the figure's first mention says, read if the question's own words share nothing.
    let figure: Map<string, readonly string[]> | null | undefined = null;
    for (const d of denials) {
      const from = doc.sentences[d.sentence]!;
      let to = from.tokenStart;
      // "Metrovia, which had denied that ..., let our deadline pass": a denial inside the
      // evading subject's own clause reads up to the wording, not up to the subject.
      const inner = d.sentence === sentence && tokens[range[1]]?.text === ',' && firstTokenFrom(doc, d.span.end) > range[1];
      const stop = inner ? m.first : range[0];
      for (let i = d.sentence; i <= sentence && i < d.sentence + PASSAGE_SENTENCES && doc.sentences[i]!.paragraph === from.paragraph; i++) to = Math.min(doc.sentences[i]!.tokenEnd, stop);
      // "Asked about X, the company ...": the question itself is not the denial's passage.
      if (question && question.span.start < tokens[range[0]]!.start) to = Math.min(to, firstTokenFrom(doc, question.span.start));
      // The same party's statement just before the denial, in its paragraph ("X said its buses
      // were roadworthy and that mechanics had signed off each repair. 'Every brake was tested,' its
      // fleet manager added.")
      // is part of what the denial's passage says.
      const said = keysIn(doc, doc.sentences[statementRunStart(doc, ordered, d)]!.tokenStart, to);
      // "denied the lorries were overweight ... how many tonnes each carried": an amount asked after an excess denied.
      let n = question ? sharedWords(said, question.words, silent, deniedActs(doc, firstTokenFrom(doc, d.span.end) - 1)) || (question.amount && deniesAmount(said) ? 1 : 0) : 0;
      if (!n && question) {
        if (figure === null) figure = figureWords(doc, question);
        if (figure) n = sharedWords(said, figure, silent);
      }
      // "whether that total counts ...": the question points back at the passage just before it.
      // (Only a denial in this paragraph or the one before: a demonstrative points no further.)
      const near = paragraph - from.paragraph <= 1;
      if (!n && near && question && d === denials[0] && pointsBack(doc, question.span) && shared === 0) [denial, shared] = [d, 1];
      if (n > shared) [denial, shared] = [d, n];
    }
    const adjacent = denials[0]!.sentence === sentence - 1 && doc.sentences[denials[0]!.sentence]!.paragraph === paragraph;
    // "no further comment": the denial it points back at, earlier in this paragraph (not the
    // silence's own "the ministry said it had ...", which the flat "no" makes read as a denial).
    const pointedAt = m.further && !shared ? denials.find((d) => d.sentence < sentence && doc.sentences[d.sentence]!.paragraph === paragraph) : undefined;
    if (pointedAt) denial = pointedAt;
    else if (!shared && (!adjacent || m.silence)) continue;
    const start = tokens[range[0]]!.start;
    const span = cover({ start, end: tokens[range[1] - 1]!.end }, m.span, question && question.span.start > m.span.start ? question.span : m.span);
    // The denial's clause, not its bare cue ("denied"): from the speaker or cue, a few words on.
    const clauseEnd = lookAhead(doc, firstTokenFrom(doc, denial.span.end), 8).at(-1)?.end ?? denial.span.end;
    const denied = doc.text.slice(denial.span.start, Math.max(denial.span.end, clauseEnd));
    report({
      span,
      message: `"${doc.text.slice(span.start, span.end)}" right after "${denied}": the article sets a denial beside an unanswered follow-up on the same matter. Say what was asked and what was answered, or the pairing reads as a verdict.`,
      severity: shared ? undefined : 'info',
      related: [related(doc, denial.span)],
    });
  }
}
