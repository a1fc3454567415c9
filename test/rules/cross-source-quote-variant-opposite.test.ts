import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

// One named person quoted by two outlets as saying opposite things in different words:
// opposite universals (everyone/nobody, always/never) before the same predicate, on one topic.
testRule(rule, {
  flagged: [
    {
      articles: [
        { text: 'Dam repairs\n\nRegional water director Olena Marchuk said on Friday: "Everyone will have running water again by the end of the month."', source: 'Dnipro Wire' },
        { text: 'Water cuts\n\nRegional water director Olena Marchuk told reporters on Friday: "Nobody will have running water until the pumping station is rebuilt, whether that takes a month or a year."', source: 'Kharkiv Post' },
        { text: 'Repairs begin\n\nCrews began repairs at the pumping station on Friday, the regional administration said.', source: 'Kyiv Daily' },
      ],
      flag: 'Everyone will have running water',
    },
    {
      articles: [
        { text: 'Fares frozen\n\nTransport minister Rafael Quispe said on Monday: "Bus fares will never rise while this government is in office."', source: 'Andean Wire' },
        { text: 'Bus fares\n\nTransport minister Rafael Quispe told a radio station on Monday: "Bus fares always rise with fuel, and this government is no different."', source: 'Lima Ledger' },
      ],
      flag: 'Bus fares',
    },
    {
      articles: [
        { text: 'Strike talks\n\nUnion leader Thandiwe Nkosi said after the talks: "All of our members go back to work on Monday, the strike is over."', source: 'Gauteng Wire' },
        { text: 'Mine strike\n\nUnion leader Thandiwe Nkosi said after the talks: "None of our members go back to work until the bonus is paid, whatever the company says about Monday."', source: 'Rand Times' },
      ],
      flag: 'members go back',
    },
    {
      articles: [
        { text: 'Evacuation\n\nMayor Ingrid Solheim said on Sunday: "Everybody is safe in the sports hall tonight."', source: 'Fjord Post' },
        { text: 'Landslide\n\nMayor Ingrid Solheim said on Sunday: "Nobody is safe in the valley tonight, and we are moving families to the sports hall."', source: 'Nordland Wire' },
      ],
      flag: 'safe',
    },
    {
      articles: [
        { text: 'Harbour\n\nPort captain Luis Ferreira said: "Everything is working normally at the container terminal this week."', source: 'Atlantic Wire' },
        { text: 'Harbour chaos\n\nPort captain Luis Ferreira said: "Nothing is working at the container terminal, and this week will be hard."', source: 'Porto Daily' },
      ],
      flag: 'working',
    },
  ],
  fine: [
    {
      // One person on two different points: no shared predicate after the universals.
      articles: [
        { text: 'Dam repairs\n\nRegional water director Olena Marchuk said: "Everyone in the city deserves an apology for the cuts this week."', source: 'Dnipro Wire' },
        { text: 'Water cuts\n\nRegional water director Olena Marchuk said: "Nobody could have predicted the pump failure this week."', source: 'Kharkiv Post' },
      ],
    },
    {
      // Opposite universals, but two different speakers.
      articles: [
        { text: 'Strike talks\n\nUnion leader Thandiwe Nkosi said: "All of our members go back to work on Monday."', source: 'Gauteng Wire' },
        { text: 'Mine strike\n\nCompany spokesman Pieter Botha said: "None of the strikers go back to work until they sign the new contract on Monday."', source: 'Rand Times' },
      ],
    },
    {
      // The same person, the same side of the universal.
      articles: [
        { text: 'Evacuation\n\nMayor Ingrid Solheim said on Sunday: "Everybody is safe in the sports hall tonight."', source: 'Fjord Post' },
        { text: 'Landslide\n\nMayor Ingrid Solheim said on Sunday: "All the families from the valley are safe and warm with us."', source: 'Nordland Wire' },
      ],
    },
    {
      // The same person, opposite universals about different things (no topic shared).
      articles: [
        { text: 'Harbour\n\nPort captain Luis Ferreira said: "Everything is working normally at the container terminal."', source: 'Atlantic Wire' },
        { text: 'Fishing fleet\n\nPort captain Luis Ferreira said: "Nothing is biting off the coast, the trawlers say."', source: 'Porto Daily' },
      ],
    },
    {
      // A universal in only one of the quotations.
      articles: [
        { text: 'Fares frozen\n\nTransport minister Rafael Quispe said: "Bus fares will never rise while this government is in office."', source: 'Andean Wire' },
        { text: 'Bus fares\n\nTransport minister Rafael Quispe said: "We are looking at how to protect bus fares from the price of fuel."', source: 'Lima Ledger' },
      ],
    },
  ],
});
