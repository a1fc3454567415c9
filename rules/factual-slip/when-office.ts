/**
 * "the 2019 tender, launched when X was prime minister" / "the fund was set up in 2007, back
 * when Y was president" / "launched ten years ago when X was president": an event the same
 * sentence dates, placed by a "when" clause in someone's time in office. When the record has
 * the person in that office but the event's time lies clearly outside every term, the clause
 * is wrong. Only a time tied to the event is read (the year on the noun the participle
 * describes, "in YEAR" right before "when", a year in the event's own clause, "N years ago"),
 * never a year of another clause. The words are data (rules/data/factual-slip-clauses.json).
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, titleAt, trustedAlias, type NameMatch } from './_match.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS, OFFICE_CLAUSE } from './_markers.js';
import { CLAUSES, clauseTriggers, clearlyOutside, describeTerms, officesFor, periodLabel, recordCovers, termsIn } from './_clauses.js';
import { timeAt, YEAR, yearPeriod, type Period } from './_time.js';
import { holderNames, holdersDuring, type Office } from './_offices.js';

/** How far back the noun phrase or clause of the event is read. */
const REACH = 10;

/** "when X was (still) (the) prime minister": the name, the offices and the clause's last token. */
function whenClause(doc: Document, k: number, to: number): { name: NameMatch; offices: Office[]; last: number } | undefined {
  const { tokens } = doc;
  const name = nameAt(doc, k + 1, to);
  if (!name || nameContinues(doc, name, to)) return undefined;
  let i = name.last;
  if (tokens[i]?.normal !== 'was') return undefined;
  i++;
  if (OFFICE_CLAUSE.stillWords.has(tokens[i]?.normal ?? '') && tokens[i]!.normal !== 'then') i++;
  if (tokens[i]?.normal === 'the') i++;
  const title = titleAt(doc, i, to);
  if (!title?.offices.length) return undefined;
  // The title ends the clause: not "president of the union", "prime minister in 2007" (the
  // office's own year is factual-slip/office-clause's), "president candidate", "president-elect".
  const next = tokens[title.last];
  if (next && title.last < to && (/^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || next.normal === 'of' || next.normal === 'in' || next.normal === 'during' || /^[-‐–]$/.test(next.text))) return undefined;
  const offices = officesFor(name, title);
  return offices ? { name, offices, last: title.last } : undefined;
}

/** A past verb (or participle) of the event: "launched", "signed", not "launches". */
const isPastVerb = (t: Token | undefined) => !!t && t.pos === 'VERB' && t.normal !== t.lemma && !/(?:ing|s)$/.test(t.normal);

/** "the 2019 tender for new renewable power": a year in front of a noun, reading back from `k`. */
function yearOnNoun(doc: Document, k: number, from: number): { period: Period; at: number } | undefined {
  const { tokens } = doc;
  for (let i = k; i >= from && i > k - REACH; i--) {
    const t = tokens[i]!;
    if (t.text === ',' || CLAUSE_PUNCT.has(t.text) || CLAUSE_WORDS.has(t.normal) || t.pos === 'VERB' || t.pos === 'AUX') return undefined;
    if (!YEAR.test(t.text)) continue;
    const next = tokens[i + 1]!;
    if (!/^(NOUN|PROPN|ADJ)$/.test(next.pos)) return undefined;
    return { period: yearPeriod(Number(t.text)), at: i };
  }
  return undefined;
}

/** "ten years ago", "a decade ago" ending at token `k` ("ago"): around that many years before the article. */
function agoAt(doc: Document, k: number, from: number): { period: Period; at: number } | undefined {
  const { tokens } = doc;
  if (tokens[k]?.normal !== 'ago' || !doc.date || k - 2 < from) return undefined;
  const unit = tokens[k - 1]!.lemma;
  const per = unit === 'year' ? 1 : unit === 'decade' ? 10 : 0;
  const n = tokens[k - 2]!;
  const count = /^\d{1,2}$/.test(n.text) ? Number(n.text) : CLAUSES.agoNumbers.get(n.normal);
  if (!per || !count) return undefined;
  const y = Number(doc.date.slice(0, 4)) - count * per;
  // "Ten years ago" is round: a year either side.
  return { period: yearPeriod(y - 1, y + 1), at: k - 2 };
}

/**
 * The event's time, read back from the token before "when" (leads such as "back" skipped):
 * "in 2019 when", "in 2019, when", "ten years ago when"; a past participle after a comma takes
 * the year on the noun it describes ("the 2019 tender ..., launched when"); a past verb takes
 * a time in its own clause ("In 2007 the fund was launched when", "The 2019 tender was launched
 * when"), refused when another clause or verb stands in that stretch. The period, and the first
 * token of the event for the span.
 */
