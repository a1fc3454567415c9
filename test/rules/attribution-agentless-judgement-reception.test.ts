import rule from '../../rules/attribution/agentless-judgement.js';
import { testRule } from '../helpers/rule-tester.js';

// A reception carried by "to" and a noun of praise, blame or feeling: "launched to
// widespread acclaim" credits the praise to no one, as "widely acclaimed" does.
testRule(rule, {
  flagged: [
    { text: 'The free school-meals scheme, introduced in 2019 to widespread acclaim, has run out of money in four districts.', flag: 'to widespread acclaim' },
    { text: 'The toll was announced in March to fierce criticism and scrapped in May.', flag: 'to fierce criticism' },
    { text: 'The new ferry terminal opened to acclaim last spring but has flooded twice since.', flag: 'to acclaim' },
  ],
  fine: [
    { text: 'The free school-meals scheme, introduced in 2019 to widespread acclaim from the World Food Programme, has run out of money.' },
    { text: 'Thousands gathered in the square to acclaim the new president.' },
    { text: 'The minister went on to praise the nurses who had stayed at their posts.' },
    { text: 'The contract is subject to public approval at a council meeting in June.' },
  ],
});
