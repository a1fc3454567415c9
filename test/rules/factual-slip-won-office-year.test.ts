/**
 * "who won the presidency / took office / was elected in YEAR": the year must fall within a
 * term of that office, or in the year before it began (an election ahead of the oath).
 */
import rule from '../../rules/factual-slip/won-office-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Ruto took office in September 2022.
    { text: 'President William Ruto, who took office in 2017, opened the new terminal at Mombasa port.', flag: 'William Ruto' },
    // Boric was president from March 2022.
    { text: 'Gabriel Boric, who won the presidency in 2017, signed the lithium agreement.', flag: 'Gabriel Boric' },
    // Stubb became Finnish president in 2024.
    { text: 'President Alexander Stubb, who was elected in 2018, visited the shipyard in Turku.', flag: 'Alexander Stubb' },
  ],
  fine: [
    { text: 'President William Ruto, who took office in 2022, opened the new terminal at Mombasa port.' },
    // Elected in the year before the swearing-in.
    { text: 'Gabriel Boric, who won the presidency in 2021, signed the lithium agreement.' },
    // A re-election inside a continuous term.
    { text: 'President John Mahama, who won the presidency in 2024, visited the cocoa board.' },
    { text: 'President Alexander Stubb, who was born in 1968, visited the shipyard in Turku.' },
    { text: '"Ruto, who took office in 2017, has broken every promise," said Akinyi Otieno, an opposition MP.' },
  ],
});
