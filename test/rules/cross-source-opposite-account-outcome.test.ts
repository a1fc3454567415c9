// cross-source/opposite-account: one held thing (a record, a title, a licence) kept in one
// account and taken away in the other ("the court left the senator's seat untouched" / "the court
// stripped the senator of the seat"). Kept in both, taken in both, or different things are fine.
import rule from '../../rules/cross-source/opposite-account.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Civic Report', publishedAt: '2026-05-06' },
  { text: b, source: 'Valley Courier', publishedAt: '2026-05-06' },
];
const KEPT = /kept \/ taken away/;

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Senator\'s appeal\n\nThe electoral court left the senator\'s Cebu seat untouched, finding no fraud in last year\'s count.',
        'Cebu count\n\nThe electoral court stripped the senator of the Cebu seat on Monday, citing fraud in last year\'s count.',
      ),
      flag: 'left the senator\'s Cebu seat untouched',
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
        'Senator\'s appeal\n\nThe electoral court left the senator\'s Cebu seat untouched, finding no fraud in last year\'s count.',
        'Cebu count\n\nThe senator keeps the Cebu seat she won in last year\'s count, the electoral court said.',
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
      // Different things: a licence kept, a permit taken.
      articles: pair(
        'Trawler ruling\n\nThe trawler owner keeps his fishing licence, the maritime court in Bergen said.',
        'Bergen trawler\n\nThe maritime court in Bergen stripped the trawler owner of his port permit.',
      ),
    } as never,
    {
      // One article tells both outcomes for the same kind of thing: nothing to set against.
      articles: pair(
        'Broadcaster ruling\n\nThe broadcaster keeps its 2024 radio licence but was stripped of its 2025 television licence by the regulator in Quito.',
        'Quito ruling\n\nThe regulator in Quito stripped the broadcaster of its 2025 television licence.',
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
