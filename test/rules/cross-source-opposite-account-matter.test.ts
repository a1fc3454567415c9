// cross-source/opposite-account: a silence on a named matter ("declined to comment on whether
// ...") is opposite only to speech that touches that matter; an actor that spoke on one point
// and would not talk about another has not given opposite accounts.
import rule from '../../rules/cross-source/opposite-account.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Danube Daily', publishedAt: '2026-06-03' },
  { text: b, source: 'Pannonia Post', publishedAt: '2026-06-03' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Bridge tender\n\nHidroBau declined to comment on the cracks found in the Novi Sad bridge piers.',
        'Novi Sad bridge\n\nHidroBau said the cracks in the bridge piers were cosmetic and posed no risk to traffic.',
      ),
      flag: 'declined to comment',
    },
    {
      articles: pair(
        'Water tariffs\n\nThe Ministry of Agriculture has remained silent on the tariff rise for irrigation water.',
        'Irrigation costs\n\nThe Ministry of Agriculture defended the tariff rise for irrigation water, saying it would pay for canal repairs.',
      ),
      flag: 'remained silent',
    },
    {
      articles: pair(
        'Airline strike\n\nAeroDunav declined to comment on whether pilots would be paid for the strike days.',
        'AeroDunav strike\n\nAeroDunav said pilots would not be paid for the strike days, and that flights would resume on Friday.',
      ),
      flag: 'declined to comment',
    },
    {
      articles: pair(
        'Hospital merger\n\nSzeged Medical Group declined to comment on the merger, which needs approval from the competition office.',
        'Szeged merger\n\nSzeged Medical Group announced that the merger would cut 300 jobs over two years.',
      ),
      flag: 'declined to comment',
    },
    {
      // A silence with no named matter is set against any speech.
      articles: pair(
        'Mill closure\n\nPécs Paper has stayed silent since the closure of its mill was announced.',
        'Pécs mill\n\nAfter the closure, Pécs Paper said it would try to find buyers for the mill.',
      ),
      flag: 'stayed silent',
    } as never,
    {
      // "on the matter" names no matter of its own.
      articles: pair(
        'Port dispute\n\nThe Ministry of Transport has remained silent on the matter, while dockers in Gdynia stayed off work.',
        'Gdynia dockers\n\nThe Ministry of Transport accused the dockers\' union of blocking grain exports from Gdynia.',
      ),
      flag: 'remained silent',
    },
  ],
  fine: [
    {
      // The actor denied one charge and would not talk about another.
      articles: pair(
        'Drug trial\n\nDunavPharm denied that it had hidden any side effects. DunavPharm declined to comment on whether the safety board met in March.',
        'DunavPharm trial\n\nDunavPharm denied that patients had been kept in the study against medical advice.',
      ),
    },
    {
      articles: pair(
        'Bridge tender\n\nHidroBau declined to comment on the subcontractor it hired for the piers.',
        'Novi Sad bridge\n\nHidroBau said the opening would be delayed to September because of the rains.',
      ),
    },
    {
      articles: pair(
        'Airline\n\nAeroDunav declined to comment on how many passengers had asked for refunds.',
        'AeroDunav strike\n\nAeroDunav said flights to Vienna and Munich would resume on Friday morning.',
      ),
    },
    {
      articles: pair(
        'Water tariffs\n\nThe Ministry of Agriculture has remained silent on the auditor\'s findings about canal spending.',
        'Irrigation costs\n\nThe Ministry of Agriculture said farmers in the south would get a drought grant this summer.',
      ),
    },
    {
      articles: pair(
        'Hospital merger\n\nSzeged Medical Group declined to comment on the chief executive\'s pay package.',
        'Szeged merger\n\nSzeged Medical Group said the merger would close two clinics in the suburbs.',
      ),
    },
  ],
});
