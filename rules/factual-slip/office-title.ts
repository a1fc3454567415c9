import type { Document, Span } from '../../src/document/types.js';
import { isCapitalised, isPossessive } from '../../src/document/mentions.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, titleBefore, trustedAlias, yearsIn, type NameMatch, type TitleMatch } from './_match.js';
import { FORMER_WORDS, HISTORICAL_PATTERNS, TAKING_OFFICE, TITLE_MODIFIERS } from './_markers.js';
import { asOf, describeTerm, heldOn, isSettled, onBoundary, type Person, type Term } from './_offices.js';

const historical = new PhraseIndex(HISTORICAL_PATTERNS.map((p) => [p, true] as [string, boolean]));

type Modifier = 'none' | 'former' | 'skip';

/** What the word in front of the title says: "former", a qualifier that changes the claim, or nothing. */
function modifierBefore(doc: Document, first: number, sentStart: number): { kind: Modifier; start?: number } {
  const { tokens } = doc;
  let i = first - 1;
  if (i < sentStart) return { kind: 'none' };
  // "then-President", "ex-President": the word before the hyphen.
  if (/^[-‐]$/.test(tokens[i]!.text) && i - 1 >= sentStart) i--;
  const prev = tokens[i]!;
  const w = prev.normal;
  if (FORMER_WORDS.has(w)) return { kind: 'former', start: prev.start };
  if (TITLE_MODIFIERS.has(w) || isPossessive(prev)) return { kind: 'skip' };
  // "Irish Prime Minister", "Harvard President", "company president": another office of that name.
  if (prev.pos === 'PROPN' || prev.pos === 'NOUN') return { kind: 'skip' };
  if (isCapitalised(prev) && i !== sentStart) return { kind: 'skip' };
  return { kind: 'none' };
}

/** The candidates' terms in the offices the title can mean. */
function titleTerms(name: NameMatch, title: TitleMatch): Term[] {
  return name.persons.flatMap((p) => p.terms.filter((t) => title.offices.includes(t.office)));
}

/** Why the title is wrong on `date`: the nearest term in an office of that title, or the offices held instead. */
function notHeldMessage(persons: Person[], title: string, date: string, terms: Term[]): string {
  const reasons = persons.map((p) => {
    const mine = terms.filter((t) => p.terms.includes(t));
    if (!mine.length) {
      const held = p.terms.map((t) => `${t.office.name} ${describeTerm(t)}`).join('; ');
      return { never: true, text: `${p.name} never held an office titled "${title}" (the record has: ${held})` };
    }
    const before = mine.filter((t) => t.end !== null && t.end <= date).pop();
    const t = before ?? mine.find((x) => x.start > date)!;
    return { never: false, text: before ? `the term as ${t.office.name} ended ${t.end}` : `the term as ${t.office.name} began ${t.start}` };
  });
  if (persons.length === 1) {
    const r = reasons[0]!;
    return r.never ? `${r.text}.` : `${persons[0]!.name} was not ${title} on ${date}: ${r.text}.`;
  }
  const alias = persons.map((p, i) => (reasons[i]!.never ? reasons[i]!.text : `${p.name}: ${reasons[i]!.text}`)).join('; ');
  return `No one of that name was ${title} on ${date} (${alias}).`;
}

