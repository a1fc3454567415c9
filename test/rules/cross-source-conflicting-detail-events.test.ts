// cross-source/conflicting-detail: one kind of event dated two ways, named with different
// nouns ("a sample taken at his home on 4 May" / "the out-of-competition test on 19 May").
// Two dated events of one kind in one article, ordinals, and the same date are fine.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Pampas Sport', publishedAt: '2026-02-11' },
  { text: b, source: 'Integrity Weekly', publishedAt: '2026-02-11' },
];
const DATES = /Dates for the same/;

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Cyclist banned\n\nThe tribunal found that the cyclist had used testosterone, detected in a sample taken at his home in Mendoza on 4 May 2025, and banned him for four years.',
        'Mendoza cyclist\n\nThe tribunal said the out-of-competition test on 19 May 2025 showed testosterone, and banned the cyclist for four years.',
      ),
      flag: '4 May 2025',
      message: DATES,
    } as never,
    {
      articles: pair(
        'Swimmer suspended\n\nThe federation suspended the swimmer after a test on 12 January 2026 found a banned diuretic in Rosario.',
        'Rosario swimmer\n\nThe federation suspended the swimmer over a banned diuretic found in a sample collected in Rosario on 21 January 2026.',
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
        'Cyclist banned\n\nThe tribunal found testosterone in a sample taken at his home in Mendoza on 4 May 2025.',
        'Mendoza cyclist\n\nThe tribunal said the out-of-competition test on 4 May 2025 showed testosterone.',
      ),
    } as never,
    {
      // One article tells of two tests on two dates; the other of one of them.
      articles: pair(
        'Sprinter banned\n\nA test on 2 March 2025 was negative, but a sample taken in Lagos on 20 March 2025 showed a steroid.',
        'Lagos sprinter\n\nThe sample taken in Lagos on 20 March 2025 showed a steroid, the unit said.',
      ),
    } as never,
    {
      // An ordinal sets one test apart from the other.
      articles: pair(
        'Boxer suspended\n\nHis first test on 5 April 2025 was clean, the board said of the Accra boxer.',
        'Accra boxer\n\nThe board said a second test on 19 April 2025 found a stimulant in the Accra boxer\'s sample.',
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
        'Runner banned\n\nThe unit said her test, which she failed, led to a ban that the federation announced on 3 June 2025.',
        'Eldoret runner\n\nOfficials in Eldoret said the sample taken at her camp on 10 May 2025 held a steroid.',
      ),
    } as never,
  ],
});
