import rule from '../../rules/factual-slip/weekday-date.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'The ceasefire in Gaza took effect on Tuesday, January 20, 2025, at 8:30 a.m.', flag: 'Tuesday' },
    { text: 'Voting in the Lisbon mayoral race ends Thursday, Oct. 3, 2025.', flag: 'Thursday' },
    { text: 'The museum reopens on Tuesday 2 April 2025 after two years of work.', flag: 'Tuesday' },
    { text: 'Yesterday, Thursday, the finance minister of Ghana resigned.', flag: 'Yesterday, Thursday', publishedAt: '2025-06-07' },
    { text: 'Talks on the Nile dam resume tomorrow (Monday) in Addis Ababa.', flag: 'tomorrow (Monday)', publishedAt: '2025-06-07' },
  ],
  fine: [
    { text: 'The Wimbledon final is on Sunday, July 13, 2025.' },
    { text: 'Ghana’s finance minister resigned yesterday (Friday) after the audit.', publishedAt: '2025-06-07' },
    { text: 'On Tuesday, officials in Nairobi said the road would reopen.', publishedAt: '2025-06-07' },
    { text: 'The inquiry into the Grenfell fire opens on Monday 14 July 2025.' },
    { text: 'The vote was held on Tuesday, March 5, 2024, across 15 states.' },
    { text: 'Today is Saturday, and the markets in Lagos are closed.', publishedAt: '2025-06-07' },
  ],
});
