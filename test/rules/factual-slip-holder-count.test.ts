/**
 * "under two presidents, A and B, since 2010": a count of an office's holders over a period,
 * with their names, read against the record. Neighbours: a period the list covers; a lead word
 * that makes the count someone's own ("advised"); a list longer than the count; a start year in
 * which the left-out holder may already have gone; acting holders.
 */
import rule from '../../rules/factual-slip/holder-count.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Ghana: Atta Mills (to July 2012) and Mahama came between Kufuor and Akufo-Addo.
    { text: 'Since 2005, Ghana has had two presidents: John Kufuor and Nana Akufo-Addo.', flag: 'two presidents', publishedAt: '2019-06-12', message: /John Atta Mills and John Mahama/ },
    // Mozambique: Guebuza held office from 2005 to 2015.
    { text: 'The port concession has run under two presidents, Joaquim Chissano and Filipe Nyusi, between 2003 and 2018.', flag: 'two presidents, Joaquim Chissano and Filipe Nyusi', publishedAt: '2019-06-12' },
  ],
  fine: [
    { text: 'The port concession has run under two presidents, Armando Guebuza and Filipe Nyusi, since it was signed in March 2012.', publishedAt: '2019-06-12' },
    // Whom she advised, not who held the office.
    { text: 'She advised two presidents, John Kufuor and Nana Akufo-Addo, since she joined the civil service in 2005.', publishedAt: '2019-06-12' },
    // Mills left office in July 2012: "since 2012" may start after he went.
    { text: 'The dam has been built under two presidents, John Mahama and Nana Akufo-Addo, since 2012.', publishedAt: '2019-06-12' },
    // Zambia's acting president of 2014-2015 need not be listed.
    { text: 'The copper mine has operated under two presidents, Edgar Lungu and Hakainde Hichilema, since it reopened in 2015.', publishedAt: '2022-06-12' },
    { text: 'The copper mine has operated under three presidents, Michael Sata, Edgar Lungu and Hakainde Hichilema, since it reopened in 2013.', publishedAt: '2022-06-12' },
  ],
});
