import rule from '../../rules/factual-slip/restated-sum.js';
import { testRule } from '../helpers/rule-tester.js';

// One deal valued once, then named again by a different sum.
testRule(rule, {
  flagged: [
    {
      text: 'Meghna Pipes won a contract worth Rs 12 crore in March to lay the new mains. Engineers say work under the Rs 12 lakh contract has barely begun.',
      flag: 'the Rs 12 lakh contract',
    },
    { text: 'The province took a $250 million loan from the fund last year. Auditors are now examining the $25 million loan.', flag: 'the $25 million loan' },
  ],
  fine: [
    {
      text: 'Meghna Pipes won a contract worth Rs 12 crore in March to lay the new mains. Engineers say work under the Rs 1,200 lakh contract has barely begun.',
    },
    // Rounding is no second sum.
    { text: 'The province took a $250 million loan from the fund last year. Auditors are now examining the $248 million loan.' },
    // A second deal, introduced as such.
    { text: 'The province took a $250 million loan from the fund last year. In May it asked for a $25 million loan for schools.' },
    // Different currencies are not compared.
    { text: 'The town won a grant worth €2 million. The £200,000 grant from the trust came later.' },
  ],
});
