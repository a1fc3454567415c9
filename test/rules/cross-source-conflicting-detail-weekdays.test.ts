// cross-source/conflicting-detail: one event put on different bare weekdays in aligned sentences
// ("went missing on Monday" / "went missing on Wednesday"), each weekday counted from its article's
// publication date. Not compared: states that can hold on two days ("remained closed"), speech
// cues ("said on Thursday"), days next to each other told near midnight, sentences that count
// with no number in common (two batches), and one day seen from two publication dates.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string, dateB = '2026-03-13') => [
  { text: a, source: 'Pampas Daily', publishedAt: '2026-03-13' },
  { text: b, source: 'Radio Litoral', publishedAt: dateB },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Coastguard boats searched the gulf off Puerto Madryn for a third day after two fishermen went missing on Monday in a small wooden boat, the navy said.',
        'Relatives kept vigil at the Puerto Madryn harbour wall on Friday, four days after two fishermen went missing on Wednesday in a small wooden boat.',
      ),
      flag: 'went missing on Monday',
      message: /Days for the same event differ/,
    } as never,
    {
      // A passive verb; the second outlet published a day later, its "Wednesday" still not Tuesday.
      articles: pair(
        'The former port director was arrested on Tuesday at his home in Mar del Plata, accused of taking bribes from two shipping agents, prosecutors said.',
        'Prosecutors said the former port director was arrested on Wednesday at his home in Mar del Plata, accused of taking bribes from shipping agents.',
        '2026-03-14',
      ),
      flag: 'arrested on Tuesday',
    } as never,
    {
      articles: pair(
        'The only lift in the hospital tower broke down on Sunday, leaving patients on the upper floors to be carried down the stairs by porters.',
        'Porters carried patients down the stairs of the hospital tower after its only lift broke down on Saturday, staff said.',
      ),
    } as never,
  ],
  fine: [
    {
      // A state holds on two days: not one event.
      articles: pair(
        'The border crossing at Paso de los Libres remained closed on Monday while customs officers searched the lorries for contraband.',
        'Customs officers searched the lorries for contraband while the border crossing at Paso de los Libres remained closed on Wednesday.',
      ),
    } as never,
    {
      // Counts with no number in common: two batches of discharges, one each day.
      articles: pair(
        'Most of the students were treated at the Hospital Provincial; 12 were discharged on Thursday, the ministry said.',
        'The students were treated at the Hospital Provincial; nine were discharged on Saturday, the ministry said.',
      ),
    } as never,
    {
      // When each outlet heard the ministry is no disagreement about the event.
      articles: pair(
        'Tests found salmonella in three of five samples from the canteen, the provincial health ministry said on Thursday.',
        'Tests found salmonella in three of five samples from the canteen, the provincial health ministry said on Friday.',
      ),
    } as never,
    {
      // Late one night and early the next morning may be the same moment.
      articles: pair(
        'The former port director was arrested late on Tuesday at his home in Mar del Plata, accused of taking bribes, prosecutors said.',
        'Prosecutors said the former port director was arrested early on Wednesday at his home in Mar del Plata, accused of taking bribes.',
      ),
    } as never,
    {
      // One day named from two publication dates: Tuesday 10 March seen from the 13th and the 12th.
      articles: pair(
        'The former port director was arrested on Tuesday at his home in Mar del Plata, accused of taking bribes, prosecutors said.',
        'Prosecutors said the former port director was arrested on Tuesday at his home in Mar del Plata, accused of taking bribes.',
        '2026-03-12',
      ),
    } as never,
    {
      // Two outlets, the same day.
      articles: pair(
        'Coastguard boats searched the gulf off Puerto Madryn for a third day after two fishermen went missing on Monday in a small wooden boat, the navy said.',
        'Relatives kept vigil at the Puerto Madryn harbour wall on Friday, after two fishermen went missing on Monday in a small wooden boat.',
      ),
    } as never,
  ],
});
