import rule from '../../rules/cross-source/opposite-account.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      articles: [
        { text: 'Siemens Energy declined to comment on the report about turbine faults in Texas, and shares fell 6 percent in Frankfurt.', source: 'Rhine Business' },
        { text: 'Siemens Energy said the turbine faults in Texas were limited to a single batch and posed no safety risk.', source: 'Gulf Energy Wire' },
      ],
      flag: 'declined to comment',
    },
    {
      articles: [
        { text: 'Regulators gave their approval of the merger between the two Danish shipping groups on Tuesday, clearing the way for a Copenhagen listing.', source: 'Nordic Ledger' },
        { text: 'The two Danish shipping groups had hoped for a Copenhagen listing. But the merger failed to gain regulatory approval on Tuesday.', source: 'Baltic Wire' },
      ],
      flag: 'approval of the merger',
    },
    {
      articles: [
        { text: 'The Kremlin has remained silent on the drone strikes near the Baltic port of Ust-Luga.', source: 'Tallinn Times' },
        { text: 'The Kremlin accused Kyiv of attacking civilian infrastructure near the Baltic port of Ust-Luga.', source: 'Riga Dispatch' },
      ],
      flag: 'remained silent',
    },
    {
      articles: [
        { text: 'The talks between Lufthansa and ITA Airways have dragged on for months. Both airlines remain silent on the merger talks.', source: 'Alpine Markets' },
        { text: 'Lufthansa denied that merger talks with ITA Airways had stalled, a spokeswoman said in Frankfurt.', source: 'Rhine Business' },
      ],
      flag: 'remain silent',
    },
    {
      articles: [
        { text: 'Tesla confirmed that it will build a battery plant near Valencia, according to regional officials.', source: 'Levante Daily' },
        { text: 'Tesla denied the reports that it will build a battery plant near Valencia, calling them speculation.', source: 'Iberian Business Wire' },
      ],
      flag: 'Tesla confirmed',
    },
  ],
  fine: [
    {
      // Both say it stayed silent.
      articles: [
        { text: 'The Kremlin has remained silent on the drone strikes near Ust-Luga.', source: 'Tallinn Times' },
        { text: 'The Kremlin declined to comment on the drone strikes near Ust-Luga.', source: 'Riga Dispatch' },
      ],
    },
    {
      // A different actor spoke.
      articles: [
        { text: 'The Kremlin has remained silent on the drone strikes near Ust-Luga.', source: 'Tallinn Times' },
        { text: 'Ukraine accused Moscow of staging the drone strikes near Ust-Luga.', source: 'Riga Dispatch' },
      ],
    },
    {
      // A report about the actor is not the actor speaking.
      articles: [
        { text: 'The Interior Ministry has declined to comment on the prison riot in Lyon.', source: 'Rhone Post' },
        { text: 'An Interior Ministry report says guards at the Lyon prison were understaffed.', source: 'Saone Wire' },
      ],
    },
    {
      // Negated speech is not speech.
      articles: [
        { text: 'The Interior Ministry has declined to comment on the prison riot in Lyon.', source: 'Rhone Post' },
        { text: 'The Interior Ministry did not say whether the Lyon prison governor would be replaced.', source: 'Saone Wire' },
      ],
    },
    {
      // Approved in both accounts.
      articles: [
        { text: 'Regulators gave their approval of the merger between the two Danish shipping groups on Tuesday.', source: 'Nordic Ledger' },
        { text: 'Regulators approved the merger between the two Danish shipping groups on Tuesday.', source: 'Baltic Wire' },
      ],
    },
  ],
});
