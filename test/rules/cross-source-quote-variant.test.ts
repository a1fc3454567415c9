import { describe, expect, it } from 'vitest';
import rule from '../../rules/cross-source/quote-variant.js';
import { analyzeAll } from '../../src/analyze.js';
import { storyArticle } from '../helpers/fixtures.js';
import { testRule } from '../helpers/rule-tester.js';

// Two versions of one quotation that differ in polarity or in a number or year.
const SPILLWAY = [
  { text: '"The spillway was fully tested in 2020, and the warning sirens were checked every month," reservoir authority spokesman Ahmed Rashidi told reporters in Mosul.', source: 'Tigris Wire' },
  { text: '"The spillway has not been tested since 2010, and that is why the warning sirens were installed," reservoir authority spokesman Ahmed Rashidi told reporters in Mosul.', source: 'Nineveh Post' },
];
const NEVER = [
  { text: 'Port director Kwame Asante said the terminal "has never lost a container to theft in its history."', source: 'Tema Shipping News' },
  { text: 'Port director Kwame Asante said the terminal "has lost a container to theft in its history, but only once."', source: 'Gold Coast Ledger' },
];
const TARGET_YEAR = [
  { text: 'Energy Minister Piotr Zielinski said the new line "will carry power from the Baltic wind farms to Warsaw by 2029."', source: 'Vistula Energy' },
  { text: 'Energy Minister Piotr Zielinski said the new line "will carry power from the Baltic wind farms to Warsaw by 2032."', source: 'Central Europe Daily' },
];
const LEVEE = [
  { text: 'Governor Amara Diallo said: "The levee held, and we are proud of every crew that worked through the night in the rain."', source: 'Delta Courier' },
  { text: 'Governor Amara Diallo said: "The levee didn\'t hold, but we are proud of every crew that worked through the night."', source: 'Niger River Wire' },
];
// Two translations of one statement: wording, not fact.
const TRANSLATED = [
  { text: 'Fisheries Minister Lena Sorensen said: "We will defend the fishermen of this coast with every tool that we have, and we will win."', source: 'Nordsjo Post' },
  { text: 'Fisheries Minister Lena Sorensen said: "We are going to protect the fishing families of this coast with all the tools we have, and we will win."', source: 'Skagerrak Wire' },
];

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
    { articles: SPILLWAY, flag: 'was fully tested in 2020' },
    { articles: NEVER, flag: 'has never lost a container' },
    { articles: TARGET_YEAR, flag: 'by 2029' },
    { articles: LEVEE, flag: 'The levee held' },
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
    {
      // The same negation in both versions.
      articles: [
        { text: 'Coach Ines Duarte said her players "did not deserve to lose in Porto tonight."', source: 'Atlantic Sport' },
        { text: 'Ines Duarte said her players "did not deserve to lose in Porto tonight."', source: 'Iberian Sports Wire' },
      ],
    },
    {
      // A number only the longer cut has: an excerpt, not a change.
      articles: [
        { text: 'Chief executive Ayumi Tanaka said the company "will open 12 stores in Osaka by 2027 and hire 300 staff."', source: 'Kansai Business' },
        { text: 'Chief executive Ayumi Tanaka said the company "will open 12 stores in Osaka."', source: 'Japan Retail Wire' },
      ],
    },
  ],
});

