import rule from '../../rules/cross-source/single-source-expert.js';
import { describe, expect, it } from 'vitest';
import { analyzeAll } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const others = [
  { text: 'Lisbon tram fares to rise\n\nTram and metro fares in Lisbon will rise by 8 percent in January, the city transport company Carris said on Monday.', source: 'Tagus News' },
  { text: 'Carris raises fares\n\nCarris, the Lisbon transport operator, said on Monday that fares would go up 8 percent from January.', source: 'Atlantic Wire' },
];

// A three-outlet story about a dengue outbreak: the other two carry no outside expert.
const dengue = [
  { text: 'Dengue cases triple in Asunción\n\nParaguay recorded 9,400 dengue cases in January, three times the figure a year earlier, the health ministry said on Friday.', source: 'Chaco Wire' },
  { text: 'Health ministry declares dengue alert\n\nThe health ministry declared a national dengue alert on Friday after 9,400 cases in January, and ordered fumigation in 40 districts.', source: 'Río Noticias' },
];
const dengueLead = (body: string) => ({ text: `Asunción fights dengue\n\nParaguay declared a dengue alert on Friday after 9,400 cases in January. ${body}`, source: 'Guaraní Post' });

// Affiliated experts one outlet alone quotes, with no other outlet's expert: a note (info).
const affiliatedFlagged: [body: string, name: string][] = [
  ['"The mosquito season started six weeks early this year," said Dr Laura Giménez, an entomologist at the National University of Asunción.', 'Laura Giménez'],
  ['Rainfall is only half the story, according to Marcos Benítez, a climate researcher at the Catholic University of Asunción. "Water stored in open tanks does the rest," he said.', 'Marcos Benítez'],
  ['"Hospitals in the capital can cope for now," said Ana Villalba, a professor of tropical medicine at the National University of Asunción.', 'Ana Villalba'],
];

// Office holders and neighbours: not single-source experts.
const affiliatedFine = [
  // The head of a professional body speaks for it, even with a "Dr".
  { articles: [dengueLead('"Our members are seeing twice the usual caseload," said Dr Julio Acosta, president of the Paraguayan Medical Association.'), ...dengue] },
  // A chief economist at a bank holds a post.
  { articles: [dengueLead('"Lost working days will cost the economy," said Carmen Rojas, chief economist at Banco Guaraní.'), ...dengue] },
  // A hospital director is an official of the hospital.
  { articles: [dengueLead('"We have opened two more wards," said Dr Pedro Ayala, director of the Hospital de Clínicas.'), ...dengue] },
  // Only two articles on the story.
  { articles: [dengueLead('"The season started six weeks early," said Dr Laura Giménez, an entomologist at the National University of Asunción.'), dengue[0]!] },
  // Another outlet cites the same expert.
  { articles: [dengueLead('"The season started six weeks early," said Dr Laura Giménez, an entomologist at the National University of Asunción.'), dengue[0]!, { text: 'Dengue alert\n\nThe mosquito season began early, the entomologist Laura Giménez said on Friday.', source: 'Río Noticias' }] },
];

describe('cross-source/single-source-expert: affiliated experts', () => {
  for (const [body, name] of affiliatedFlagged) {
    it(`notes ${name} at info`, () => {
      const report = analyzeAll([dengueLead(body), ...dengue].map((a, i) => ({ id: `a${i}`, ...a })), { rules: [rule], cluster: 'all' });
      const flags = report.articles.find((a) => a.id === 'a0')!.flags;
      expect(flags.map((f) => [f.text, f.severity])).toEqual([[name, 'info']]);
    });
  }
  it('still warns on an unaffiliated expert when another outlet has an affiliated one', () => {
    const arts = [
      dengueLead('"Fumigation alone will not work," said public-health expert Diego Franco.'),
      dengue[0]!,
      { text: 'Dengue alert\n\nThe alert came late, said Dr Laura Giménez, an entomologist at the National University of Asunción.', source: 'Río Noticias' },
    ];
    const report = analyzeAll(arts.map((a, i) => ({ id: `a${i}`, ...a })), { rules: [rule], cluster: 'all' });
    const all = report.articles.flatMap((a) => a.flags.map((f) => [a.id, f.text, f.severity]));
    // An unaffiliated expert elsewhere does not count as another outlet's own expert view.
    expect(all).toEqual([['a0', 'Diego Franco', 'warning'], ['a2', 'Laura Giménez', 'info']]);
  });
});

testRule(rule, {
  flagged: [
    ...affiliatedFlagged.map(([body, name]) => ({ articles: [dengueLead(body), ...dengue], flag: name, message: /institution/ })),
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
      // The expert's affiliation is given, and another outlet quotes an affiliated expert of its own.
      articles: [
        { text: 'Lisbon fares up 8%\n\nLisbon will raise fares by 8 percent. "Commuters will be hit hardest," said Miguel Sousa, a transport economist at the University of Lisbon.', source: 'Lusa Review' },
        ...others,
        { text: 'Fares and the climate\n\nThe Carris fare rise could push some riders back into cars, said Rita Neves, an urban planner and researcher at the Instituto Superior Técnico.', source: 'Metro Lisboa' },
      ],
    },
    ...affiliatedFine,
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
