import rule from '../../rules/cross-source/quote-variant.js';
import { storyArticle } from '../helpers/fixtures.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      // The same words of the civil defence chief, worded differently by two wires.
      articles: [
        storyArticle('A2-brazil-flood-southern-cross-news.txt'),
        storyArticle('A1-brazil-flood-meridian-wire.txt'),
      ],
      flag: 'beyond anything the city',
    },
    {
      articles: [
        { text: 'Governor Maria Lindqvist said the central bank would "act decisively if inflation expectations drift" and called the krona weak.', source: 'Nordic Ledger' },
        { text: 'Governor Maria Lindqvist warned that the bank would "act forcefully if inflation expectations drift" this spring.', source: 'Baltic Wire' },
      ],
      flag: 'act decisively if inflation expectations drift',
    },
    {
      articles: [
        { text: 'Union leader Tomasz Nowak called the pay offer "a betrayal of every nurse in this country" at a rally in Krakow on Friday.', source: 'Vistula Post' },
        { text: 'Tomasz Nowak, who leads the nurses union, described the offer as "a betrayal of every worker in this country" at the Krakow rally.', source: 'Central Europe Daily' },
      ],
      flag: 'a betrayal of every nurse',
    },
    {
      articles: [
        { text: 'Coach Ines Duarte said her side had "played with fear and paid the price" after the 3-0 defeat in Porto.', source: 'Atlantic Sport' },
        { text: 'After the 3-0 loss in Porto, Ines Duarte admitted her players had "played with fear and paid the penalty".', source: 'Iberian Sports Wire' },
      ],
      flag: 'played with fear and paid the price',
    },
    {
      articles: [
        { text: 'Mayor Olusegun Adeyemi promised that the city would "rebuild every school that the water destroyed" before the new term.', source: 'Lagos Courier' },
        { text: 'Mayor Olusegun Adeyemi vowed the city would "repair every school that the water destroyed" before term starts.', source: 'Niger Delta Times' },
      ],
      flag: 'rebuild every school that the water destroyed',
    },
  ],
  fine: [
    {
      // Identical quotations.
      articles: [
        { text: 'Governor Maria Lindqvist said the bank would "act decisively if inflation expectations drift."', source: 'Nordic Ledger' },
        { text: 'The bank will "act decisively if inflation expectations drift," Governor Maria Lindqvist said on Tuesday.', source: 'Baltic Wire' },
      ],
    },
    {
      // One outlet quotes only part of the sentence.
      articles: [
        { text: 'Coach Ines Duarte said her side had "played with fear and paid the price for it in the second half."', source: 'Atlantic Sport' },
        { text: 'Ines Duarte said her players had "played with fear" in Porto.', source: 'Iberian Sports Wire' },
      ],
    },
    {
      // Different speakers say similar things.
      articles: [
        { text: 'Prosecutor Anil Mehta said the defence would "appeal the ruling at the first opportunity" in Mumbai.', source: 'Deccan Wire' },
        { text: 'Defence lawyer Ritu Sharma said her team would "challenge the ruling at the first opportunity" in Mumbai.', source: 'Western Ghats Times' },
      ],
    },
    {
      // An ellipsis marks the cut.
      articles: [
        { text: 'The minister said the reform "will be fair, will be gradual and will protect pensions that are already paid."', source: 'Lisbon Review' },
        { text: 'The minister said the reform "will be fair ... and will protect pensions that are already paid."', source: 'Tagus News' },
      ],
    },
    {
      // British and American spelling of the same words.
      articles: [
        { text: 'Minister Sarah Okafor said the government would "organise a programme of repairs for every flooded school."', source: 'London Ledger' },
        { text: 'Minister Sarah Okafor said the government would "organize a program of repairs for every flooded school."', source: 'Boston Wire' },
      ],
    },
    {
      // Two different statements by the same person.
      articles: [
        { text: 'Mayor Olusegun Adeyemi said the flood barriers "held better than anyone expected" on Monday.', source: 'Lagos Courier' },
        { text: 'Mayor Olusegun Adeyemi said the city "needs federal money for drainage" before the rains return.', source: 'Niger Delta Times' },
      ],
    },
  ],
});
