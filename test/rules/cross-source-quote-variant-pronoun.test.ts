// cross-source/quote-variant: a quotation whose speaker is a pronoun the document model could not
// tie to a name ("..., she said." with no one named before it) is
// a quotation of an unknown speaker, compared with any other version: one word changed ("before"
// / "once") is a different wording of one quotation. The message names the speaker from the
// version that says who it is.
import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Nordland Times', publishedAt: '2026-09-02' },
  { text: b, source: 'Radio Fjord', publishedAt: '2026-09-02' },
];

const pronoun = 'The Bod\u00f8 ferry stayed in port on Monday evening after a valve failed on the crossing. "The ferry will not sail again before the inspectors have checked every valve on board," she said.';

testRule(rule, {
  flagged: [
    {
      articles: pair(
        pronoun,
        'In an interview on Tuesday, the county transport director, Helga Sorensen, said: "The ferry will not sail again once the inspectors have checked every valve on board."',
      ),
      flag: 'before the inspectors',
      message: /quotes the county transport director as/,
    } as never,
  ],
  fine: [
    {
      // The same words in both.
      articles: pair(
        pronoun,
        'In an interview on Tuesday, the county transport director, Helga Sorensen, said: "The ferry will not sail again before the inspectors have checked every valve on board."',
      ),
    } as never,
    {
      // Two named people: the harbour master is not the director, whatever the wording.
      articles: pair(
        'The harbour master, Lars Dahl, spoke on the quay. "The ferry will not sail again before the inspectors have checked every valve on board," said Dahl.',
        'In an interview on Tuesday, the county transport director, Helga Sorensen, said: "The ferry will not sail again once the inspectors have checked every valve on board."',
      ),
    } as never,
  ],
});
