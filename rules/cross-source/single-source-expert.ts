import { inChrome } from '../../src/document/index.js';
import { hasProperName } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Mention, Span } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { firstTokenFrom } from '../../src/engine/doc-cache.js';
// The same expert titles the attribution rules read (rules/data/expert-titles.json).
import { isExpertTitle } from '../attribution/_expert-data.js';
import { outlet, resolved, textOf } from './_story.js';

/** "Dr", "Prof.": a courtesy title, not a field of expertise. */
const COURTESY = /^(dr|prof)\.?$/;

/** An expert by their title ("cybersecurity expert", "Dr."), with a name. */
function expertWord(doc: Document, m: Mention): string | undefined {
  let found: string | undefined;
  for (const d of m.descriptors) {
    const w = textOf(doc, d).toLowerCase();
    // A field title ("epidemiologist") says more than a courtesy one ("Dr").
    if (people.authorities.has(w) && (!found || !COURTESY.test(w))) found = textOf(doc, d);
  }
  return found;
}

/** A reader can check who they are: an employer or institution in the phrase or its appositive. */
const hasAffiliation = (doc: Document, m: Mention) =>
  !!m.affiliation || (!!m.appositive && hasProperName(doc.tokens, m.appositive));

/**
 * An affiliated speaker is an outside expert only when a field title stands in the phrase or
 * its appositive ("an entomologist at ...", "economist X"; returned for the message) and no
 * post does: "Dr X, head of the dentists' council" or "chief economist at the central bank" speaks
 * for a body, as any office holder quoted by one outlet does, and is no single-source expert.
 */
function fieldTitle(doc: Document, m: Mention): string | undefined {
  const phrase = { start: Math.min(m.start, m.appositive?.start ?? m.start), end: Math.max(m.end, m.appositive?.end ?? m.end) };
  let field: string | undefined;
  for (let k = firstTokenFrom(doc, phrase.start); k < doc.tokens.length && doc.tokens[k]!.start < phrase.end; k++) {
    const t = doc.tokens[k]!;
    if (people.roles.has(t.normal)) return undefined;
    if (!field && !COURTESY.test(t.normal) && (people.authorities.has(t.normal) || isExpertTitle(t.normal))) field = textOf(doc, t);
  }
  return field;
}

/** Where another article's story starts: its headline, else its first story sentence. */
function opening(doc: Document): Span | undefined {
  if (doc.headline && !inChrome(doc, doc.headline)) return doc.headline;
  return doc.sentences.find((s) => !inChrome(doc, s));
}

const MIN_ARTICLES = 3;

interface Expert { span: Span; name: string; expert: string; affiliated: boolean }

