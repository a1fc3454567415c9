import { inChrome } from '../../src/document/index.js';
import { hasProperName } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Mention, Span } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { outlet, resolved, textOf } from './_story.js';

/** An expert by their title ("cybersecurity expert", "Dr."), with a name. */
function expertWord(doc: Document, m: Mention): string | undefined {
  for (const d of m.descriptors) {
    const w = textOf(doc, d).toLowerCase();
    if (people.authorities.has(w)) return textOf(doc, d);
  }
  return undefined;
}

/** A reader can check who they are: an employer or institution in the phrase or its appositive. */
const hasAffiliation = (doc: Document, m: Mention) =>
  !!m.affiliation || (!!m.appositive && hasProperName(doc.tokens, m.appositive));

/** Where another article's story starts: its headline, else its first story sentence. */
function opening(doc: Document): Span | undefined {
  if (doc.headline && !inChrome(doc, doc.headline)) return doc.headline;
  return doc.sentences.find((s) => !inChrome(doc, s));
}

const MIN_ARTICLES = 3;

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/single-source-expert',
    category: 'cross-source',
    severity: 'warning',
    description: 'In a story covered by three or more articles, an expert quoted by one outlet only, with no affiliation a reader could check.',
    why: 'An expert nobody else on the story cites, with no employer or institution given, cannot be checked and may not exist; fabricated experts are a known sign of generated or careless copy.',
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
      ],
      fine: [
        {
          articles: [
            { text: 'Heatwave grips Madrid\n\nTemperatures in Madrid reached 44C on Sunday. "Cities must adapt now," said Laura Benitez, a climate scientist at the Complutense University of Madrid.', source: 'Iberia Post' },
            { text: 'Madrid records 44C\n\nMadrid sweltered at 44C on Sunday, the national weather agency AEMET said.', source: 'Sol Wire' },
            { text: 'Spain heat record\n\nThe heat in Madrid hit 44C on Sunday, AEMET said, and hospitals reported a rise in admissions.', source: 'Meseta News' },
          ],
        } as never,
      ],
    },
  },
  check({ docs, report }) {
    if (docs.length < MIN_ARTICLES) return;
    for (const doc of docs) {
      const seen = new Set<string>();
      const speakers = [...doc.attributions.map((a) => a.speaker), ...doc.quotes.map((q) => q.speaker)];
      for (const sp of speakers) {
        if (!sp || sp.refersTo) continue;
        const m = resolved(sp);
        if (!m.name || inChrome(doc, m)) continue;
        const expert = expertWord(doc, m);
        if (!expert || hasAffiliation(doc, m)) continue;
        const name = textOf(doc, m.name);
        if (seen.has(name)) continue;
        seen.add(name);
        // Cited elsewhere in the story (by surname) is not single-source.
        const surname = name.split(/\s+/).pop()!;
        const word = new RegExp(`(^|[^\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
        const others = docs.filter((d) => d !== doc);
        if (others.some((d) => word.test(d.text))) continue;
        const rel = others.flatMap((d) => { const o = opening(d); return o ? [related(d, o)] : []; });
        report({
          doc,
          span: m.name,
          message: `Only ${outlet(doc)} quotes ${name} (${expert}), with no affiliation given; none of the other ${others.length} articles on this story cites them. Say who they are and where they work, or check that they exist.`,
          related: rel,
        });
      }
    }
  },
});
