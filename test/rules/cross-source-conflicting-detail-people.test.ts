// cross-source/conflicting-detail: a count of people named only by who they are ("27
// workers") is compared only with a count that says the same thing about them; a clock
// time is compared as a time, not as a figure.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Harbour Wire', publishedAt: '2026-05-12' },
  { text: b, source: 'Coast Radio', publishedAt: '2026-05-12' },
];

testRule(rule, {
  flagged: [
    {
      // Same people, same thing done to them, different counts.
      articles: pair(
        'Gas leak at Mersin cannery\n\nThirty workers were taken to hospital after a gas leak at a fish cannery in Mersin on Monday, the governor\'s office said.',
        'Mersin cannery leak\n\nAfter a gas leak at a fish cannery in Mersin on Monday, 13 workers were taken to hospital, the governor\'s office said.',
      ),
      flag: 'Thirty workers',
    } as never,
    {
      articles: pair(
        'Strike at Ostrava steelworks\n\nAbout 400 employees walked out at the Ostrava steelworks on Tuesday over unpaid bonuses, the union said.',
        'Ostrava strike\n\nAbout 1,200 employees walked out at the Ostrava steelworks on Tuesday over unpaid bonuses, the union said.',
      ),
      flag: '400 employees',
    } as never,
    {
      // A family word ("injured") says what happened: no shared word needed.
      articles: pair(
        'Stand collapse in Tirana\n\nA stand collapsed at a football ground in Tirana on Saturday, and 12 people were injured, police said.',
        'Tirana stand collapse\n\nA stand collapsed at a football ground in Tirana on Saturday, injuring 21 spectators, police said.',
      ),
      flag: '12 people',
    } as never,
  ],
  fine: [
    {
      // Two counted groups: workers taken to hospital, workers who spoke to reporters.
      articles: pair(
        'Gas leak at Mersin cannery\n\nThirty workers were taken to hospital after a gas leak at a fish cannery in Mersin on Monday, the governor\'s office said.',
        'Mersin cannery leak\n\nTwo workers told reporters after a gas leak at a fish cannery in Mersin on Monday that the alarm never sounded.',
      ),
    } as never,
    {
      // A headline's count of the badly hurt against the lead's count of all taken to hospital.
      articles: pair(
        'Chlorine leak at Sfax water plant sends 19 workers to hospital\n\nChlorine leaked at a water plant in Sfax on Friday.',
        'Three workers in intensive care after chlorine leak at Sfax water plant\n\nChlorine leaked at a water plant in Sfax on Friday.',
      ),
    } as never,
    {
      articles: pair(
        'Ferry fire off Bodrum\n\nA fire broke out on a ferry off Bodrum on Sunday. 212 passengers were brought ashore, the coast guard said.',
        'Bodrum ferry fire\n\nA fire broke out on a ferry off Bodrum on Sunday. Four passengers described the smoke to reporters, the coast guard said.',
      ),
    } as never,
    {
      // Times whose windows meet are not two figures for "a.m.".
      articles: pair(
        'Blackout in Accra\n\nThe power went out across Accra shortly after 4 a.m. on Thursday, the grid operator said.',
        'Accra blackout\n\nThe power went out across Accra at about 4.20 a.m. on Thursday, the grid operator said.',
      ),
    } as never,
  ],
});
