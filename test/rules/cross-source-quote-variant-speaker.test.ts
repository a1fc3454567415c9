// cross-source/quote-variant: the same long quotation given to two different named people by
// two outlets ("'...,' said the authority's director, Ana Ruiz" / "'...,' the operator's chief
// executive, Jonas Lindqvist, told guests"): one outlet has the speaker wrong. The flag goes on the
// speaker's name in the later article.
import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Lagoon Herald', publishedAt: '2026-06-03' },
  { text: b, source: 'Freight Africa Daily', publishedAt: '2026-06-03' },
];

testRule(rule, {
  flagged: [
    {
      // An inverted cue with the name in apposition to a role in one outlet.
      articles: pair(
        '"This airport has waited thirty years for a runway. Today it gets one," said the aviation authority\'s director general, Nadia Benali, at the ceremony.',
        '"This airport has waited thirty years for a runway. Today it gets one," the builder\'s chairman, Pieter de Wet, told guests at the ceremony.',
      ),
    } as never,
    {
      articles: pair(
        'Mayor Luisa Ferreira said: "We will not let one more family sleep in a tent this winter."',
        'The housing minister, Carlos Mendes, said: "We will not let one more family sleep in a tent this winter."',
      ),
    } as never,
    {
      articles: pair(
        '"The river has never been this low in August, and the boats cannot reach the mills," said Tomasz Wrona, the harbour master.',
        '"The river has never been this low in August, and the boats cannot reach the mills," said Agata Nowicka, who runs the barge owners\' association.',
      ),
    } as never,
    {
      articles: pair(
        'Coach Erik Lindqvist said after the match: "We played like a team that had forgotten how to win at home."',
        'Captain Jonas Berg said after the match: "We played like a team that had forgotten how to win at home."',
      ),
    } as never,
    {
      // One outlet quotes only a cut of the statement.
      articles: pair(
        '"The vaccine reached every district on time, and not one cold box failed on the way," said Dr. Amina Yusuf, the programme director.',
        '"Not one cold box failed on the way," said the health minister, Ibrahim Sani, who added: "The vaccine reached every district on time, and not one cold box failed on the way."',
      ),
    } as never,
  ],
  fine: [
    {
      // The same person, named with a title in one outlet.
      articles: pair(
        '"This airport has waited thirty years for a runway. Today it gets one," said Nadia Benali, the aviation authority\'s director general.',
        '"This airport has waited thirty years for a runway. Today it gets one," the director general, Dr. Nadia Benali, told guests.',
      ),
    } as never,
    {
      // The surname alone in one outlet.
      articles: pair(
        '"We will not let one more family sleep in a tent this winter," said Mayor Luisa Ferreira.',
        '"We will not let one more family sleep in a tent this winter," Ferreira said on Monday.',
      ),
    } as never,
    {
      // A short slogan two people may both say.
      articles: pair(
        'Union leader Ines Carvalho told the crowd: "No deal, no work."',
        'Teacher Sipho Ndlovu told the crowd: "No deal, no work."',
      ),
    } as never,
    {
      // A body in one outlet and its named spokesman in the other: not two people.
      articles: pair(
        '"The line will reopen on Friday once the bridge has been inspected," the rail operator said in a statement.',
        '"The line will reopen on Friday once the bridge has been inspected," said Marek Dvorak, a spokesman for the rail operator.',
      ),
    } as never,
    {
      // A role under a body's name, no person named: the body is the employer, not a second person.
      articles: pair(
        '"The new berth will take ships twice the size by the end of next year," said the Lake Harbour Authority\'s director.',
        '"The new berth will take ships twice the size by the end of next year," said Jonas Lindqvist, the operator\'s chief executive.',
      ),
    } as never,
    {
      // Two people saying different things.
      articles: pair(
        '"The quay will be finished by June and the cranes are already on their way," said Nadia Benali, the authority\'s director.',
        '"We have not yet ordered the cranes, and June is not realistic for the quay," said Pieter de Wet, the builder\'s chairman.',
      ),
    } as never,
  ],
});
