import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A headline that says someone pocketed money over a body that has only an accusation of
// "keeping part of" it, or keeping it "for himself": the same act, as a claim.
testRule(rule, {
  flagged: [
    {
      text: 'Dockers\' union loses members after treasurer pocketed strike fund\n\nDock workers in Gdynia accuse the union treasurer of keeping part of the strike fund collected in 2023. He denies it.\n\nThe union has called a meeting for June.',
      flag: 'pocketed',
    },
    {
      text: 'Choir director pocketed festival grant\n\nSingers say the director of the Tartu youth choir kept the festival grant for herself last summer. The director rejects the claim.',
      flag: 'pocketed',
    },
  ],
  fine: [
    {
      // "keeping the library closed" is no appropriation of money.
      text: 'Councillor pocketed library grant\n\nResidents of Narva accuse the council of keeping the library closed since March, although a grant for its roof arrived in January.\n\nThe councillor did not respond to questions.',
    },
    {
      // The headline attributes the claim.
      text: 'Dockers accuse treasurer of pocketing strike fund\n\nDock workers in Gdynia accuse the union treasurer of keeping part of the strike fund collected in 2023. He denies it.',
    },
  ],
});
