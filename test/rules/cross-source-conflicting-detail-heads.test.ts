// cross-source/conflicting-detail: who heads one body ("the tribunal, chaired by the Kenyan
// judge X" / "the tribunal's president, the Ghanaian jurist Y"). Two bodies with two heads,
// a former head and the current one, or one head named two ways are fine.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Harbour Post', publishedAt: '2026-03-18' },
  { text: b, source: 'Lakeside Ledger', publishedAt: '2026-03-18' },
];
const HEAD = /head of the/;

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Port strike ruling\n\nThe arbitration tribunal, chaired by the Kenyan judge Wanjiru Kamau, ordered dock workers in Mombasa back to work on Monday.',
        'Mombasa dockers\n\nThe tribunal\'s president, the Tanzanian jurist Joseph Mwakyusa, said the strike at Mombasa had no legal basis.',
      ),
      flag: 'chaired by the Kenyan judge Wanjiru Kamau',
      message: HEAD,
    } as never,
    {
      articles: pair(
        'Bridge inquiry\n\nThe inquiry, led by the retired engineer Marta Kowalczyk, will publish its findings on the Wroclaw bridge collapse in June.',
        'Wroclaw collapse\n\nTomasz Nowicki, who leads the inquiry, said its findings on the bridge would come in June.',
      ),
      flag: 'led by the retired engineer Marta Kowalczyk',
      message: HEAD,
    } as never,
    {
      articles: pair(
        'Election complaints\n\nThe commission\'s chairman, Rafael Quispe, said 40 complaints had been upheld in Oruro.',
        'Oruro vote\n\nThe commission, headed by the lawyer Carmen Villca, upheld 40 complaints about the vote in Oruro.',
      ),
      flag: 'Rafael Quispe',
      message: HEAD,
    } as never,
    {
      articles: pair(
        'Budget review\n\nThe committee, chaired by Aroha Ngata, asked the ministry for its spending figures for the Gisborne rebuild.',
        'Gisborne rebuild\n\nThe committee\'s chair, the Labour MP Hemi Walker, asked for the spending figures on the Gisborne rebuild.',
      ),
      flag: 'Aroha Ngata',
      message: HEAD,
    } as never,
    {
      articles: pair(
        'Tram grant\n\nThe board, presided over by the Austrian engineer Lukas Gruber, turned down the Graz tram grant on Monday.',
        'Graz trams\n\nThe board\'s president, the Belgian economist Pieter Claes, said on Monday that the Graz tram grant had been turned down.',
      ),
      flag: 'Lukas Gruber',
      message: HEAD,
    } as never,
  ],
  fine: [
    {
      // The same head, named in full and by surname.
      articles: pair(
        'Port strike ruling\n\nThe tribunal, chaired by the Kenyan judge Wanjiru Kamau, ordered dock workers back to work.',
        'Mombasa dockers\n\nThe tribunal\'s president, Judge Wanjiru Kamau, said the strike had no legal basis.',
      ),
    } as never,
    {
      // Two bodies of one kind told apart by their words: a disciplinary panel and an appeal panel.
      articles: pair(
        'Footballer banned\n\nThe disciplinary panel, chaired by Jan Pietersen, banned the Ajax defender for six matches.',
        'Ajax defender\n\nThe appeal panel, chaired by Sophie van Dam, will hear the defender\'s case next week.',
      ),
    } as never,
    {
      // A former head against the current one.
      articles: pair(
        'Water board\n\nThe board\'s former chair, Ingrid Solberg, resigned in March over the Bergen leak.',
        'Bergen leak\n\nThe board, chaired by Erik Haugen, met on Tuesday about the Bergen leak.',
      ),
    } as never,
    {
      // One article names two panels and two chairs; the other one of them.
      articles: pair(
        'Grant scandal\n\nThe first panel, chaired by Leila Haddad, cleared the charity. A second panel, chaired by Omar Farouk, is still sitting.',
        'Charity grants\n\nThe panel, chaired by Omar Farouk, is still hearing evidence about the charity in Amman.',
      ),
    } as never,
    {
      // Different bodies altogether: an inquiry and a committee.
      articles: pair(
        'Hospital fire\n\nThe inquiry, led by the retired judge Ama Owusu, will report on the Kumasi hospital fire in May.',
        'Kumasi fire\n\nThe health committee, chaired by Kwame Boateng, will question hospital managers about the fire in Kumasi.',
      ),
    } as never,
  ],
});
