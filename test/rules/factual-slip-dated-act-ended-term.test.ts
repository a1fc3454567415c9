/**
 * "the 1999 mutiny that ousted President X": an act that ended a term (toppled, ousted, overthrew,
 * deposed, unseated), dated by a year and credited to a titled holder none of whose terms in
 * that office ended then. Read by factual-slip/dated-act.
 */
import rule from '../../rules/factual-slip/dated-act.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Mubarak fell in 2011; Morsi took office in 2012 and was removed in 2013.
    { text: 'Protesters toppled President Mohamed Morsi in 2011, and the harbour project stalled, engineers say.', flag: 'toppled President Mohamed Morsi', publishedAt: '2024-05-01' },
    // Mugabe was removed in November 2017.
    { text: 'Tobacco exports collapsed after soldiers ousted President Robert Mugabe in 2015, traders say.', flag: 'ousted President Robert Mugabe', publishedAt: '2024-05-01' },
    // Condé was overthrown in September 2021.
    { text: 'The junta that deposed President Alpha Condé in 2019 suspended the football league.', flag: 'deposed President Alpha Condé', publishedAt: '2024-05-01' },
    { text: 'In 2010, the army ousted President Alpha Condé and closed the border with Sierra Leone.', flag: 'ousted President Alpha Condé', publishedAt: '2024-05-01' },
    // Bazoum took office in April 2021 and was overthrown in July 2023.
    { text: 'The film festival in Niamey was cancelled after soldiers overthrew President Mohamed Bazoum in 2020.', flag: 'overthrew President Mohamed Bazoum', publishedAt: '2024-05-01' },
  ],
  fine: [
    { text: 'The army toppled President Mohamed Morsi in 2013, and the harbour project stalled, engineers say.', publishedAt: '2024-05-01' },
    { text: 'Tobacco exports collapsed after soldiers ousted President Robert Mugabe in November 2017, traders say.', publishedAt: '2024-05-01' },
    { text: 'The film festival in Niamey was cancelled after soldiers overthrew President Mohamed Bazoum in 2023.', publishedAt: '2024-05-01' },
    // An attempt ends nothing.
    { text: 'The football league was suspended after a 2019 bid to oust President Alpha Condé.', publishedAt: '2024-05-01' },
    { text: 'Officers who tried to topple President Mohamed Bazoum in 2021 were jailed last year.', publishedAt: '2024-05-01' },
    // No year, or no title.
    { text: 'The coup that toppled President Alpha Condé closed Conakry\'s airport for a day.', publishedAt: '2024-05-01' },
    { text: 'The 2019 protests that ousted the mayor of Conakry began at the market.', publishedAt: '2024-05-01' },
    // A quotation is the speaker's.
    { text: '"Soldiers deposed President Alpha Condé in 2019," the witness told the court, mixing up the years.', publishedAt: '2024-05-01' },
  ],
});
