// cross-source/conflicting-detail: one payment under one deal or case given two amounts ("$18
// million upfront" / "an upfront payment of $9 million", "a fine of €2 million" / "fined €3.5
// million"). An amount is keyed by what it is paid as, so the other sums in the sentence (an
// investment pledge, a yearly fee) are not set against it.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Harbour Ledger', publishedAt: '2026-03-02' },
  { text: b, source: 'Coastal Business Wire', publishedAt: '2026-03-02' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Under the lease, Norvik Rail will pay $30 million upfront and 4 per cent of ticket revenue each year, and has promised to invest $90 million in new rolling stock.',
        'Norvik Rail will make an upfront payment of $22 million and pay 4 per cent of ticket revenue, and says it will invest $90 million in new rolling stock.',
      ),
      flag: '$30 million upfront',
    } as never,
    {
      articles: pair(
        'The regulator fined the water company €2 million on Thursday for pumping raw sewage into the Velna river.',
        'The regulator imposed a fine of €3.5 million on the water company on Thursday for pumping raw sewage into the Velna river.',
      ),
      flag: '€2 million',
    } as never,
    {
      articles: pair(
        'A judge in Kisumu set bail at $5,000 for the former county treasurer, who denies the charges.',
        'A judge in Kisumu set bail at $15,000 for the former county treasurer, who denies the charges.',
      ),
      flag: '$5,000',
    } as never,
    {
      articles: pair(
        'The kidnappers of the two engineers demanded a ransom of $2 million from the mining firm, police in Zinder said.',
        'The kidnappers of the two engineers demanded $500,000 in ransom from the mining firm, police in Zinder said.',
      ),
      flag: 'ransom of $2 million',
    } as never,
    {
      articles: pair(
        'The airline agreed to a settlement of $40 million with families of the passengers, its lawyers told the court in Lyon.',
        'The airline agreed to a $25 million settlement with families of the passengers, its lawyers told the court in Lyon.',
      ),
      flag: 'settlement of $40 million',
    } as never,
  ],
  fine: [
    {
      // The same upfront sum written two ways.
      articles: pair(
        'Norvik Rail will pay $30 million upfront for the 20-year lease of the northern line.',
        'Norvik Rail will make an upfront payment of $30 million for the 20-year lease of the northern line.',
      ),
    } as never,
    {
      // Different kinds of payment in the two sentences: an upfront fee and an investment pledge.
      articles: pair(
        'Norvik Rail will pay $30 million upfront for the lease of the northern line, the transport ministry said.',
        'Norvik Rail will invest $90 million in the northern line under the lease, the transport ministry said.',
      ),
    } as never,
    {
      // Amounts with no kind word: not compared as one payment.
      articles: pair(
        'The city council approved $12 million for the new bridge over the Sava on Tuesday.',
        'The city council approved $14 million for the new bridge over the Sava on Tuesday, including repairs to the old one.',
      ),
    } as never,
    {
      // Two fines in one article: two cases, nothing to set against the other outlet.
      articles: pair(
        'The regulator fined the water company €2 million for the Velna spill and €1 million for late reporting.',
        'The regulator imposed a fine of €3 million on the water company over the Velna spill and its late reporting.',
      ),
    } as never,
    {
      // Different currencies: one sum may be the other converted.
      articles: pair(
        'The club paid a transfer bonus of €4 million to the striker\'s former team in Porto, the league said.',
        'The club paid a transfer bonus of $4.3 million to the striker\'s former team in Porto, the league said.',
      ),
    } as never,
    {
      // Bail for two different defendants in different years.
      articles: pair(
        'In 2023 a judge set bail at $5,000 for the county treasurer in the first land case.',
        'In 2025 a judge set bail at $20,000 for the county treasurer in the second land case.',
      ),
    } as never,
  ],
});
