/**
 * "his Polish counterpart, X,": the counterpart holds that country's office at the time of
 * the meeting, read from a year in the sentence or, with "on Tuesday" or "this week", from
 * the article date.
 */
import rule from '../../rules/factual-slip/counterpart.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Duda's term ended on 6 August 2025.
    { text: 'On Tuesday the Lithuanian president hosted his Polish counterpart, Andrzej Duda, in Vilnius.', flag: 'Andrzej Duda', publishedAt: '2025-11-12' },
    // Kenyatta left office in September 2022.
    { text: 'In 2023 the Tanzanian president met her Kenyan counterpart, Uhuru Kenyatta, at the border post in Namanga.', flag: 'Uhuru Kenyatta' },
    // Sall handed over in April 2024.
    { text: 'The Gambian president received his Senegalese counterpart, Macky Sall, at the river border in 2025 to sign the river deal.', flag: 'Macky Sall' },
  ],
  fine: [
    { text: 'In 2023 the Tanzanian president met her Kenyan counterpart, William Ruto, at the border post in Namanga.' },
    { text: 'On Tuesday the Lithuanian president hosted his Polish counterpart, Karol Nawrocki, in Vilnius.', publishedAt: '2025-11-12' },
    // No year and nothing tying the sentence to the article's days: not judged.
    { text: 'The Lithuanian president once hosted his Polish counterpart, Andrzej Duda, in Vilnius.', publishedAt: '2025-11-12' },
    // A counterpart of another country than the name's offices.
    { text: 'In 2023 the Ghanaian minister met his Kenyan counterpart, Macky Sall, in Dakar.' },
    { text: '"In 2023 I met my Kenyan counterpart, Uhuru Kenyatta," the Tanzanian president said in a speech.' },
  ],
});
