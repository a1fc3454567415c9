import { z } from 'zod';
import vagueJson from '../data/vague-sources.json';
import { loadData } from '../../src/data/load.js';
import { hasProperName } from '../../src/document/mentions.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';

const VagueData = z.object({
  about: z.string(),
  source: z.string(),
  groups: z.array(z.string().min(1)),
  phrases: z.array(z.object({ pattern: z.string().min(1), message: z.string() })),
});
const data = loadData('vague-sources.json', VagueData, vagueJson);
const groups = new Set(data.groups);
const phrases = new PhraseIndex(data.phrases.map((p) => [p.pattern, p.message] as [string, string]));

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
    for (const a of doc.attributions) {
      const sp = a.speaker;
      if (!sp || sp.name || sp.refersTo) continue;
      const head = doc.text.slice(sp.head.start, sp.head.end).toLowerCase();
      if (!groups.has(head)) continue;
      if (sp.affiliation && hasProperName(tokens, sp.affiliation)) continue;
      // "Critics of the plan, including Mayor Ana Ruiz, say": some of them are named.
      if (sp.appositive && hasProperName(tokens, sp.appositive)) continue;
      const start = Math.min(sp.start, a.cue.start);
      const end = Math.max(sp.end, a.cue.end);
      report({ span: { start, end }, message: `Vague attribution: which ${head}? Name them or say why they cannot be named.` });
    }
    for (const m of phrases.matchDocument(doc)) {
      const text = doc.text.slice(m.span.start, m.span.end);
      report({ span: m.span, message: m.entry.replace('{text}', text).replace('{head}', tokens[m.first]!.normal) });
    }
  },
});
