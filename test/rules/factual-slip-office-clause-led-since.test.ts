/**
 * factual-slip/office-clause, the object relative: "the coalition X has led since YEAR", "the
 * government that X has headed since YEAR". What a head of government leads, before the name,
 * with the present perfect and "since", says X has led a government from then to now.
 */
import rule from '../../rules/factual-slip/office-clause.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Orpo became prime minister in June 2023.
    { text: 'The coalition Petteri Orpo has led since 2019 promised to cut the deficit by spring.', flag: 'coalition Petteri Orpo has led since 2019', publishedAt: '2025-05-06' },
    // Starmer led his party from 2020 but the government only from July 2024.
    { text: 'The government that Keir Starmer has headed since 2020 announced new planning rules.', flag: 'Keir Starmer has headed since 2020', publishedAt: '2025-06-12' },
    // Rutte left The Hague for NATO in 2024.
    { text: 'The cabinet Mark Rutte has led since 2010 approved the dyke budget on Friday.', flag: 'Mark Rutte has led since 2010', publishedAt: '2025-02-14' },
    { text: 'The country Giorgia Meloni has run since 2019 will host the summit.', flag: 'Giorgia Meloni has run since 2019', publishedAt: '2025-03-03' },
    { text: 'Economists say the administration Javier Milei has led since 2021 has halved monthly inflation.', flag: 'Javier Milei has led since 2021', publishedAt: '2025-04-22' },
  ],
  fine: [
    { text: 'The coalition Petteri Orpo has led since 2023 promised to cut the deficit by spring.', publishedAt: '2025-05-06' },
    // A party, not a government: its leader may have led it for longer.
    { text: 'The party Keir Starmer has led since 2020 won the by-election.', publishedAt: '2025-06-12' },
    // No "since": a past stretch.
    { text: 'The cabinet Mark Rutte led from 2010 to 2024 approved the dyke budget.', publishedAt: '2025-02-14' },
    { text: 'The country Viktor Orbán has led since 2010 vetoed the package.', publishedAt: '2025-02-14' },
    // Prime minister, then president: one unbroken run in the country's governing offices.
    { text: 'The country Recep Tayyip Erdoğan has led since 2003 opened the new airport.', publishedAt: '2025-02-14' },
    { text: 'The coalition Giorgia Meloni has led since October 2022 survived the vote.', publishedAt: '2025-03-03' },
  ],
});
