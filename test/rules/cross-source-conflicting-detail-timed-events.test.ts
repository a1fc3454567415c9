// cross-source/conflicting-detail, three shapes of one event told two ways:
// - one event timed two ways in sentences worded too differently to align ("The server was taken
//   offline at about 2 a.m. on Sunday" / "The server went dark shortly after 9 p.m. on Saturday"):
//   the same subject and the same kind of event (a clockEvents group, else the same verb); a
//   weekday written against the time is the event's, whatever other weekday the sentence has;
// - two causes credited to one qualified finding ("the preliminary finding": "got in through a
//   stolen login" / "exploited an unpatched flaw"), info;
// - a gap inside two longer names that share their ends is no "different actor" on its own.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Andes Ledger', publishedAt: '2026-05-20' },
  { text: b, source: 'Pacific Tech Desk', publishedAt: '2026-05-20' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'The benefits website was taken offline at about 2 a.m. on Sunday, after staff noticed unusual traffic, a spokeswoman for the agency said on Monday.',
        'The benefits website went dark shortly after 9 p.m. on Saturday, the agency said.',
      ),
      flag: 'at about 2 a.m.',
    } as never,
    {
      articles: pair(
        'The cargo ship ran aground on the reef at 4.15 a.m. on Tuesday, the coastguard said, and its crew of 19 was taken off by helicopter.',
        'The cargo ship struck the reef just before midnight on Monday, according to the port authority.',
      ),
      flag: 'at 4.15 a.m.',
    } as never,
    {
      articles: pair(
        'The old market hall collapsed at around 6 p.m., minutes after traders had left.',
        'The old market hall gave way shortly before 11 a.m., firefighters said.',
      ),
    } as never,
    {
      articles: pair(
        'Its preliminary finding is that the hackers got in through an employee\'s stolen password, the ministry said.',
        'According to the cyber agency\'s preliminary finding, the intruders exploited an unpatched flaw in the payroll server.',
      ),
      flag: 'the hackers got in through an employee\'s stolen password',
    } as never,
    {
      articles: pair(
        'The initial assessment found the blaze was caused by an electrical fault in the kitchen, fire officials said.',
        'Fire officials said their initial assessment traced the blaze to a discarded cigarette on the balcony.',
      ),
    } as never,
    {
      // The same hour on two weekdays is a disagreement about the date, flagged once, on the date.
      articles: pair(
        'Nurses will walk out from 8am on Monday 9 March, the union said on Tuesday.',
        'Nurses will strike starting at 8am on Tuesday 10 March, the union said.',
      ),
      flag: 'Monday 9 March',
    } as never,
  ],
  fine: [
    {
      // One time told two ways, windows that meet.
      articles: pair(
        'The benefits website was taken offline at about 2 a.m. on Sunday, a spokeswoman for the agency said on Monday.',
        'The benefits website went dark shortly after 1.30 a.m. on Sunday, the agency said.',
      ),
    } as never,
    {
      // Two events of one subject at two times: the ferry left, then it docked.
      articles: pair(
        'The ferry left Puerto Montt at 6 a.m. on Friday with 212 passengers aboard.',
        'The ferry docked in Chaitén at 4 p.m. on Friday, the navy said.',
      ),
    } as never,
    {
      // An article that times the same kind of event twice tells two moments: not compared.
      articles: pair(
        'The payroll server went down at 3 a.m. on Monday. The payroll server went down again at 8 p.m. on Monday.',
        'The payroll server crashed at 8 p.m. on Monday, staff said.',
      ),
    } as never,
    {
      // Causes that agree: one stolen password, two wordings.
      articles: pair(
        'Its preliminary finding is that the hackers got in through an employee\'s stolen password, the ministry said.',
        'According to the agency\'s preliminary finding, the intruders used a stolen password to get in, gaining access through an employee\'s stolen password.',
      ),
    } as never,
    {
      // Two different people with a shared family name, one a time clause and one an agent:
      // the names' middles are not two actors.
      articles: pair(
        'The dam was commissioned in 2012, when Sheikh Omar bin Rashid Al Nasser was minister, and opened two years later.',
        'The dam was commissioned in 2012 by Minister Sheikh Faisal bin Khalid Al Nasser and opened two years later.',
      ),
    } as never,
  ],
});
