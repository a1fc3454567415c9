import rule from '../../rules/attribution/unnamed-report.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'The Argentine midfielder is reportedly close to a move to Saudi Arabia.', flag: 'reportedly' },
    { text: 'The rumored merger of the two Dutch banks would create the largest lender in the Benelux.', flag: 'rumored' },
    { text: 'The general is said to have ordered the withdrawal without consulting the cabinet.', flag: 'is said to' },
    { text: 'The retailer is understood to be preparing a bid for its Swedish rival.', flag: 'is understood to' },
    { text: 'Reportedly, the vaccine shipments were held at the port of Mombasa for two weeks.', flag: 'Reportedly' },
  ],
  fine: [
    { text: 'The Argentine midfielder is close to a move to Saudi Arabia, Marca reported on Tuesday.' },
    { text: 'The two Dutch banks are reportedly in merger talks, according to Het Financieele Dagblad.' },
    { text: 'The vaccine shipments were reportedly held at the port, a Reuters report said.' },
    { text: 'The former mayor allegedly diverted 2 million euros to a relative’s company.' },
    { text: 'The general said to the cabinet that the withdrawal was complete.' },
    { text: '“He is reportedly unhappy, but I have not spoken to him,” the coach said.' },
  ],
});
