/**
 * "X, who as prime minister signed the steel deal last week,": a relative clause that says X held
 * the office when X did the act, read by factual-slip/office-title. The act's time is in the
 * clause: a year or date, or words for the weeks before the article ("last month", "last week").
 * Neighbours: the right holder, a time outside the clause, a clause with no act or time.
 */
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Johnson left office in September 2022.
    { text: 'At the Mansion House dinner, Boris Johnson, who as prime minister opened the new Thames crossing last month, spoke for ten minutes.', flag: 'Boris Johnson, who as prime minister', publishedAt: '2024-05-10' },
    // Ardern stood down in January 2023.
    { text: 'Jacinda Ardern, who as prime minister opened the new cancer ward in Hamilton last week, thanked the nurses.', flag: 'Jacinda Ardern, who as prime minister', publishedAt: '2024-03-01' },
    // Rutte became prime minister in October 2010.
    { text: 'Mark Rutte, who as prime minister signed the gas accord in 2008, defended it before the committee.', flag: 'Mark Rutte, who as prime minister', publishedAt: '2023-06-14' },
  ],
  fine: [
    { text: 'At the Mansion House dinner, Keir Starmer, who as prime minister opened the new Thames crossing last month, spoke for ten minutes.', publishedAt: '2025-03-10' },
    { text: 'At the Mansion House dinner, Boris Johnson, who as prime minister opened the Thames crossing in 2021, spoke for ten minutes.', publishedAt: '2024-05-10' },
    // The time belongs to the main clause.
    { text: 'Boris Johnson, who as prime minister opened the Thames crossing, spoke about it at a dinner last month.', publishedAt: '2024-05-10' },
    // Not a past act of the office.
    { text: 'Jacinda Ardern, who as prime minister had promised a new ward, visited Hamilton last week.', publishedAt: '2024-03-01' },
    { text: 'Jacinda Ardern, who as a student volunteered in Hamilton, opened the new ward last week.', publishedAt: '2024-03-01' },
    { text: '"Boris Johnson, who as prime minister opened the crossing last month, has gone quiet," said Ella Hart, a ferry union organiser.', publishedAt: '2024-05-10' },
  ],
});
