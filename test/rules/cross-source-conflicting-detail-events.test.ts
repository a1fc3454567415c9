// cross-source/conflicting-detail: one kind of event dated two ways, named with different
// nouns ("a sample drawn from the village well on 4 May" / "the laboratory test on 19 May").
// Two dated events of one kind in one article, ordinals, and the same date are fine.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Andes Daily', publishedAt: '2026-02-11' },
  { text: b, source: 'Health Desk', publishedAt: '2026-02-11' },
];
const DATES = /Dates for the same/;

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Well closed\n\nThe agency found nitrates in a sample drawn from the village well in Tarija on 4 May 2025, and closed the well for a month.',
        'Tarija well\n\nThe agency said the laboratory test on 19 May 2025 showed nitrates in the village well, and closed it for a month.',
      ),
      flag: '4 May 2025',
      message: DATES,
    } as never,
    {
      articles: pair(
        'Bakery fined\n\nThe inspectors fined the bakery after a test on 12 January 2026 found mould in its flour in Rosario.',
        'Rosario bakery\n\nThe inspectors fined the bakery over mould found in a sample of flour collected in Rosario on 21 January 2026.',
      ),
      flag: '12 January 2026',
      message: DATES,
    } as never,
    {
      articles: pair(
        'Union ballot\n\nNurses in Cork backed strike action in a ballot on 3 November 2025, the union said.',
        'Cork nurses\n\nNurses in Cork backed strike action in the vote on 10 November 2025, the union said.',
      ),
      flag: '3 November 2025',
      message: DATES,
    } as never,
    {
      articles: pair(
        'Mayor charged\n\nThe court heard the mayor\'s case at a hearing on 2 December 2025 in Kisumu, prosecutors said.',
        'Kisumu mayor\n\nProsecutors told the court in Kisumu at the hearing on 9 December 2025 that the mayor took bribes.',
      ),
      flag: '2 December 2025',
      message: DATES,
    } as never,
    {
      articles: pair(
        'Mill closed\n\nInspectors found rats in the mill\'s storerooms during an inspection on 6 October 2025 in Tamale, the authority said.',
        'Tamale mill\n\nThe authority said its inspection on 16 October 2025 found rats in the mill storerooms in Tamale.',
      ),
      flag: '6 October 2025',
      message: DATES,
    } as never,
  ],
  fine: [
    {
      // The same date, nouns differing.
      articles: pair(
        'Well closed\n\nThe agency found nitrates in a sample drawn from the village well in Tarija on 4 May 2025.',
        'Tarija well\n\nThe agency said the laboratory test on 4 May 2025 showed nitrates in the village well.',
      ),
    } as never,
    {
      // One article tells of two tests on two dates; the other of one of them.
      articles: pair(
        'Pool closed\n\nA test on 2 March 2025 was clean, but a sample taken at the Lagos pool on 20 March 2025 showed bacteria.',
        'Lagos pool\n\nThe sample taken at the Lagos pool on 20 March 2025 showed bacteria, the council said.',
      ),
    } as never,
    {
      // An ordinal sets one test apart from the other.
      articles: pair(
        'Beach closed\n\nThe first test on 5 April 2025 was clean, the council said of the water at the Accra beach.',
        'Accra beach\n\nThe council said a second test on 19 April 2025 found sewage in the water at the Accra beach.',
      ),
    } as never,
    {
      // Different kinds of event on different dates: a vote and a hearing.
      articles: pair(
        'Council row\n\nThe council vote on 4 June 2025 approved the Galway bypass.',
        'Galway bypass\n\nThe planning hearing on 18 June 2025 will consider objections to the Galway bypass.',
      ),
    } as never,
    {
      // A date that belongs to another verb, not to the event noun.
      articles: pair(
        'Dairy recall\n\nThe agency said the test, which the dairy failed, led to a recall that the ministry announced on 3 June 2025.',
        'Eldoret dairy\n\nOfficials in Eldoret said the sample taken at the dairy on 10 May 2025 held listeria.',
      ),
    } as never,
  ],
});
