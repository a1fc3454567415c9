/**
 * "a 2019 presidential directive from X", "X's 2012 presidential decree": an instrument only a
 * sitting holder issues, dated to a year the record gives to someone else (factual-slip/dated-act).
 */
import rule from '../../rules/factual-slip/dated-act.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Ruto took office in September 2022.
    { text: 'The road levy rests on a 2019 presidential directive from William Ruto.', flag: '2019 presidential directive from William Ruto' },
    { text: 'The export ban came in a 2012 presidential decree by Cyril Ramaphosa, then a businessman.', flag: 'Cyril Ramaphosa' },
    { text: 'The quota came from a 2014 presidential order issued by President Cyril Ramaphosa.', flag: '2014 presidential order' },
    { text: 'Hospital fees were waived under William Ruto\'s 2019 presidential decree.', flag: 'William Ruto\'s 2019 presidential decree' },
    // Charles III became king in September 2022.
    { text: 'A 2015 royal decree signed by King Charles III set the harbour fee.', flag: 'King Charles III' },
  ],
  fine: [
    { text: 'The road levy rests on a 2023 presidential directive from William Ruto.' },
    { text: 'The export ban came in a 2016 presidential decree by Jacob Zuma.' },
    { text: 'A 2023 royal decree signed by King Charles III set the harbour fee.' },
    // Not an instrument of the office, and not issued by the person named.
    { text: 'The 2019 presidential election was won by William Ruto.' },
    { text: 'The 2014 presidential order from the ministry was cited by Cyril Ramaphosa.' },
    // A person the record does not have.
    { text: 'A 2016 presidential decree from Armando Kessy-Varela set the fishing quota.' },
  ],
});
