// cross-source/conflicting-detail, three shapes of one event told two ways:
// - one event timed two ways in sentences worded too differently to align ("The hospital lost
//   power at about 3 a.m. on Thursday" / "The hospital was plunged into darkness shortly after
//   10 p.m. on Wednesday"):
//   the same subject and the same kind of event (a clockEvents group, else the same verb); a
//   weekday written against the time is the event's, whatever other weekday the sentence has;
// - two causes credited to one qualified finding ("the preliminary report": "derailed due to a
//   broken rail" / "resulted from a signalling error"), info;
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
        'The hospital lost power at about 3 a.m. on Thursday, after a storm brought down a line, a spokesman for the health board said on Friday.',
        'The hospital was plunged into darkness shortly after 10 p.m. on Wednesday, the health board said.',
      ),
      flag: 'at about 3 a.m.',
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
        'Its preliminary report is that the train derailed due to a broken rail, the safety board said.',
        'According to the safety board\'s preliminary report, the derailment resulted from a signalling error at the junction.',
      ),
      flag: 'due to a broken rail',
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
        'The hospital lost power at about 3 a.m. on Thursday, a spokesman for the health board said on Friday.',
        'The hospital was plunged into darkness shortly after 2.30 a.m. on Thursday, the health board said.',
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
        'The signal box lost power at 3 a.m. on Monday. The signal box lost power again at 8 p.m. on Monday.',
        'The signal box went out at 8 p.m. on Monday, staff said.',
      ),
    } as never,
    {
      // Causes that agree: one broken rail, two wordings.
      articles: pair(
        'Its preliminary report is that the train derailed due to a broken rail, the safety board said.',
        'According to the safety board\'s preliminary report, the derailment resulted from a broken rail near the bridge.',
      ),
    } as never,
    {
      // Two different people with a shared family name, one a time clause and one an agent:
      // the names' middles are not two actors.
      articles: pair(
        'The dam was completed in 2012, when Ana de Souza Lima Neto was minister, and opened two years later.',
        'The dam was completed in 2012 by Minister Rita de Castro Lima Neto and opened two years later.',
      ),
    } as never,
  ],
});