/** The named experts an article quotes or cites, once each, outside page chrome. */
function experts(doc: Document): Expert[] {
  const out: Expert[] = [];
  const speakers = [...doc.attributions.map((a) => a.speaker), ...doc.quotes.map((q) => q.speaker)];
  for (const sp of speakers) {
    if (!sp || sp.refersTo) continue;
    const m = resolved(sp);
    if (!m.name || inChrome(doc, m)) continue;
    const expert = expertWord(doc, m);
    if (!expert) continue;
    // An affiliated expert can be checked, so one outlet's own expert is a weak signal
    // (outlets call their own experts); it counts only for a field expert, and is noted at info.
    const affiliated = hasAffiliation(doc, m);
    const field = affiliated ? fieldTitle(doc, m) : expert;
    if (!field) continue;
    const name = textOf(doc, m.name);
    if (out.some((e) => e.name === name)) continue;
    out.push({ span: m.name, name, expert: field, affiliated });
  }
  return out;
}

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/single-source-expert',
    category: 'cross-source',
    severity: 'warning',
    description: 'In a story covered by three or more articles, an expert quoted by one outlet only: a warning with no affiliation a reader could check, a note (info) for a field expert whose institution is given.',
    why: 'An expert nobody else on the story cites, with no employer or institution given, cannot be checked and may not exist; fabricated experts are a known sign of generated or careless copy. An affiliated expert can be checked, but when the other outlets on the story carry nobody like them, the point they make rests on one outlet\'s call alone; office holders (the head of a body, a chief economist) speak for their body and are not noted.',
    examples: {
      flagged: [
        {
          articles: [
            { text: 'Heatwave grips Madrid\n\nTemperatures in Madrid reached 44C on Sunday. "Cities must adapt now," said climate expert Dr. Laura Benitez.', source: 'Iberia Post' },
            { text: 'Madrid records 44C\n\nMadrid sweltered at 44C on Sunday, the national weather agency AEMET said.', source: 'Sol Wire' },
            { text: 'Spain heat record\n\nThe heat in Madrid hit 44C on Sunday, AEMET said, and hospitals reported a rise in admissions.', source: 'Meseta News' },
          ],
          flag: 'Laura Benitez',
        } as never,
        {
          // Affiliated, but the only outside expert on the story: a note (info).
          articles: [
            { text: 'Heatwave grips Madrid\n\nTemperatures in Madrid reached 44C on Sunday. "Cities must adapt now," said Laura Benitez, a climate scientist at the Complutense University of Madrid.', source: 'Iberia Post' },
            { text: 'Madrid records 44C\n\nMadrid sweltered at 44C on Sunday, the national weather agency AEMET said.', source: 'Sol Wire' },
            { text: 'Spain heat record\n\nThe heat in Madrid hit 44C on Sunday, AEMET said, and hospitals reported a rise in admissions.', source: 'Meseta News' },
          ],
          flag: 'Laura Benitez',
        } as never,
      ],
      fine: [
        {
          // Two outlets each call their own affiliated expert, on different points.
          articles: [
            { text: 'Heatwave grips Madrid\n\nTemperatures in Madrid reached 44C on Sunday. "Cities must adapt now," said Laura Benitez, a climate scientist at the Complutense University of Madrid.', source: 'Iberia Post' },
            { text: 'Madrid records 44C\n\nMadrid sweltered at 44C on Sunday, the national weather agency AEMET said. Night-time heat is the real danger for the elderly, said Pablo Ortega, an epidemiologist at the Carlos III Health Institute.', source: 'Sol Wire' },
            { text: 'Spain heat record\n\nThe heat in Madrid hit 44C on Sunday, AEMET said, and hospitals reported a rise in admissions.', source: 'Meseta News' },
          ],
        } as never,
      ],
    },
  },
  check({ docs, report }) {
    if (docs.length < MIN_ARTICLES) return;
    const found = docs.map(experts);
    docs.forEach((doc, di) => {
      const others = docs.filter((d) => d !== doc);
      // Another outlet that quotes a checkable field expert of its own sought its own expert
      // view: each outlet's choice of expert is then ordinary, not one outlet's lone voice.
      const othersHaveOwn = found.some((list, dj) => dj !== di && list.some((e) => e.affiliated));
      for (const e of found[di]!) {
        if (e.affiliated && othersHaveOwn) continue;
        // Cited elsewhere in the story (by surname) is not single-source.
        const surname = e.name.split(/\s+/).pop()!;
        const word = new RegExp(`(^|[^\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
        if (others.some((d) => word.test(d.text))) continue;
        const rel = others.flatMap((d) => { const o = opening(d); return o ? [related(d, o)] : []; });
        if (e.affiliated) {
          report({
            doc,
            span: e.span,
            severity: 'info',
            message: `Only ${outlet(doc)} quotes ${e.name} (${e.expert}), and none of the other ${others.length} articles on this story quotes an outside expert with an institution. The affiliation can be checked: confirm the quote, and that the point they make does not rest on this outlet alone.`,
            related: rel,
          });
          continue;
        }
        report({
          doc,
          span: e.span,
          message: `Only ${outlet(doc)} quotes ${e.name} (${e.expert}), with no affiliation given; none of the other ${others.length} articles on this story cites them. Say who they are and where they work, or check that they exist.`,
          related: rel,
        });
      }
    });
  },
});
