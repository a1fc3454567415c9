/**
 * A year glossed by an election or a first start in office ("2016, when X was first elected
 * president", "2013, when X first became prime minister"), read by factual-slip/won-office-year.
 * An election is a precise claim: its year is the term's first year, or the year before when the
 * term began in the first months of the next one (elected in November, sworn in in January).
 * "first" means the earliest stretch the record has, not a later return. "became" alone keeps
 * its year either side (handovers are often put a year off). The relative clause reads "first"
 * the same way: "X, who first became prime minister in 2012," is the earliest stretch too.
 */
import rule from '../../rules/factual-slip/won-office-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Macron was elected and took office in May 2017: no election in 2016.
    { text: 'The trawler owners of Brest last won a cut in harbour dues in 2016, when Emmanuel Macron was first elected president.', flag: '2016, when Emmanuel Macron was first elected president', publishedAt: '2024-05-02' },
    // Biden was elected in November 2020 and sworn in in January 2021.
    { text: 'Farmers in Kansas say they first heard of the grain-storage grant in 2019, when Joe Biden was first elected president.', flag: 'Joe Biden was first elected president', publishedAt: '2024-03-12' },
    // Abe first became prime minister in September 2006; 2012 was his return.
    { text: 'The rice tariff dates from 2012, when Shinzo Abe first became prime minister.', flag: 'Shinzo Abe first became prime minister', publishedAt: '2023-08-30' },
    // Merkel was elected chancellor in November 2005.
    { text: 'In 2004, when Angela Merkel was elected chancellor, the bridge at Dresden was still a drawing.', flag: 'Angela Merkel was elected chancellor', publishedAt: '2023-09-20' },
    // The relative clause: 2012 is within a stretch of Abe's, but not his first.
    { text: 'Prime Minister Shinzo Abe, who first took office in 2012, opened the rice exchange in Osaka.', flag: 'who first took office in 2012', message: /did not first come to that office in 2012/, publishedAt: '2013-05-02' },
    { text: 'Prime Minister Shinzo Abe, who was first elected in 2012, opened the rice exchange in Osaka.', flag: 'who was first elected in 2012', message: /did not first come to that office in 2012/, publishedAt: '2013-05-02' },
    { text: 'The rice tariff dates from 2012, when Shinzo Abe first became prime minister.', flag: '2012', message: /did not first come to that office in 2012/, publishedAt: '2023-08-30' },
  ],
  fine: [
    { text: 'The trawler owners of Brest last won a cut in harbour dues in 2017, when Emmanuel Macron was first elected president.', publishedAt: '2024-05-02' },
    // Elected in the November before a January swearing-in.
    { text: 'Farmers in Kansas say they first heard of the grain-storage grant in 2020, when Joe Biden was first elected president.', publishedAt: '2024-03-12' },
    { text: 'The rice tariff dates from 2006, when Shinzo Abe first became prime minister.', publishedAt: '2023-08-30' },
    // Without "first", a later start of the same person is meant.
    { text: 'The rice tariff dates from 2012, when Shinzo Abe became prime minister.', publishedAt: '2023-08-30' },
    // "became": a year either side of the handover passes.
    { text: 'In 2004, when Angela Merkel became chancellor, the bridge at Dresden was still a drawing.', publishedAt: '2023-09-20' },
    { text: 'Prime Minister Shinzo Abe, who first took office in 2006, opened the rice exchange in Osaka.', publishedAt: '2013-05-02' },
    // Without "first", any year of a stretch passes (the record merges re-elections into one).
    { text: 'Prime Minister Shinzo Abe, who took office in 2012, opened the rice exchange in Osaka.', publishedAt: '2013-05-02' },
    // Another office.
    { text: 'The feud goes back to 2000, when Angela Merkel was first elected leader of the party.', publishedAt: '2023-09-20' },
    // A quotation is the speaker's.
    { text: '"Nothing has changed since 2016, when Emmanuel Macron was first elected president," said Yann Le Goff, a trawler captain.', publishedAt: '2024-05-02' },
  ],
});
