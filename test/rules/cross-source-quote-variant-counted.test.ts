// cross-source/quote-variant: one named person's statement told two ways from a short shared
// opening ("We closed the road ...") with a different count or position after it ("the first
// warning" / "the third warning"): info, as it may be two statements.
import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Alpine Courier', publishedAt: '2026-02-10' },
  { text: b, source: 'Valley Post', publishedAt: '2026-02-10' },
];

testRule(rule, {
  flagged: [
    {
      // The name in apposition to a role in one outlet, the name alone in the other.
      articles: pair(
        '"We closed the pass the moment the first avalanche warning came in, as the rules say," said Dr. Lena Hofer, the district safety officer, on Monday.',
        'The district safety officer, Dr. Lena Hofer, told reporters on Monday: "We closed the pass only after the third warning, when we knew the slope would go."',
      ),
      flag: 'We closed the pass the moment the first avalanche warning came in',
    } as never,
    {
      articles: pair(
        '"We evacuated the school within two hours of the leak being found," said Marco Bellini, the fire chief.',
        'Fire chief Marco Bellini said: "We evacuated the school after nine hours, once the readings were confirmed by the lab."',
      ),
      flag: 'We evacuated the school within two hours',
    } as never,
    {
      articles: pair(
        '"The company recalled the batch the first day we had a complaint," said Ines Duarte, its quality director.',
        'Ines Duarte, the quality director, said: "The company recalled the batch on the fifth day, after the regulator called us in."',
      ),
      flag: 'recalled the batch the first day',
    } as never,
    {
      articles: pair(
        '"We suspended the contractor after one inspection showed cracks in the beams," said Tomas Novak, the city engineer.',
        'The city engineer, Tomas Novak, said: "We suspended the contractor when four separate inspections had found cracks we could not ignore."',
      ),
      flag: 'We suspended the contractor after one inspection',
    } as never,
    {
      articles: pair(
        '"I signed the order on the second day of the flood, as soon as the river broke its banks," said Mayor Ana Petrova.',
        'Mayor Ana Petrova said: "I signed the order on the sixth day, when the water reached the town hall and the power went."',
      ),
      flag: 'I signed the order on the second day',
    } as never,
  ],
  fine: [
    {
      // Different people.
      articles: pair(
        '"We closed the pass the moment the first avalanche warning came in," said Lena Hofer, the safety officer.',
        '"We closed the pass only after the third warning, when the slope was ready to go," said Paul Gruber, a mountain guide.',
      ),
    },
    {
      // The same opening and no count in one version: two statements on one theme.
      articles: pair(
        '"We evacuated the school within two hours of the leak being found," said Marco Bellini, the fire chief.',
        'Fire chief Marco Bellini said: "We evacuated the school because the children come first and the fumes were spreading fast."',
      ),
    },
    {
      // The same count in both: no change of fact.
      articles: pair(
        '"We suspended the contractor after one inspection showed cracks," said Tomas Novak, the city engineer.',
        'The city engineer, Tomas Novak, said: "We suspended the contractor after one inspection, and the beams will now be tested again by the university."',
      ),
    },
    {
      // Only a pronoun in common at the start: nothing ties the statements.
      articles: pair(
        '"We have two more weeks of work on the east wall," said Tomas Novak, the city engineer.',
        'The city engineer, Tomas Novak, said: "We expect the third crane to arrive from Brno by the end of the month."',
      ),
    },
    {
      // An unnamed speaker in one outlet: not tied to one person.
      articles: pair(
        '"We closed the pass the moment the first avalanche warning came in," said Lena Hofer, the safety officer.',
        'A police officer at the scene said: "We closed the pass after the third warning, once the slope started to move."',
      ),
    },
  ],
});
