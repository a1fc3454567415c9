/**
 * factual-slip/office-title, "former" on the object of a re-election: "the 2024 vote returned
 * former President X to office for a second term". Wrong when X held the office as the year
 * of the vote began (a re-election of a sitting holder); right for a comeback.
 */
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'The July 2024 vote returned former President Paul Kagame to office for a fourth term.', flag: 'former President Paul Kagame', publishedAt: '2025-03-01' },
    { text: 'The general election of May 2019 returned former Prime Minister Narendra Modi to power with a larger majority.', flag: 'former Prime Minister Narendra Modi', publishedAt: '2020-01-10' },
    { text: 'The 2020 runoff re-elected former President Andrzej Duda for a second term by a narrow margin.', flag: 'former President Andrzej Duda', publishedAt: '2021-03-01' },
    { text: 'The May 2023 election, which returned former President Recep Tayyip Erdoğan to office for a third term, split the opposition.', flag: 'former President Recep Tayyip Erdoğan', publishedAt: '2024-01-15' },
    { text: 'Parliament\'s vote in January 2022 returned former President Sergio Mattarella to office.', flag: 'former President Sergio Mattarella', publishedAt: '2023-06-01' },
  ],
  fine: [
    // Comebacks after time out of office.
    { text: 'The November 2024 election returned former President Donald Trump to power.', publishedAt: '2025-03-01' },
    { text: 'The December 2024 election returned former President John Mahama to office.', publishedAt: '2025-03-01' },
    { text: 'The 2022 runoff returned former President Luiz Inácio Lula da Silva to office for a third term.', publishedAt: '2023-05-01' },
    // No year for the vote: the sentence does not say when.
    { text: 'Rwandan voters have often returned former President Paul Kagame to office, his critics joke.', publishedAt: '2025-03-01' },
    // Not a vote: the year dates something else.
    { text: 'Former President Andrzej Duda, who left office in 2025, opened the exhibition.', publishedAt: '2025-10-01' },
  ],
});
