// cross-source/conflicting-detail: the term of one granted or agreed thing told two ways
// ("a 30-year concession" / "the 20-year concession"), and who issued one licence or permit
// ("signed by the minister" / "the board, which issued the permit").
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Pampas Wire', publishedAt: '2026-05-12' },
  { text: b, source: 'Rio Ledger', publishedAt: '2026-05-12' },
];

testRule(rule, {
  flagged: [
    {
      // A compound term with a modifier against a bare one, in sentences that do not align.
      articles: pair(
        'Port concession awarded\n\nThe transport ministry has awarded a 30-year port concession to Harbour Link SA for the container terminal at Bahía Blanca, the company said on Monday.',
        'Bahía Blanca terminal\n\nThe 20-year concession includes a new quay and may be extended once, Harbour Link SA told investors on Monday.',
      ),
      flag: '30-year port concession',
    } as never,
    {
      // A word number ("five-year") against a digit one.
      articles: pair(
        'Coach signs on\n\nThe football federation has given Marta Ferreyra a five-year contract to coach the women\'s national team, it said on Tuesday.',
        'New coach\n\nMarta Ferreyra signed a 3-year contract with the federation on Tuesday and will take charge before the regional cup in June.',
      ),
      flag: 'five-year contract',
    } as never,
    {
      // A lease told with two terms.
      articles: pair(
        'Farmland leased\n\nA Gulf investment fund has signed a 99-year lease on 12,000 hectares of farmland in the Chaco, the provincial government said.',
        'Chaco land deal\n\nThe 49-year lease covers 12,000 hectares near Resistencia and was approved by the provincial legislature on Thursday.',
      ),
      flag: '99-year lease',
    } as never,
    {
      // A licence signed by a minister against a board that issued it (relative clause).
      articles: pair(
        'Gold licence granted\n\nA Canadian miner has been granted a licence to dig for gold near Esquel. The licence was signed by the Minister of Mines on Friday, the company said.',
        'Esquel gold mine\n\nThe Provincial Mining Council, which issued the licence on Friday, said the company must post a bond before work begins.',
      ),
      flag: 'licence was signed by the Minister of Mines',
    } as never,
    {
      // A permit issued by one agency against one issued by another.
      articles: pair(
        'Water permit\n\nA bottling plant near Mendoza may draw 400 cubic metres a day. The permit was issued by the Irrigation Department last month, according to the company.',
        'Mendoza bottling plant\n\nThe Provincial Water Authority, which issued the permit in April, said it would review the plant every year.',
      ),
      flag: 'permit was issued by the Irrigation Department',
    } as never,
  ],
  fine: [
    {
      // The same term in both outlets.
      articles: pair(
        'Port concession awarded\n\nThe ministry has awarded a 30-year concession to Harbour Link SA for the terminal at Bahía Blanca.',
        'Bahía Blanca terminal\n\nThe 30-year concession includes a new quay, Harbour Link SA said.',
      ),
    } as never,
    {
      // An age is not a term.
      articles: pair(
        'Miner hurt\n\nA 25-year-old contract worker was hurt at the quarry on Monday, police said.',
        'Quarry accident\n\nA 31-year-old contract worker was injured at the quarry on Monday, the company said.',
      ),
    } as never,
    {
      // One article gives two terms for one noun (the old lease and the new one): two things.
      articles: pair(
        'Stadium lease\n\nThe club\'s 10-year lease on the stadium ends in June; the city council has offered it a 25-year lease from July.',
        'Club stays\n\nThe club will sign a 20-year lease on the stadium, the mayor said on Wednesday.',
      ),
    } as never,
    {
      // Different things with terms: a plan and a licence.
      articles: pair(
        'Fishing licence\n\nThe fishing cooperative has received a 10-year licence for the lagoon, the agency said.',
        'Lagoon plan\n\nThe agency published a five-year plan for the lagoon on Friday and said the cooperative holds a 10-year licence.',
      ),
    } as never,
    {
      // The same body named in both outlets as issuer.
      articles: pair(
        'Gold licence granted\n\nThe licence was issued by the Provincial Mining Council on Friday, the company said.',
        'Esquel gold mine\n\nThe Provincial Mining Council, which issued the licence on Friday, said work may begin in March.',
      ),
    } as never,
    {
      // A minister and the ministry they head are one issuer.
      articles: pair(
        'Gold licence\n\nThe licence was signed by the Minister of Mines on Friday, the company said.',
        'Gold mine\n\nThe Ministry of Mines, which issued the licence on Friday, said work may begin in March.',
      ),
    } as never,
    {
      // A licence and a permit are two documents: no conflict between their issuers.
      articles: pair(
        'Quarry approved\n\nThe licence was signed by the Minister of Mines on Friday, the company said.',
        'Quarry approval\n\nThe Water Authority, which issued the permit for the quarry\'s wells, said it would test the river monthly.',
      ),
    } as never,
  ],
});
