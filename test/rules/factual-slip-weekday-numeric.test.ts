/**
 * A weekday beside a numeric date ("07.03.2025 (Thursday)", "Monday, 30/06/2025"): the
 * digits are read day first and month first, and only a weekday that matches neither
 * reading is reported.
 */
import rule from '../../rules/factual-slip/weekday-date.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // 7 March 2025 was a Friday, 3 July 2025 a Thursday.
    { text: 'The eviction notice from the Braga housing office, dated 07.03.2025 (Saturday), gave the tenants a month.', flag: 'Saturday' },
    // 5 November 2024 was a Tuesday.
    { text: 'Polling stations in the Moldovan diaspora opened on Wednesday, 05.11.2024, at 7 a.m.', flag: 'Wednesday' },
    // 30 June 2025 was a Monday.
    { text: 'The contract with the Nairobi bus operator expired on 30/06/2025 (Sunday), the county said.', flag: 'Sunday' },
    // 12 September 2023 was a Tuesday.
    { text: 'The minutes of the Tartu council meeting of 12.09.2023 (Thursday) were published a month late.', flag: 'Thursday' },
    // 15 January 2026 was a Thursday.
    { text: 'Bids for the Maribor ring road must reach the agency by Friday 15.01.2026 at noon.', flag: 'Friday' },
  ],
  fine: [
    { text: 'The eviction notice from the Braga housing office, dated 07.03.2025 (Friday), gave the tenants a month.' },
    { text: 'Polling stations in the Moldovan diaspora opened on Tuesday, 05.11.2024, at 7 a.m.' },
    // Day first it is 6 May 2025, a Tuesday; month first, 5 June: one reading matches.
    { text: 'The hearing in the Ghent court was moved to Tuesday 06.05.2025.' },
    { text: 'The US embassy notice said the visa office would close on Wednesday, 07/03/2024.' },
    { text: 'The ferry timetable changed on 14.02.2025, and the Saturday crossings were cut.' },
    { text: 'Version 2.14.2025 of the tax software was released on Thursday, the ministry said.' },
  ],
});
