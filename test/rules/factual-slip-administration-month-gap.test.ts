/**
 * "<leader>'s cabinet in September 2013": a month and year after a government named for its
 * leader are judged to the month, so a government that fell earlier in that year is caught.
 * Neighbours: a month the term touches; a month in which the leader returned; a place after "in".
 */
import rule from '../../rules/factual-slip/administration-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Mark Rutte left office on 2 July 2024.
    { text: "Mark Rutte's cabinet approved the dike levy in October 2024, months before the floods.", flag: "Mark Rutte's cabinet", publishedAt: '2025-03-10', message: /2024-10/ },
    // Kishida left office on 1 October 2024.
    { text: 'Subsidies approved by the Kishida government in December 2024 went mostly to rice farmers.', flag: 'Kishida government in December 2024', publishedAt: '2025-03-10' },
  ],
  fine: [
    { text: "Mark Rutte's cabinet approved the dike levy in June 2024, months before the floods.", publishedAt: '2025-03-10' },
    // The month of the handover.
    { text: 'Subsidies approved by the Kishida government in October 2024 went mostly to rice farmers.', publishedAt: '2025-03-10' },
    { text: 'Subsidies approved by the Ishiba government in December 2024 went mostly to rice farmers.', publishedAt: '2025-03-10' },
    { text: 'The Kishida government in Tokyo approved subsidies in 2023.', publishedAt: '2025-03-10' },
  ],
});
