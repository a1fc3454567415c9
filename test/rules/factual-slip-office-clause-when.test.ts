/**
 * "X, who was still <title> when <event> in <time>," checked by factual-slip/office-clause:
 * the time of the "when" clause must fall in a term of X in that office. Neighbours stay
 * quiet: the right time, a time at the term's last month, a bare title without "still", a
 * time before X ever held the office (another presidency), a time in another clause, a quotation.
 */
import rule from '../../rules/factual-slip/office-clause.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Zuma resigned in February 2018.
    { text: 'The dam contract was signed under Jacob Zuma, who was still president when the tunnel was finished in June 2019.', flag: 'Jacob Zuma, who was still president when the tunnel was finished in June 2019', publishedAt: '2024-05-07' },
    // Johnson left office in September 2022.
    { text: 'Boris Johnson, who was still prime minister when the flood inquiry opened in January 2023, refused to give evidence.', flag: 'Boris Johnson, who was still prime minister', publishedAt: '2024-03-12', message: /in 2023-01, the time the "when" clause gives/ },
    // Bolsonaro's term ended on 1 January 2023.
    { text: 'Jair Bolsonaro was still president when the tailings dam burst in March 2023, the report says.', flag: 'Jair Bolsonaro was still president', publishedAt: '2024-08-19' },
    // Merkel left office in December 2021.
    { text: 'Angela Merkel, who was still German chancellor when the pipeline was halted in February 2022, has defended the project.', flag: 'Angela Merkel, who was still German chancellor', publishedAt: '2024-10-01' },
    // Kenyatta handed over in September 2022.
    { text: 'Uhuru Kenyatta, who was still president when the railway reached Malaba on 18 October 2023, cut the ribbon.', flag: 'Uhuru Kenyatta, who was still president', publishedAt: '2024-01-22' },
    // The month written with "in", no "when" clause.
    { text: 'Jacob Zuma was still president in March 2019, the minister told the inquiry into the coal contracts.', flag: 'Jacob Zuma was still president in March 2019', publishedAt: '2024-05-07', message: /^Jacob Zuma was not president in 2019-03 \(the office/ },
  ],
  fine: [
    { text: 'Jacob Zuma was still president in January 2018, the minister told the inquiry into the coal contracts.', publishedAt: '2024-05-07' },
    { text: 'The dam contract was signed under Jacob Zuma, who was still president when the tunnel was finished in June 2017.', publishedAt: '2024-05-07' },
    // The month the term ended: either holder may be meant.
    { text: 'Boris Johnson, who was still prime minister when the flood inquiry opened in September 2022, refused to give evidence.', publishedAt: '2024-03-12' },
    // No "still" with a bare title: it may be another presidency.
    { text: 'Jair Bolsonaro, who was president when the tailings dam burst in March 2023, has not commented.', publishedAt: '2024-08-19' },
    // Before he ever held the national office: a club's presidency.
    { text: 'Mauricio Macri, who was still president when Boca Juniors won the Copa Libertadores in 2003, watched from the stands.', publishedAt: '2024-05-07' },
    // The time belongs to another clause.
    { text: 'Jacob Zuma was still president when the tunnel was started, and the line opened in June 2019.', publishedAt: '2024-05-07' },
    { text: '"Uhuru Kenyatta, who was still president when the railway reached Malaba in October 2023, never came," said a station guard.', publishedAt: '2024-01-22' },
  ],
});
