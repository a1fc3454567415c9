import rule from '../../rules/factual-slip/stated-total.js';
import { testRule } from '../helpers/rule-tester.js';

// A sentence's own list of counts closed by a sum that the counts do not make.
testRule(rule, {
  flagged: [
    { text: 'The flood swept away 214 homes in Kalpur and 57 in the river villages, 281 in all, the district office said.', flag: '214 homes in Kalpur and 57 in the river villages, 281 in all' },
    { text: 'Inspectors closed 14 bakeries, 9 butchers and 6 cafés, 31 altogether.', flag: '14 bakeries, 9 butchers and 6 cafés, 31 altogether' },
    { text: 'The league fined seven clubs in the first round and four in the second, twelve in total.', flag: 'seven clubs in the first round and four in the second, twelve in total' },
  ],
  fine: [
    { text: 'The flood swept away 214 homes in Kalpur and 57 in the river villages, 271 in all, the district office said.' },
    { text: 'Inspectors closed 14 bakeries, 9 butchers and 6 cafés, 29 altogether.' },
    // Years between the parts are not parts.
    { text: 'The clinic treated 40 patients in 2019 and 55 in 2020, 95 in all.' },
    // Money and shares are not plain counts.
    { text: 'The city spent $12 million on roads and $5 million on drains, $18 million in all.' },
    { text: 'Turnout was 41 per cent in the north and 38 per cent in the south, 40 per cent in all.' },
    // Not a list: the earlier number belongs to another clause.
    { text: 'After 3 days of talks, the union signed up 120 drivers, 150 in all by Friday.' },
  ],
});
