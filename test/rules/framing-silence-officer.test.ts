import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// Silences after a denial on the same matter, where the link is the article's own structure:
// a named officer introduced with the body's role, a topic carried by the claim the denial
// answered (after the wording or fronted), an idiom of silence ("kept its counsel"), and
// "no account of why" after the actor's own quoted explanation.
testRule(rule, {
  flagged: [
    {
      // A named officer (introduced as the body's director, by its abbreviation) denied; the body then will not say.
      text: 'The opening hours were set out on Thursday by the chief executive of the National Gallery Trust (NGT), Sofia Marin Duarte.\n\nCurators say that three paintings from the basement store were lent to a private collector without a contract.\n\nMarin denied that any painting had left the gallery. "Every canvas is on our walls or in our store," she said.\n\nThe NGT would not say where the three paintings were.',
      flag: 'The NGT would not say where the three paintings were',
    },
    {
      // The officer introduced in an appositive ("the board's head of procurement"); the topic is in the claim, not the denial.
      text: 'The new bus timetable was drawn up by Jaan Tamm, the transit agency\'s head of planning.\n\nDrivers say the night routes were cut on the advice of a consultant whose survey was never published.\n\nTamm denied that any night route had been cut.\n\nThe agency has not answered questions about the consultant.',
      flag: 'The agency has not answered questions about the consultant',
    },
    {
      // A fronted topic and an idiom of silence, after the officer's denial of the claim that holds it.
      text: 'Residents say that 12 flats in the tower were let to association staff at half the market rent. The housing association\'s chief executive, Marek Nowak, denied on Thursday that any flat had been let below the market rate.\n\nRegarding the 12 flats, the association has kept its counsel.',
      flag: 'the association has kept its counsel',
    },
    {
      // The same idiom with the topic after it.
      text: 'Teachers say that 20 laptops bought for the school went home with the head\'s relatives. The school board denied on Friday that any laptop had left the building.\n\nThe board has kept its own counsel on the 20 laptops.',
      flag: 'The board has kept its own counsel',
    },
    {
      // "No account of why" after the actor's own quoted explanation, however far back.
      text: 'Water bills in Brno went up by a fifth in January. "Bills went up because the chemicals we treat the water with doubled in price," the utility\'s chief executive, Pavel Novak, told a council hearing in March. "Nobody hid that."\n\nHouseholds in the east of the city say they were not warned.\n\nThe regulator said it would review the tariff in June.\n\nA consumer group said arrears had risen.\n\nNovak has given no reason for why the water bills went up.',
      flag: 'Novak has given no reason for why the water bills went up',
    },
    {
      // Reported speech explains too: "said the levy went up because ...".
      text: 'Mayor Jonas Vik said the parking levy went up because the city\'s repair bill doubled.\n\nShop owners on the high street have complained for months.\n\nVik has given no explanation of why the parking levy went up.',
      flag: 'Vik has given no explanation of why the parking levy went up',
    },
  ],
  fine: [
    // A silence by another party, which denied nothing.
    { text: 'The opening hours were set out on Thursday by the chief executive of the National Gallery Trust (NGT), Sofia Marin.\n\nCurators say that three paintings were lent to a private collector.\n\nMarin denied that any painting had left the gallery.\n\nThe culture ministry would not say where the three paintings were.' },
    // A silence on a different matter from the claim the officer denied.
    { text: 'Residents say that 12 flats in the tower were let to association staff at half the market rent. The housing association\'s chief executive, Marek Nowak, denied on Thursday that any flat had been let below the market rate.\n\nThe fire service has not said whether the tower\'s alarms were checked last year.' },
    // A former officer's denial is not the body's.
    { text: 'Curators say that three paintings were lent to a private collector, said Sofia Marin, a former chief executive of the National Gallery Trust (NGT).\n\nMarin denied that the paintings had left while she was in charge.\n\nThe NGT would not say where the three paintings were.' },
    // The explanation quoted is about something else: the "why" stays open.
    { text: 'Water bills in Brno went up by a fifth in January. "We publish every tariff because the law requires it," the utility\'s chief executive, Pavel Novak, told a council hearing in March.\n\nHouseholds in the east of the city say they were not warned.\n\nThe regulator said it would review the tariff in June.\n\nNovak has given no reason for why the water bills went up.' },
    // Someone else explained; the actor gave no account.
    { text: 'An economist at the university said the parking levy went up because the city\'s repair bill doubled.\n\nShop owners on the high street have complained for months.\n\nMayor Jonas Vik has given no explanation of why the parking levy went up.' },
    // An idiom of silence with no denial before it.
    { text: 'Teachers say that 20 laptops bought for the school went home with the head\'s relatives.\n\nRegarding the 20 laptops, the school board has kept its counsel.' },
  ],
});
