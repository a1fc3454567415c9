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
      text: 'The contract was announced by the director of the Baltic Grain Terminal (BGT), Ilmars Ozolins Berzins, on Monday.\n\nDock workers say that two conveyor belts were dismantled last spring and sold abroad.\n\nOzolins denied that any terminal equipment had been sold. "Nothing left the port. The belts were moved to the north quay," he said.\n\nThe BGT declined to say what had become of the conveyor belts.',
      flag: 'The BGT declined to say what had become of the conveyor belts',
    },
    {
      // The officer introduced in an appositive ("the board's head of procurement"); the topic is in the claim, not the denial.
      text: 'The tender was won by a firm from Tartu, said Kadri Lepik, the board\'s procurement officer.\n\nTwo clerks say a revised offer arrived by courier an hour after the deadline.\n\nLepik denied that any offer was accepted late.\n\nThe board did not respond to requests for comment on the courier.',
      flag: 'The board did not respond to requests for comment on the courier',
    },
    {
      // A fronted topic and an idiom of silence, after the officer's denial of the claim that holds it.
      text: 'The growers\' union says that 400 tonnes of subsidised fertiliser were sold to traders across the border. The agriculture ministry\'s director-general, Dr Tomas Reyes, denied on Monday that any fertiliser had left the country.\n\nOn the 400 tonnes, the ministry has since kept its counsel.',
      flag: 'the ministry has since kept its counsel',
    },
    {
      // The same idiom with the topic after it.
      text: 'Fishermen say that 30 licences were issued to boats that never registered. The fisheries board denied on Friday that any licence had gone to an unregistered boat.\n\nThe board has kept its own counsel on the 30 licences.',
      flag: 'The board has kept its own counsel',
    },
    {
      // "No account of why" after the actor's own quoted explanation, however far back.
      text: 'The port authority\'s director, Ana Ruiz, denied that the pilotage fees had been hidden from shippers. "Every tariff was published," she said on Tuesday. "The fees rose because the pilots\' insurance rose, and because night crossings cost more."\n\nShipping lines say they were not consulted.\n\nThe harbour master said the new channel would open in June.\n\nA freight forwarder in the port said the delays had eased.\n\nRuiz has offered no account of why the pilotage fees rose.',
      flag: 'Ruiz has offered no account of why the pilotage fees rose',
    },
    {
      // Reported speech explains too: "said the levy went up because ...".
      text: 'Mayor Jonas Vik said the parking levy went up because the city\'s repair bill doubled.\n\nShop owners on the high street have complained for months.\n\nVik has given no explanation of why the parking levy went up.',
      flag: 'Vik has given no explanation of why the parking levy went up',
    },
  ],
  fine: [
    // A silence by another party, which denied nothing.
    { text: 'The contract was announced by the director of the Baltic Grain Terminal (BGT), Ilmars Ozolins, on Monday.\n\nDock workers say that two conveyor belts were sold abroad.\n\nOzolins denied that any terminal equipment had been sold.\n\nThe transport ministry declined to say what had become of the conveyor belts.' },
    // A silence on a different matter from the claim the officer denied.
    { text: 'The growers\' union says that 400 tonnes of subsidised fertiliser were sold to traders across the border. The agriculture ministry\'s director-general, Dr Tomas Reyes, denied on Monday that any fertiliser had left the country.\n\nThe health ministry has not said whether farm workers were tested for poisoning.' },
    // A former officer's denial is not the body's.
    { text: 'Dock workers say that two conveyor belts were sold abroad, said Ilmars Ozolins, a former director of the Baltic Grain Terminal (BGT).\n\nOzolins denied that the belts had been sold while he was in charge.\n\nThe BGT declined to say what had become of the conveyor belts.' },
    // The explanation quoted is about something else: the "why" stays open.
    { text: 'The port authority\'s director, Ana Ruiz, denied that the pilotage fees had been hidden. "Every tariff was published because shippers asked for it," she said.\n\nShipping lines say they were not consulted.\n\nThe harbour master said the new channel would open in June.\n\nRuiz has offered no account of why the pilotage fees rose.' },
    // Someone else explained; the actor gave no account.
    { text: 'An economist at the university said the parking levy went up because the city\'s repair bill doubled.\n\nShop owners on the high street have complained for months.\n\nMayor Jonas Vik has given no explanation of why the parking levy went up.' },
    // An idiom of silence with no denial before it.
    { text: 'Fishermen say that 30 licences were issued to boats that never registered.\n\nOn the 30 licences, the fisheries board has kept its counsel.' },
  ],
});
