import rule from '../../rules/factual-slip/weekday-date.js';
import { testRule } from '../helpers/rule-tester.js';

// A live blog's time stamps between entries are the newsroom's own dating of each entry: not
// story prose, but a weekday in one that does not match its date is a slip like any other.
const blog = (stamp: string) =>
  [
    'LIVE \u2014 Ferry crews walk out on the island routes',
    '',
    'Thu 8 Oct, 09:15',
    'No ferries have left the mainland quay since dawn, and queues of lorries stretch back to the ring road.',
    '',
    'Thu 8 Oct, 11:50',
    'The ferry company says it will meet the crews\u2019 union on Friday and that season tickets will be refunded.',
    '',
    stamp,
    'Overnight the crews agreed to sail the first morning crossings while the talks continue, the union says.',
    '',
    'Fri 9 Oct, 13:00',
    'This page is no longer being updated; our full report follows tonight.',
  ].join('\n');

testRule(rule, {
  flagged: [{ text: blog('Sat 9 Oct, 06:45'), flag: 'Sat', publishedAt: '2026-10-09' }],
  fine: [{ text: blog('Fri 9 Oct, 06:45'), publishedAt: '2026-10-09' }],
});
