import rule from '../../rules/factual-slip/administration-year.js';
import { testRule } from '../helpers/rule-tester.js';

// A year that opens a timeline line ("• 2014 — ...", "March 2016: ...") dates the line's act
// like "In 2014,": a government named after a leader who did not govern that year is wrong.
testRule(rule, {
  flagged: [
    { text: 'How the ban evolved:\n• 2012 — The Ruto government lifts the ban on GM maize\n• 2023 — Courts suspend the order', flag: '2012 — The Ruto government' },
    { text: 'Timeline\n• 2014 — President Claudia Sheinbaum\'s government opens the new airport\n• 2024 — Flights resume', flag: "2014 — President Claudia Sheinbaum's government" },
    { text: 'Key dates\nMarch 2016: Prime Minister Anthony Albanese\'s government announces the scheme\nJune 2024: The first grants are paid', flag: "2016: Prime Minister Anthony Albanese's government" },
    { text: 'Milestones\n- 2010 — The Modi government signs the port concession\n- 2019 — Work begins', flag: '2010 — The Modi government' },
    { text: 'Timeline\n• 17 May 2015 — The Albanese government announces the inquiry', flag: '2015 — The Albanese government' },
  ],
  fine: [
    { text: 'How the ban evolved:\n• 2023 — The Ruto government lifts the ban on GM maize\n• 2024 — Courts suspend the order' },
    { text: 'Timeline\n• 2014 — Levee rebuilt after the floods\n• 2025 — President Claudia Sheinbaum\'s government funds a second levee' },
    { text: 'Prices rose through the decade to 2014 — and the Sheinbaum government says they will fall.' },
    { text: 'Timeline\n• 2019 — Talks open; the Sheinbaum government later joins them' },
    { text: 'Key dates\nMarch 2023: Prime Minister Anthony Albanese\'s government announces the scheme' },
  ],
});
