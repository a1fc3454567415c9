/**
 * "has run the ferry since 2019" ... "in twelve years of running it": a length of time for an
 * activity the article dates elsewhere. Neighbours: a length that fits; a hedged length; another
 * subject (the auxiliary's number differs); a start in the article's own days (another stretch).
 */
import rule from '../../rules/factual-slip/duration-since.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'The cooperative has farmed the terraces since 1998. In twenty years of farming them, its members had never seen such a drought, its chairman said.', flag: 'twenty years of farming', publishedAt: '2024-05-02', message: /1998/ },
    { text: 'The Nordvik family has run the inn since 2011. The family has run it for twenty years without a single closure, the owner said.', flag: 'has run it for twenty years', publishedAt: '2024-05-02' },
  ],
  fine: [
    { text: 'The cooperative has farmed the terraces since 1998. In twenty-six years of farming them, its members had never seen such a drought, its chairman said.', publishedAt: '2024-05-02' },
    { text: 'The cooperative has farmed the terraces since 1998. In more than twenty years of farming them, its members had never seen such a drought, its chairman said.', publishedAt: '2024-05-02' },
    // Different subjects: the volunteers since Saturday, the ranger for eleven years.
    { text: 'Volunteers have worked beside the rangers since Saturday, May 4. "We had no water," said Ana Choc, a ranger who has worked in the park for eleven years.', publishedAt: '2024-05-08' },
    { text: 'Both clubs have trained on the pitch since 2019. Luis Baca, who has trained there for fifteen years, said it floods every spring.', publishedAt: '2024-05-02' },
  ],
});