/** The clause that says the person took office, for the message: "who was reelected in 2024 and sworn in ...". */
function takingOfficeClause(after: string, at: number): string {
  const rel = /\b(?:who|which)\b/.exec(after.slice(0, at));
  const clause = after.slice(rel ? rel.index : at).replace(/[\s.,;:!?"”’]+$/, '');
  return clause.length > 100 ? `${clause.slice(0, 97)}...` : clause;
}

export default defineRule({
  meta: {
    id: 'factual-slip/office-title',
    category: 'factual-slip',
    severity: 'error',
    description: 'A title the person did not hold on the article\'s date ("President Biden" in March 2025), or "former" for someone in office.',
    why: 'Titles date a story. A sitting leader called "former", or a predecessor still called by the title, is a factual error readers notice at once and it undermines everything else in the piece.',
    examples: {
      flagged: [
        { text: 'President Biden signed an order on Friday limiting exports of advanced chips.', flag: 'President Biden', publishedAt: '2025-03-14' },
        { text: 'Prime Minister Rishi Sunak met business leaders in Manchester on Tuesday.', flag: 'Prime Minister Rishi Sunak', publishedAt: '2025-11-04' },
        { text: 'The talks were praised by former Chancellor Friedrich Merz, who leads the coalition.', flag: 'former Chancellor Friedrich Merz', publishedAt: '2025-09-10' },
        { text: 'The summit drew former President Luiz Inácio Lula da Silva, who was sworn in for a third term on January 1, 2023.', flag: 'former President Luiz Inácio Lula da Silva' },
      ],
      fine: [
        { text: 'President Emmanuel Macron met German Chancellor Friedrich Merz in Paris.', publishedAt: '2025-09-10' },
        { text: 'Then-President Barack Obama signed the law in 2010.', publishedAt: '2025-03-14' },
        { text: 'Former Prime Minister Rishi Sunak said the party must change course.', publishedAt: '2025-11-04' },
        { text: 'President Obama in 2012 signed the order that created the program.', publishedAt: '2025-03-14' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (const [si, s] of doc.sentences.entries()) {
      let isHistorical: boolean | undefined;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const name = nameAt(doc, k, s.tokenEnd);
        if (!name) continue;
        k = name.last - 1;
        const title = titleBefore(doc, name.first, s.tokenStart);
        if (!title?.offices.length || nameContinues(doc, name, s.tokenEnd)) continue;
        const mod = modifierBefore(doc, title.first, s.tokenStart);
        if (mod.kind === 'skip') continue;
        const span: Span = { start: mod.start ?? title.span.start, end: name.span.end };
        if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
        const written = doc.text.slice(title.span.start, title.span.end);
        const terms = titleTerms(name, title);

        if (mod.kind === 'former') {
          // The sentence itself may say the person took office ("who was sworn in on January 20, 2025").
          const after = doc.text.slice(name.span.end, s.end);
          const took = TAKING_OFFICE.exec(after);
          const date = doc.date;
          if (date) {
            if (date > asOf) continue;
            const sitting = terms.filter((t) => heldOn(t, date) && !onBoundary(t, date) && isSettled(t.office, date));
            if (!sitting.length) continue;
            // "In 2022, former President Trump announced...": a year when the person was out of office.
            const outYears = yearsIn(doc, si).filter((y) => !terms.some((t) => heldOn(t, `${y}-07-01`)));
            if (!took && outYears.length) continue;
            const t = sitting[0]!;
            const own = took ? ` The article itself says: "${takingOfficeClause(after, took.index)}".` : '';
            report({ span, message: `${t.holder.name} was the sitting ${written} on ${date}, not a former one: ${t.office.name} ${describeTerm(t)}.${own}` });
          } else if (took) {
            // No article date: trust the article's own account when the record shows that term still open.
            const years = yearsIn(doc, si).filter((y) => y >= 1900);
            const latest = years.length ? Math.max(...years) : undefined;
            const open = terms.filter((t) => t.end === null && (latest === undefined || Math.abs(Number(t.start.slice(0, 4)) - latest) <= 1));
            if (!open.length) continue;
            const t = open[0]!;
            report({ span, message: `"former ${written}" contradicts the article's own account ("${takingOfficeClause(after, took.index)}"); the record agrees: ${t.holder.name} has been ${t.office.name} ${describeTerm(t)}.` });
          }
          continue;
        }

        const date = doc.date;
        if (!date || date > asOf) continue;
        if (title.offices.some((o) => !isSettled(o, date))) continue;
        if (terms.some((t) => heldOn(t, date) || onBoundary(t, date))) continue;
        // Monarchs keep the regnal title in later references ("Queen Elizabeth II opened...").
        if (terms.some((t) => t.office.kind.includes('monarch') && t.start <= date)) continue;
        isHistorical ??= historical.match(tokens, s.tokenStart, s.tokenEnd).length > 0;
        if (isHistorical) continue;
        // "President Obama in 2012 signed": a year in the sentence inside a term.
        const years = yearsIn(doc, si);
        if (years.some((y) => terms.some((t) => t.start.slice(0, 4) <= String(y) && (t.end === null || String(y) <= t.end.slice(0, 4))))) continue;
        report({ span, message: notHeldMessage(name.persons, written, date, terms) });
      }
    }
  },
});
