// cross-source/conflicting-detail: headcounts of one named area that two outlets give
// differently in sentences worded too differently to align ("The statistics office counted
// 41,230 people in Northern Province" / "the census report gives Northern Province 38,900
// people"), matched by the counted noun and the area's name; crowds, other areas, other
// years and two counts in one article are left alone.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Harbour Times', publishedAt: '2026-02-11' },
  { text: b, source: 'Valley Radio', publishedAt: '2026-02-11' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Census results out\n\nThe national census showed the fastest growth around the capital. The statistics office counted 41,230 people in Northern Province, most of them in farming villages.',
        'Northern Province undercounted, chiefs say\n\nThe preliminary census report published in the capital on Monday gives Northern Province 38,900 people, a figure village chiefs reject.',
      ),
      flag: '41,230 people',
    } as never,
    {
      articles: pair(
        'Population survey\n\nEnumerators recorded 12,480 residents in Kaliba District during the population count, the planning ministry said.',
        'Kaliba District\n\nAccording to the census tally, Kaliba District\'s 9,310 residents now share two clinics, health workers said at a meeting with the governor.',
      ),
      flag: '12,480 residents',
    } as never,
    {
      articles: pair(
        'Island count\n\nThe census counted 5,120 inhabitants on the island, and 2,040 inhabitants in Port Selwyn, its only town.',
        'Port Selwyn grows\n\nHarbour officials say the new census puts 3,600 inhabitants in Port Selwyn, almost double the figure from a decade ago.',
      ),
      flag: '2,040 inhabitants',
    } as never,
    {
      articles: pair(
        'Election roll\n\nThe electoral register lists 88,400 voters in Eastern Ward, the commission said, ahead of the by-election.',
        'By-election\n\nCampaigners in Eastern Ward said the register gives Eastern Ward 96,100 voters, after a registration drive by both parties.',
      ),
      flag: '88,400 voters',
    } as never,
    {
      articles: pair(
        'Highland census\n\nThe statistics bureau counted 7,300 households in Upper Lomani, it said on Thursday.',
        'Upper Lomani\n\nLeaders say the census figure of 6,100 households in Upper Lomani leaves out three hamlets beyond the river.',
      ),
      flag: '7,300 households',
    } as never,
  ],
  fine: [
    {
      // The same count in both.
      articles: pair(
        'Census results\n\nThe statistics office counted 41,230 people in Northern Province.',
        'Chiefs object\n\nThe census report gives Northern Province 41,230 people, a figure the chiefs reject.',
      ),
    } as never,
    {
      // Different areas.
      articles: pair(
        'Census results\n\nThe statistics office counted 41,230 people in Northern Province.',
        'Chiefs object\n\nThe census report gives Southern Province 38,900 people, a figure the chiefs reject.',
      ),
    } as never,
    {
      // A crowd in the area, not its population: no headcount word.
      articles: pair(
        'Protest\n\nAbout 300 people in Northern Province marched to the governor\'s office on Monday, chanting slogans against the new tax on fishing boats.',
        'Festival\n\nOrganisers of the harvest festival at the cathedral said 1,200 people in Northern Province had bought tickets.',
      ),
    } as never,
    {
      // An earlier census, with its year, against the new one.
      articles: pair(
        'Census results\n\nThe statistics office counted 41,230 people in Northern Province this year.',
        'Growth\n\nThe 2014 census counted 38,900 people in Northern Province, the bureau said.',
      ),
    } as never,
    {
      // Different counted nouns: residents and households.
      articles: pair(
        'Census\n\nThe census counted 41,230 residents in Northern Province.',
        'Census\n\nThe census counted 9,800 households in Northern Province.',
      ),
    } as never,
  ],
});
