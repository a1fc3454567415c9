// cross-source/opposite-account: one held thing (a record, a title, a licence) kept in one
// account and taken away in the other ("the court left his title untouched" / "the ruling
// strips him of the title"). Kept in both, taken in both, or different things are fine.
import rule from '../../rules/cross-source/opposite-account.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Ring Report', publishedAt: '2026-05-06' },
  { text: b, source: 'Valley Courier', publishedAt: '2026-05-06' },
];
const KEPT = /kept \/ taken away/;

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Boxer\'s appeal\n\nThe board left his national heavyweight title untouched, because he won it before the failed test in Manila.',
        'Manila boxer\n\nThe ruling also strips him of the national heavyweight title he won in Manila last year.',
      ),
      flag: 'left his national heavyweight title untouched',
      message: KEPT,
    } as never,
    {
      articles: pair(
        'Bus operator fined\n\nThe regulator fined the Kampala bus operator but the company keeps its route licence for the Jinja road.',
        'Kampala buses\n\nThe regulator revoked the Kampala bus operator\'s route licence for the Jinja road and fined it.',
      ),
      flag: 'keeps its route licence',
      message: KEPT,
    } as never,
    {
      articles: pair(
        'Relay ruling\n\nThe team retains the Commonwealth relay medal won in Glasgow, the federation said.',
        'Glasgow relay\n\nThe federation said it would strip the team of the Commonwealth relay medal won in Glasgow.',
      ),
      flag: 'retains the Commonwealth relay medal',
      message: KEPT,
    } as never,
    {
      articles: pair(
        'Mining dispute\n\nThe court did not revoke the company\'s copper mining permit in Solwezi, its lawyers said.',
        'Solwezi mine\n\nThe court revoked the company\'s copper mining permit in Solwezi on Tuesday, its lawyers said.',
      ),
      flag: 'did not revoke',
      message: KEPT,
    } as never,
    {
      articles: pair(
        'Jockey cleared\n\nThe stewards left the Derby trophy intact for the Curragh jockey after the inquiry.',
        'Curragh inquiry\n\nThe stewards withdrew the Derby trophy from the Curragh jockey after the inquiry.',
      ),
      flag: 'left the Derby trophy intact',
      message: KEPT,
    } as never,
  ],
  fine: [
    {
      // Kept in both.
      articles: pair(
        'Boxer\'s appeal\n\nThe board left his national heavyweight title untouched, because he won it before the test in Manila.',
        'Manila boxer\n\nHe keeps the national heavyweight title he won in Manila last year, the board said.',
      ),
    } as never,
    {
      // Taken away in both.
      articles: pair(
        'Relay ruling\n\nThe federation stripped the team of the Commonwealth relay medal won in Glasgow.',
        'Glasgow relay\n\nThe team lost the Commonwealth relay medal won in Glasgow, the federation said.',
      ),
    } as never,
    {
      // Different things: a title kept, a record taken.
      articles: pair(
        'Sprinter ruling\n\nThe sprinter keeps her national title, the federation in Accra said.',
        'Accra sprinter\n\nThe federation in Accra stripped the sprinter of her national record.',
      ),
    } as never,
    {
      // One article tells both outcomes for the same kind of thing: nothing to set against.
      articles: pair(
        'Skater ruling\n\nThe skater keeps her 2024 world title but was stripped of her 2025 world title by the union in Lausanne.',
        'Lausanne ruling\n\nThe union in Lausanne stripped the skater of her 2025 world title.',
      ),
    } as never,
    {
      // An aim, not an outcome: a bid to keep the licence.
      articles: pair(
        'Airline appeal\n\nThe Nairobi airline went to court in a bid to keep its operating licence.',
        'Nairobi airline\n\nThe regulator revoked the Nairobi airline\'s operating licence last month.',
      ),
    } as never,
  ],
});