describe('cross-source/quote-variant severity', () => {
  const flagsOf = (articles: { text: string; source: string }[]) =>
    analyzeAll(articles.map((a, i) => ({ id: `a${i}`, publishedAt: '2026-05-12', ...a })), { rules: [rule], cluster: 'all' }).articles.flatMap((a) => a.flags);

  it('raises a change of polarity or of a number to warning, and says it is a change of fact', () => {
    for (const story of [SPILLWAY, NEVER, TARGET_YEAR, LEVEE]) {
      const flags = flagsOf(story);
      expect(flags.length, story[0]!.text).toBeGreaterThan(0);
      for (const f of flags) {
        expect(f.severity).toBe('warning');
        expect(f.message).toMatch(/change of fact, not of wording/);
      }
    }
  });

  it('names the negation and the years in the message', () => {
    const [f] = flagsOf(SPILLWAY);
    expect(f!.message).toMatch(/"not"/);
    expect(f!.message).toMatch(/"2020"/);
    expect(f!.message).toMatch(/"2010"/);
  });

  it('keeps two translations of one statement at info', () => {
    for (const story of [
      [
        { text: 'Interior Minister Farid Haddad said: "The police will keep order in every city of the country, and they will do it with restraint."', source: 'Maghreb Wire' },
        { text: 'Interior Minister Farid Haddad said: "The police are going to maintain the order in all cities of the country, and with great restraint."', source: 'Atlas Post' },
      ],
      [
        { text: 'Interior Minister Farid Haddad said: "We will bring the people responsible for this attack to justice, wherever they hide."', source: 'Maghreb Wire' },
        { text: 'Interior Minister Farid Haddad said: "Those responsible for this attack will face justice, wherever they may be hiding."', source: 'Atlas Post' },
      ],
    ]) {
      const flags = flagsOf(story);
      expect(flags.length).toBeGreaterThan(0);
      for (const f of flags) {
        expect(f.severity).toBe('info');
        expect(f.message).not.toMatch(/change of fact/);
      }
    }
  });

  it('keeps a number that only one translation gives, or two statements on one theme, below warning', () => {
    const flags = flagsOf([
      { text: 'Interior Minister Farid Haddad said: "The police will keep order in every city of the country, and 5,000 officers will do it with restraint."', source: 'Maghreb Wire' },
      { text: 'Interior Minister Farid Haddad said: "The police are going to maintain the order in all cities of the country, and with great restraint."', source: 'Atlas Post' },
    ]);
    for (const f of flags) {
      expect(f.severity).toBe('info');
      expect(f.message).not.toMatch(/change of fact/);
    }
  });

  it('does not call a wording variant a change of fact', () => {
    for (const f of flagsOf(TRANSLATED)) expect(f.message).not.toMatch(/change of fact/);
    // "not only" adds, it does not deny.
    const notOnly = flagsOf([
      { text: 'Chief executive Ayumi Tanaka said the company "did not only cut costs, it rebuilt the factory in Osaka."', source: 'Kansai Business' },
      { text: 'Chief executive Ayumi Tanaka said the company "cut costs and rebuilt the factory in Osaka."', source: 'Japan Retail Wire' },
    ]);
    for (const f of notOnly) expect(f.message).not.toMatch(/change of fact/);
  });
});

describe('cross-source/quote-variant: one opening, two continuations', () => {
  const flagsOf = (articles: { text: string; source: string }[]) =>
    analyzeAll(articles.map((a, i) => ({ id: `d${i}`, publishedAt: '2026-05-12', ...a })), { rules: [rule], cluster: 'all' }).articles.flatMap((a) => a.flags);

  it('flags the same opening going on to a denial in one outlet and a claim in the other (warning)', () => {
    const flags = flagsOf([
      { text: '"The Kariba dam wall is structurally sound and has passed every inspection since 2019," said authority chief Munyaradzi Moyo.', source: 'Harare Wire' },
      { text: '"The Kariba dam wall is structurally sound, but we cannot say when it was last inspected," said authority chief Munyaradzi Moyo.', source: 'Lusaka Times' },
    ]);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.severity).toBe('warning');
      expect(f.message).toMatch(/the same opening/);
    }
  });

  it('keeps two endings with no negation or number between them at info', () => {
    const flags = flagsOf([
      { text: '"The Kariba dam wall is structurally sound and its spillway gates are being replaced," said authority chief Munyaradzi Moyo.', source: 'Harare Wire' },
      { text: '"The Kariba dam wall is structurally sound, so farmers downstream should feel safe this season," said authority chief Munyaradzi Moyo.', source: 'Lusaka Times' },
    ]);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) expect(f.severity).toBe('info');
  });

  it('does not read the same opening by another speaker as one quotation', () => {
    expect(flagsOf([
      { text: '"The Kariba dam wall is structurally sound and has passed every inspection since 2019," said authority chief Munyaradzi Moyo.', source: 'Harare Wire' },
      { text: '"The Kariba dam wall is structurally sound, but we cannot say when it was last inspected," said opposition MP Tendai Biti.', source: 'Lusaka Times' },
    ])).toHaveLength(0);
  });
});
