import rule from '../../rules/factual-slip/weekday-date.js';
import { testRule } from '../helpers/rule-tester.js';

// A live blog's time stamps between entries are the newsroom's own dating of each entry: not
// story prose, but a weekday in one that does not match its date is a slip like any other.
const blog = (stamp: string) =>
  [
    'LIVE \u2014 Harbour pilots strike over night shifts',
    '',
    'Tue 12 May, 08:55',
    'Pilots at the container terminal have stopped boarding ships, and the first vessels are waiting at anchor outside the breakwater.',
    '',
    'Tue 12 May, 10:40',
    'The port authority says it has asked the pilots\u2019 association to talks in the afternoon, and that no ship will be turned away.',
    '',
    stamp,
    'Good morning. The pilots have voted to go back to work while the talks go on, their association told us overnight.',
    '',
    'Wed 13 May, 08:10',
    'We are closing this live page. Thank you for following.',
  ].join('\n');

testRule(rule, {
  flagged: [{ text: blog('Thu 13 May, 07:30'), flag: 'Thu', publishedAt: '2026-05-13' }],
  fine: [{ text: blog('Wed 13 May, 07:30'), publishedAt: '2026-05-13' }],
});
