// cross-source/opposite-account: an activity said to go on at a place on a day in one outlet
// and to be halted there that day in another ("Work continued at the other mines in Kiruna on
// Monday" / "The ministry suspended mining across Kiruna on Monday"). When the activity is
// named two ways, the pair is tied by the same place, the same day and shared story words
// (info); the same named activity is a warning.
import rule from '../../rules/cross-source/opposite-account.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string, dateB = '2026-05-06') => [
  { text: a, source: 'Iron Ore Courier', publishedAt: '2026-05-06' },
  { text: b, source: 'Norrbotten Post', publishedAt: dateB },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Inspectors took samples from the flooded shaft. Work continued at the other mines in Kiruna on Monday.',
        'The ministry suspended mining across Kiruna on Monday, while inspectors took samples from the flooded shaft.',
      ),
      flag: 'Work continued',
    } as never,
    {
      articles: pair(
        'Divers searched the lake after the ferry capsized. The search went on near Mwanza through Tuesday night.',
        'Police called off the search near Mwanza on Tuesday as divers struggled in the dark after the ferry capsized.',
      ),
      flag: 'went on',
    } as never,
    {
      articles: pair(
        'Engineers checked the cracked pylon. Trains continued to run normally. Services continued on the Brno line on Wednesday.',
        'Rail operator CD halted services on the Brno line on Wednesday after engineers found a cracked pylon.',
      ),
      flag: 'continued on',
    } as never,
    {
      articles: pair(
        'Two guards were injured in the riot. Visits carried on at Kamiti prison on Friday, officials said.',
        'The prisons department cancelled visits at Kamiti prison on Friday after two guards were injured in the riot.',
      ),
      flag: 'carried on',
    } as never,
    {
      articles: pair(
        'Vets found the virus on four farms. Vaccination continued at all other farms in Gelderland on 12 May.',
        'The agriculture ministry paused vaccination across Gelderland on 12 May after vets found the virus on four farms.',
      ),
      flag: 'Vaccination continued',
    } as never,
  ],
  fine: [
    {
      // Different days.
      articles: pair(
        'Inspectors took samples from the flooded shaft. Work continued at the other mines in Kiruna on Monday.',
        'The ministry suspended mining across Kiruna on Thursday, while inspectors took samples from the flooded shaft.',
      ),
    } as never,
    {
      // Different places.
      articles: pair(
        'Inspectors took samples from the flooded shaft. Work continued at the other mines in Kiruna on Monday.',
        'The ministry suspended mining across Gällivare on Monday, while inspectors took samples from the flooded shaft.',
      ),
    } as never,
    {
      // "continued to" is a trend, not an activity going on.
      articles: pair(
        'Inspectors took samples from the flooded shaft. Prices continued to rise in Kiruna on Monday.',
        'The ministry suspended mining across Kiruna on Monday, while inspectors took samples from the flooded shaft.',
      ),
    } as never,
    {
      // A bare weekday in articles published weeks apart is not the same day.
      articles: pair(
        'Inspectors took samples from the flooded shaft. Work continued at the other mines in Kiruna on Monday.',
        'The ministry suspended mining across Kiruna on Monday, while inspectors took samples from the flooded shaft.',
        '2026-06-20',
      ),
    } as never,
    {
      // Both say it went on.
      articles: pair(
        'Inspectors took samples from the flooded shaft. Work continued at the other mines in Kiruna on Monday.',
        'Mining went on across Kiruna on Monday, while inspectors took samples from the flooded shaft.',
      ),
    } as never,
  ],
});
