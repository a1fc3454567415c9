import rule from '../../rules/factual-slip/anniversary-count.js';
import { testRule } from '../helpers/rule-tester.js';

// An ordinal anniversary of an event the article itself dates.
testRule(rule, {
  flagged: [
    {
      text: 'The dam was finished after the revolution in 1979. Farmers will gather on 4 March, the 40th anniversary of the revolution, to ask for repairs.',
      flag: '40th anniversary of the revolution',
      publishedAt: '2024-02-10',
    },
    { text: 'Officials plan a ceremony for the 30th anniversary of the 1989 ceasefire later this year.', flag: '30th anniversary of the 1989 ceasefire', publishedAt: '2023-06-01' },
    { text: 'The island held its referendum on independence in 2004. Next week brings the tenth anniversary of independence.', flag: 'tenth anniversary of independence', publishedAt: '2020-09-01' },
  ],
  fine: [
    {
      text: 'The dam was finished after the revolution in 1979. Farmers will gather on 4 March, the 45th anniversary of the revolution, to ask for repairs.',
      publishedAt: '2024-02-10',
    },
    { text: 'Officials plan a ceremony for the 34th anniversary of the 1989 ceasefire later this year.', publishedAt: '2023-06-01' },
    // Next year's anniversary, with no date: a year either way.
    { text: 'The strike began in 1975. Unions are planning the 50th anniversary of the strike.', publishedAt: '2024-11-20' },
    // The article gives no year for the event.
    { text: 'The town marks the 35th anniversary of independence on Friday.', publishedAt: '2012-10-13' },
    // Two years for the noun: which is meant is unclear.
    { text: 'A strike in 1981 and another strike in 1990 shut the port. Workers marked the 30th anniversary of the strike.', publishedAt: '2020-05-01' },
  ],
});