function eventTime(doc: Document, k: number, from: number): { period: Period; at: number; event: number } | undefined {
  const { tokens } = doc;
  let e = k - 1;
  while (e >= from && CLAUSES.whenLeads.has(tokens[e]!.normal)) e--;
  if (e >= from && tokens[e]!.text === ',') e--;
  if (e < from) return undefined;
  const direct = YEAR.test(tokens[e]!.text) ? timeAt(doc, e, from, k) : undefined;
  if (direct) return { period: direct, at: e, event: e };
  const ago = agoAt(doc, e, from);
  if (ago) return { ...ago, event: ago.at };
  if (!isPastVerb(tokens[e])) return undefined;
  if (tokens[e - 1]?.text === ',') {
    const y = yearOnNoun(doc, e - 2, from);
    return y && { ...y, event: e };
  }
  // The verb's own clause, back to a comma or the sentence start.
  let i = e - 1;
  for (; i >= from && i > e - REACH; i--) {
    const t = tokens[i]!;
    if (t.text === ',') break;
    if (CLAUSE_PUNCT.has(t.text) || CLAUSE_WORDS.has(t.normal) || t.pos === 'VERB') return undefined;
  }
  const start = i + 1;
  for (let y = start; y < e; y++) {
    if (!YEAR.test(tokens[y]!.text)) continue;
    const time = timeAt(doc, y, start, e);
    if (time) return { period: time, at: y, event: e };
    const next = tokens[y + 1]!;
    if (/^(NOUN|PROPN|ADJ)$/.test(next.pos)) return { period: yearPeriod(Number(tokens[y]!.text)), at: y, event: e };
  }
  // "In 2007, the fund was launched when ...": the sentence opens with the time.
  if (i >= from && tokens[i]!.text === ',' && i - 2 >= from) {
    const y = i - 1;
    const time = YEAR.test(tokens[y]!.text) ? timeAt(doc, y, from, i) : undefined;
    const opens = tokens[from]!.normal === 'in' && (y - from === 1 || (y - from === 2 && tokens[from + 1]!.pos === 'PROPN'));
    if (time && opens) return { period: time, at: y, event: e };
  }
  const before = previousYearOnNoun(doc, e, from);
  return before && { period: before, at: e, event: e };
}

/**
 * "The deal came out of the 2019 tender. The tender was launched when ...": the sentence
 * opens with "The <noun> was <verb>" and the sentence before dates that same noun ("the 2019
 * tender"). Only the same noun carries the year over; a pronoun or another noun does not
 * ("The plant closed in 2021. It was built when ..." dates the closing, not the building).
 */
function previousYearOnNoun(doc: Document, e: number, from: number): Period | undefined {
  const { tokens } = doc;
  // "The tender was launched" / "The tender had been launched": the subject at the sentence start.
  let a = e - 1;
  while (a > from && tokens[a]!.pos === 'AUX') a--;
  if (a === e - 1 || tokens[a]!.pos !== 'NOUN' || a - 1 !== from || tokens[from]!.normal !== 'the') return undefined;
  const head = tokens[a]!.lemma;
  const prev = doc.sentences[tokens[from]!.sentence - 1];
  if (!prev || prev.paragraph !== doc.sentences[tokens[from]!.sentence]!.paragraph) return undefined;
  let found: Period | undefined;
  for (let y = prev.tokenStart; y < prev.tokenEnd; y++) {
    if (!YEAR.test(tokens[y]!.text)) continue;
    // The year's noun phrase, up to four words on ("the 2019 wind tender", "the 2019 renewable-power tender").
    let same = false;
    for (let n = y + 1; n < prev.tokenEnd && n <= y + 4 && !same; n++) {
      const t = tokens[n]!;
      if (t.pos === 'NOUN' && t.lemma === head) same = true;
      else if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && !/^[-‐]$/.test(t.text)) break;
    }
    if (!same) continue;
    // Two years on that noun ("the 2019 and 2021 tenders"): no single time.
    if (found) return undefined;
    found = yearPeriod(Number(tokens[y]!.text));
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'factual-slip/when-office',
    category: 'factual-slip',
    severity: 'error',
    description: 'An event dated in the sentence and placed "when X was <title>" at a time outside every term the record gives X in that office ("the 2019 tender, launched when X was prime minister").',
    why: 'A "when" clause ties an event to someone\'s time in office; if the dates do not meet, readers are told the wrong government acted.',
    examples: {
      flagged: [
        { text: 'The mine won its licence in the 2021 auction, launched when Jacob Zuma was president, and began digging a year later.', flag: 'launched when Jacob Zuma was president' },
        { text: 'The ferry service started in 2012 when Jacinda Ardern was prime minister.', flag: 'Jacinda Ardern was prime minister' },
      ],
      fine: [
        { text: 'The mine won its licence in the 2016 auction, launched when Jacob Zuma was president, and began digging a year later.' },
        { text: 'The ferry service started in 2019 when Jacinda Ardern was prime minister.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    // Only "when"/"while" (found once for the three clause rules), with "was" a few words on.
    let after = -1;
    for (const k of clauseTriggers(doc).when) {
      if (k <= after) continue;
      const s = doc.sentences[tokens[k]!.sentence]!;
      if (k < s.tokenStart + 2 || k >= s.tokenEnd - 3) continue;
      let was = false;
      for (let j = k + 2; j < s.tokenEnd && j <= k + 9 && !was; j++) was = tokens[j]!.normal === 'was';
      if (!was) continue;
      const clause = whenClause(doc, k, s.tokenEnd);
      if (!clause) continue;
      const time = eventTime(doc, k, s.tokenStart);
      if (!time || !recordCovers(clause.offices, time.period)) continue;
      const terms = termsIn(clause.name, clause.offices);
      if (!terms.length || !clearlyOutside(terms, time.period)) continue;
      const span: Span = { start: tokens[time.event]!.start, end: tokens[clause.last - 1]!.end };
      if (inQuote(doc, span) || !trustedAlias(doc, clause.name)) continue;
      const person = clause.name.persons[0]!.name;
      const office = clause.offices[0]!;
      const p = time.period;
      const who = holderNames(holdersDuring(office, p));
      report({
        span,
        message: `The event is dated to ${periodLabel(p)}, but ${person} was not ${office.name} then (${person}: ${describeTerms(terms)}); the office was held by ${who}.`,
      });
      after = clause.last - 1;
    }
  },
});
