import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'Chancellor Olaf Scholz told the Bundestag that the budget would be balanced by 2027.', flag: 'Chancellor Olaf Scholz', publishedAt: '2025-09-03' },
    { text: 'Speaking in Osaka, Prime Minister Fumio Kishida promised new support for rice farmers.', flag: 'Prime Minister Fumio Kishida', publishedAt: '2025-02-10' },
    { text: 'Former Prime Minister Mark Carney visited the flooded towns in British Columbia on Friday.', flag: 'Former Prime Minister Mark Carney', publishedAt: '2025-06-20' },
    { text: 'The decree on Amazon logging was signed on Monday by President Jair Bolsonaro in Brasília.', flag: 'President Jair Bolsonaro', publishedAt: '2024-05-02' },
    { text: 'Former President Claudia Sheinbaum, who took office on October 1, 2024, announced a new pension plan.', flag: 'Former President Claudia Sheinbaum' },
    { text: 'Seoul hosted President Lee Jae-myung for talks on the chip alliance.', flag: 'President Lee Jae-myung', publishedAt: '2024-04-18' },
    { text: 'King Charles III opened the new wing of the hospital in Cardiff.', flag: 'King Charles III', publishedAt: '2021-06-01' },
    { text: 'The envoy met Vice President Mike Pence at the White House this week.', flag: 'Vice President Mike Pence', publishedAt: '2023-05-11' },
    { text: 'Prime Minister Theresa May says the Conservative Party must win back younger voters.', flag: 'Prime Minister Theresa May', publishedAt: '2024-02-01' },
    { text: 'Seoul prosecutors say President Yoon Suk Yeol remains in custody.', flag: 'President Yoon Suk Yeol', publishedAt: '2025-11-15' },
  ],
  fine: [
    // Known to the record only from EU offices: their national titles are not in it.
    { text: 'Prime Minister Donald Tusk told parliament in Warsaw that the judicial reform bill would pass by June.', publishedAt: '2025-03-10' },
    { text: 'In 2016, Prime Minister António Costa announced a new budget for Portugal.', publishedAt: '2025-03-10' },
    { text: 'Prime Minister Keir Starmer announced the spending review in London.', publishedAt: '2025-02-12' },
    // The record for the UK premiership is unsettled after July 2026.
    { text: 'Prime Minister Keir Starmer announced the spending review in London.', publishedAt: '2026-08-01' },
    { text: "Jordan's King Abdullah met European leaders in Brussels on Monday.", publishedAt: '2025-04-14' },
    { text: 'Former Prime Minister Shinzo Abe was assassinated in Nara in 2022.', publishedAt: '2025-07-08' },
    { text: 'Then-Chancellor Angela Merkel opened the border to refugees in 2015.', publishedAt: '2025-09-01' },
    { text: 'Queen Elizabeth II opened the bridge over the Severn in 1966.', publishedAt: '2025-09-01' },
    { text: '“President Biden would never have allowed this,” the senator told reporters.', publishedAt: '2025-06-02' },
    { text: 'Acting President Choi Sang-mok met President Yoon Suk Yeol’s lawyers.', publishedAt: '2025-01-10' },
    { text: 'Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi in Moscow.', publishedAt: '2024-07-08' },
    { text: 'University President Kim Dong-won said the campus would reopen next week.', publishedAt: '2025-03-02' },
    // Past tense, long after the term: history, not a slip.
    { text: 'The pension reform, first proposed by Chancellor Gerhard Schröder, passed the Bundestag.', publishedAt: '2025-10-01' },
    { text: 'Prime Minister Shigeru Ishiba resigned in September after the upper-house defeat.', publishedAt: '2025-11-15' },
    { text: 'At 3 pm Narendra Modi addressed the rally in Varanasi.', publishedAt: '2025-11-15' },
  ],
});
