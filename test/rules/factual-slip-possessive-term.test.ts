/**
 * A stretch in office or a body under a person's possessive ("during Miloš Zeman's
 * presidency", "Ban Ki-moon's UN") in a year the record has them out of that office.
 * Right years, years the record does not settle, other offices and years tied to another
 * clause stay quiet.
 */
import rule from '../../rules/factual-slip/possessive-term.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Zeman was Czech president 2013-2023.
    { text: 'The motorway tender was cancelled in 2024, during Miloš Zeman\'s presidency, after a court ruling.', flag: 'Miloš Zeman\'s presidency' },
    // Niinistö left office in March 2024.
    { text: 'Helsinki bid for the games in 2025 under Sauli Niinistö\'s presidency, the committee recalled.', flag: 'Sauli Niinistö\'s presidency' },
    // Lagarde left the IMF in 2019.
    { text: 'A mission that Christine Lagarde\'s IMF sent to Accra in 2022 recommended a fuel-subsidy cut.', flag: 'Christine Lagarde\'s IMF' },
    // Stoltenberg took over NATO in October 2014.
    { text: 'In 2011, Jens Stoltenberg\'s NATO opened a liaison office in Sucre.', flag: 'Jens Stoltenberg\'s NATO' },
    // Levits left the Latvian presidency in 2023.
    { text: 'The pardon was granted during Egils Levits\'s presidency in 2024.', flag: 'Egils Levits\'s presidency in 2024' },
    // A ministry named by its field, and a body acting in the days around the article date.
    { text: 'Annegret Kramp-Karrenbauer\'s defence ministry in Berlin ordered 40 transport helicopters in 2023.', flag: 'Annegret Kramp-Karrenbauer\'s defence ministry' },
    { text: 'Kristalina Georgieva\'s IMF approved a $3 billion loan for Sri Lanka on Tuesday.', flag: 'Kristalina Georgieva\'s IMF', publishedAt: '2019-03-22' },
  ],
  fine: [
    { text: 'The motorway tender was cancelled in 2016, during Miloš Zeman\'s presidency, after a court ruling.' },
    { text: 'A mission that Christine Lagarde\'s IMF sent to Accra in 2015 recommended a fuel-subsidy cut.' },
    // A year tied to another clause, not to the stretch in office.
    { text: 'The reforms of Egils Levits\'s presidency were reversed in 2024 by parliament.' },
    { text: 'During Egils Levits\'s presidency, which ended in 2023, the constitution court was expanded.' },
    // A quotation is the speaker's.
    { text: '"In 2024, under Sauli Niinistö\'s presidency, we would have acted," said Aino Virtanen, a Helsinki councillor.' },
    { text: 'Boris Pistorius\'s defence ministry sent two transport aircraft to Tallinn on Monday.', publishedAt: '2025-06-10' },
    // A passive: the body does not act on that day.
    { text: 'Ban Ki-moon\'s UN was criticised on Tuesday in a report on the Ebola response.', publishedAt: '2025-06-10' },
    // A body the person never led: not the record's claim.
    { text: 'In 2022, Christine Lagarde\'s ECB raised interest rates for the first time in 11 years.' },
  ],
});
