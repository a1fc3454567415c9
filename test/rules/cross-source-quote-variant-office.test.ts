// cross-source/quote-variant: the same long quotation given to two office holders named only by
// their office ("the governor" / "the transport minister"): offices of different kinds are two
// people, so one outlet has the speaker wrong.
import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Highland Courier', publishedAt: '2026-09-08' },
  { text: b, source: 'Valley Wire', publishedAt: '2026-09-08' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'A landslide buried the mountain road on Sunday. "The road will not reopen until every slope above it has been checked," the governor told reporters at the site.',
        'A landslide buried the mountain road on Sunday. "The road will not reopen until every slope above it has been checked," the transport minister said after flying over the valley.',
      ),
      flag: 'the governor',
      message: /different office/,
    } as never,
    {
      // A mayor named with the title against a minister named by office.
      articles: pair(
        'Mayor Ines Varga said: "No family will be moved out of the old town without a new home to go to first."',
        'The housing minister said: "No family will be moved out of the old town without a new home to go to first."',
      ),
    } as never,
  ],
  fine: [
    {
      // Two offices of one kind: the minister and the prime minister may be one office's words passed on.
      articles: pair(
        'A landslide buried the mountain road on Sunday. "The road will not reopen until every slope above it has been checked," the minister told reporters.',
        'A landslide buried the mountain road on Sunday. "The road will not reopen until every slope above it has been checked," the prime minister said.',
      ),
    } as never,
    {
      // A spokesman for the mayor speaks for the mayor: not an office holder of another kind.
      articles: pair(
        'A landslide buried the mountain road on Sunday. "The road will not reopen until every slope above it has been checked," the mayor told reporters.',
        'A landslide buried the mountain road on Sunday. "The road will not reopen until every slope above it has been checked," the governor\'s spokesman said.',
      ),
    } as never,
    {
      // The same office, once with the name.
      articles: pair(
        'Mayor Ines Varga said: "No family will be moved out of the old town without a new home to go to first."',
        'The mayor said: "No family will be moved out of the old town without a new home to go to first."',
      ),
    } as never,
  ],
});
