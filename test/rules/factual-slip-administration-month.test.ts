/**
 * "which opened in May 2012 under President X": a month and year before "under <title> X" date
 * the act to X's government, read by factual-slip/administration-year. Neighbours: the right
 * leader, a year of another clause, a leader who did govern that year.
 */
import rule from '../../rules/factual-slip/administration-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Biden took office in January 2021.
    { text: 'Repairs to the Ohio River lock, which began in March 2015 under President Joe Biden, are still not finished.', flag: '2015 under President Joe Biden', publishedAt: '2024-11-04' },
    // Sunak became prime minister in October 2022.
    { text: 'The sugar levy, introduced in June 2019 under Prime Minister Rishi Sunak, raised less than expected.', flag: '2019 under Prime Minister Rishi Sunak', publishedAt: '2024-02-20' },
    // Ardern became prime minister in October 2017.
    { text: 'The ferry contract, signed in May 2014 under Prime Minister Jacinda Ardern, runs out next year.', flag: '2014 under Prime Minister Jacinda Ardern', publishedAt: '2024-08-15' },
  ],
  fine: [
    { text: 'Repairs to the Ohio River lock, which began in March 2015 under President Barack Obama, are still not finished.', publishedAt: '2024-11-04' },
    { text: 'The sugar levy, introduced in June 2019 under Prime Minister Theresa May, raised less than expected.', publishedAt: '2024-02-20' },
    // The year dates another clause.
    { text: 'The plant opened in May 2010, and under President Joe Biden it was sold to a Korean group.', publishedAt: '2024-11-04' },
    // A month with no year.
    { text: 'The ferry contract, signed in May under Prime Minister Christopher Luxon, runs out in 2030.', publishedAt: '2024-08-15' },
    { text: '"Work began in March 2015 under President Joe Biden," said Carla Mendes, wrongly, at the hearing.', publishedAt: '2024-11-04' },
  ],
});
