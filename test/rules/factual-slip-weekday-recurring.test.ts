/**
 * "every Tuesday since 4 September": a recurring weekday whose run starts on a date that is
 * not that weekday (factual-slip/weekday-date). "from" alone is an info flag; a period ("from 1
 * June to 31 August") is not read.
 */
import rule from '../../rules/factual-slip/weekday-date.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // 4 September 2024 was a Wednesday.
    { text: 'The utility has pumped water into the canal only every Tuesday since 4 September, when the reservoir fell below a fifth.', publishedAt: '2024-10-23', flag: 'every Tuesday since 4 September' },
    { text: 'Nurses have picketed the clinic on Tuesdays since September 4, 2024.', publishedAt: '2024-10-23', flag: 'Tuesdays since September 4' },
    // 8 October 2024 was a Tuesday.
    { text: 'The strike committee has met every Monday since 8 October at the union hall in Kitwe.', publishedAt: '2024-11-20', flag: 'every Monday since 8 October' },
    { text: 'Ferries have sailed each Saturday starting 4 May, the port authority said.', publishedAt: '2025-06-10', flag: 'each Saturday starting 4 May' },
    // "from": a weak signal only (2 May 2024 was a Thursday).
    { text: 'Volunteers have cleared the beach each Friday from 2 May.', publishedAt: '2024-06-01', flag: 'each Friday from 2 May' },
  ],
  fine: [
    { text: 'The strike committee has met every Monday since 7 October at the union hall in Kitwe.', publishedAt: '2024-11-20' },
    { text: 'Volunteers have cleared the beach each Friday from 3 May.', publishedAt: '2024-06-01' },
    // A period, whose first day need not be that weekday.
    { text: 'The market in Nakuru is open every Saturday from 2 June to 31 August.', publishedAt: '2024-05-20' },
    { text: 'The clinic will open every Sunday from 2 June until the end of August.', publishedAt: '2024-05-20' },
    // A month, not a day; and a one-off weekday.
    { text: 'The council has met every Monday since September.', publishedAt: '2024-11-20' },
    { text: 'The board met on Tuesday, 3 September, and has met every week since.', publishedAt: '2024-11-20' },
  ],
});
