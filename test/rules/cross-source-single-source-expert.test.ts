import rule from '../../rules/cross-source/single-source-expert.js';
import { testRule } from '../helpers/rule-tester.js';

const others = [
  { text: 'Lisbon tram fares to rise\n\nTram and metro fares in Lisbon will rise by 8 percent in January, the city transport company Carris said on Monday.', source: 'Tagus News' },
  { text: 'Carris raises fares\n\nCarris, the Lisbon transport operator, said on Monday that fares would go up 8 percent from January.', source: 'Atlantic Wire' },
];

testRule(rule, {
  flagged: [
    {
      articles: [
        { text: 'Lisbon fares up 8%\n\nLisbon will raise transport fares by 8 percent in January. "Commuters on low incomes will be hit hardest," said transport analyst Miguel Sousa.', source: 'Lusa Review' },
        ...others,
      ],
      flag: 'Miguel Sousa',
    },
    {
      articles: [
        { text: 'Fare rise in Lisbon\n\nCarris will raise fares in January. "This is the wrong moment," said Professor Ana Ferreira, who called the increase avoidable.', source: 'Lusa Review' },
        ...others,
      ],
      flag: 'Ana Ferreira',
    },
    {
      articles: [
        { text: 'Lisbon fares\n\nFares in Lisbon rise 8 percent in January. Economist Dr. Rui Matos said the increase "will push people back into cars."', source: 'Lusa Review' },
        ...others,
      ],
      flag: 'Rui Matos',
    },
    {
      articles: [
        { text: 'Lisbon transport\n\nCarris will raise fares by 8 percent. "Ridership will fall," urban mobility expert Joana Pires said.', source: 'Lusa Review' },
        ...others,
        { text: 'Commuters react\n\nCommuters in Lisbon reacted angrily on Monday to the 8 percent fare rise announced by Carris.', source: 'Metro Lisboa' },
      ],
      flag: 'Joana Pires',
    },
  ],
  fine: [
    {
      // Only two articles: too few to call anyone single-source.
      articles: [
        { text: 'Lisbon fares up 8%\n\nLisbon will raise fares by 8 percent. "Commuters will be hit hardest," said transport analyst Miguel Sousa.', source: 'Lusa Review' },
        others[0]!,
      ],
    },
    {
      // The expert's affiliation is given.
      articles: [
        { text: 'Lisbon fares up 8%\n\nLisbon will raise fares by 8 percent. "Commuters will be hit hardest," said Miguel Sousa, a transport economist at the University of Lisbon.', source: 'Lusa Review' },
        ...others,
      ],
    },
    {
      // Another outlet cites the same expert.
      articles: [
        { text: 'Lisbon fares up 8%\n\nLisbon will raise fares by 8 percent. "Commuters will be hit hardest," said transport analyst Miguel Sousa.', source: 'Lusa Review' },
        ...others,
        { text: 'Fare rise criticised\n\nAnalyst Miguel Sousa warned that the Lisbon fare rise would hit commuters on low incomes.', source: 'Metro Lisboa' },
      ],
    },
    {
      // A named official is not an expert.
      articles: [
        { text: 'Lisbon fares up 8%\n\nLisbon will raise fares by 8 percent, Carris spokesman Pedro Alves said on Monday.', source: 'Lusa Review' },
        ...others,
      ],
    },
  ],
});
