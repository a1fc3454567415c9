import rule from '../../rules/factual-slip/age-birth-year.js';
import { testRule } from '../helpers/rule-tester.js';

// An age in apposition with a birth year right after it: on the article date they must agree.
testRule(rule, {
  flagged: [
    { text: 'The ferry\u2019s captain, Iolo Prys, 61, who was born in Porthmadog in 1948, said the crossing was calm.', flag: '61, who was born in Porthmadog in 1948', publishedAt: '2019-03-04' },
    { text: 'Her neighbour, Dagny Holm, 30, born in 1975, runs the shop.', flag: '30, born in 1975', publishedAt: '2021-08-10' },
  ],
  fine: [
    { text: 'The ferry\u2019s captain, Iolo Prys, 71, who was born in Porthmadog in 1948, said the crossing was calm.', publishedAt: '2019-03-04' },
    // The birthday may be still to come this year.
    { text: 'The ferry\u2019s captain, Iolo Prys, 70, who was born in Porthmadog in 1948, said the crossing was calm.', publishedAt: '2019-03-04' },
    // No article date: nothing to count from.
    { text: 'Her neighbour, Dagny Holm, 30, born in 1975, runs the shop.' },
    // The year belongs to something else.
    { text: 'Her neighbour, Dagny Holm, 30, who moved to the town in 2015, runs the shop.', publishedAt: '2021-08-10' },
  ],
});
