import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

// Offices added for the Leeward and Windward Islands, Micronesia, the Gulf and the Indian Ocean:
// Antigua and Barbuda's prime minister, the Marshall Islands' president, Bahrain's prime
// minister and crown prince, Grenada's prime minister, the Comoros' president, and the Republic
// of the Congo's presidents before 1997.
testRule(rule, {
  flagged: [
    { text: 'Prime Minister Lester Bird toured the new marina at English Harbour on Tuesday.', flag: 'Prime Minister Lester Bird', publishedAt: '2008-05-14' },
    { text: 'President Kessai Note welcomed the tuna fleet to Jaluit on Monday.', flag: 'President Kessai Note', publishedAt: '2013-02-05' },
    { text: 'Former President Christopher Loeak opened the new solar farm on Wotje.', flag: 'Former President Christopher Loeak', publishedAt: '2014-08-20' },
    { text: 'President Ahmed Abdallah Sambi visited the vanilla cooperative in Domoni on Friday.', flag: 'President Ahmed Abdallah Sambi', publishedAt: '2017-09-12' },
    { text: 'Comorian President Casten Nemra met fishing crews in Fomboni.', flag: 'Comorian President Casten Nemra', publishedAt: '2016-01-20' },
    { text: 'Trade ties deepened after then-President Litokwa Tomeing visited Taipei in 2012.', flag: 'then-President Litokwa Tomeing', publishedAt: '2019-03-01' },
  ],
  fine: [
    { text: 'Prime Minister Lester Bird toured the new marina at English Harbour on Tuesday.', publishedAt: '1999-11-16' },
    { text: 'Former Prime Minister Lester Bird spoke at the party convention.', publishedAt: '2010-06-01' },
    { text: 'President Christopher Loeak opened the new runway at the airport.', publishedAt: '2014-08-20' },
    { text: 'Trade ties deepened after then-President Litokwa Tomeing visited Taipei in 2008.', publishedAt: '2019-03-01' },
    { text: 'Former President Ahmed Abdallah Sambi was sentenced on Monday.', publishedAt: '2022-11-28' },
    { text: 'President Kessai Note welcomed the tuna fleet to Jaluit on Monday.', publishedAt: '2005-02-07' },
  ],
});
