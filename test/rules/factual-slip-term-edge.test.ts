/**
 * "X, whose presidency ended in 2015", "X, who left office in 2020", "X, whose premiership began
 * in 2010": the start or end of a stretch in office, read against the record's dates
 * (factual-slip/won-office-year).
 */
import rule from '../../rules/factual-slip/won-office-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Kenyatta served from 2013 to 2022.
    { text: 'The dam was planned under Uhuru Kenyatta, whose presidency ended in 2017, and finished last year.', flag: 'Uhuru Kenyatta, whose presidency ended in 2017' },
    { text: 'President Uhuru Kenyatta, who left office in 2020, wrote to the water board.', flag: 'Uhuru Kenyatta, who left office in 2020' },
    // Ramaphosa is still in office.
    { text: 'The commission was set up by Cyril Ramaphosa, whose presidency ended in 2019.', flag: 'Cyril Ramaphosa' },
    // May left Downing Street in 2019.
    { text: 'Theresa May, whose premiership ended in 2018, voted against the bill.', flag: 'Theresa May, whose premiership ended in 2018' },
    { text: 'Uhuru Kenyatta, whose presidency began in 2009, opened the port at Lamu.', flag: 'Uhuru Kenyatta' },
  ],
  fine: [
    { text: 'The dam was planned under Uhuru Kenyatta, whose presidency ended in 2022, and finished last year.' },
    { text: 'Uhuru Kenyatta, whose presidency began in 2013, opened the port at Lamu.' },
    { text: 'Uhuru Kenyatta, who left the presidency in 2022, now mediates in regional talks.' },
    // An ordinal term the record's stretches cannot check, and a term with no office named.
    { text: 'Theresa May, whose first term ended in 2017, voted against the bill.' },
    { text: 'Mario Draghi, whose term ended in 2019, spoke in Frankfurt.' },
    // A person the record does not have.
    { text: 'Armando Kessy-Varela, whose presidency began in 2015, opened the harbour.' },
  ],
});
