// cross-source/conflicting-detail: where an event started, as two outlets give it from the same
// cited source ("According to the fire service, the blaze started in the kitchen" / "the fire
// service said it began in the garage"): an event starts in one place, so one has the source wrong.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Lakeside Gazette', publishedAt: '2026-02-17' },
  { text: b, source: 'Metro FM', publishedAt: '2026-02-17' },
];

testRule(rule, {
  flagged: [
    {
      // Each outlet names the other's place too, as somewhere the fire spread.
      articles: pair(
        'Warehouse fire\n\nA fire gutted a furniture warehouse in Tartu on Monday night. According to the rescue board, the fire started in the paint store and spread to the loading bay before crews arrived.',
        'Tartu blaze\n\nA fire gutted a furniture warehouse in Tartu on Monday night. The blaze was reported at 11 p.m. According to the rescue board, it started in the loading bay, near the diesel tanks, and spread towards the paint store.',
      ),
      flag: 'the fire started in the paint store',
      message: /where it started/,
    } as never,
    {
      // A source cited with "said"; one outlet's place named elsewhere in the other.
      articles: pair(
        'School blast\n\nA gas explosion damaged a school in Kaunas on Friday. The explosion began in the boiler room, the fire department said.',
        'Kaunas school\n\nA gas explosion damaged a school in Kaunas on Friday. The fire department said the explosion began in the canteen. Pupils had left the boiler room an hour before.',
      ),
      flag: 'The explosion began in the boiler room',
    } as never,
  ],
  fine: [
    {
      // Different sources: two accounts, not one source told two ways.
      articles: pair(
        'Warehouse fire\n\nA fire gutted a furniture warehouse in Tartu on Monday night. According to the rescue board, the fire started in the paint store and spread to the loading bay.',
        'Tartu blaze\n\nA fire gutted a furniture warehouse in Tartu on Monday night. According to the owner, it started in the loading bay and spread towards the paint store.',
      ),
    } as never,
    {
      // One place locates the other: a cupboard in the kitchen.
      articles: pair(
        'Flat fire\n\nA fire damaged a flat in Narva on Sunday. According to the rescue board, the fire started in the kitchen and spread to the hallway.',
        'Narva flat\n\nA fire damaged a flat in Narva on Sunday. According to the rescue board, it started in a cupboard in the kitchen and spread to the hallway.',
      ),
    } as never,
    {
      // Places of different scale that neither outlet names in the other: nothing to set against.
      articles: pair(
        'Hotel fire\n\nA fire damaged a hotel in Parnu on Sunday. According to the rescue board, the fire started on the third floor.',
        'Parnu hotel\n\nA fire damaged a hotel in Parnu on Sunday. According to the rescue board, the fire started in a laundry room.',
      ),
    } as never,
    {
      // A denial is no place.
      articles: pair(
        'Warehouse fire\n\nA fire gutted a furniture warehouse in Tartu on Monday night. According to the rescue board, the fire started in the paint store and spread to the loading bay.',
        'Tartu blaze\n\nA fire gutted a furniture warehouse in Tartu on Monday night. According to the rescue board, the fire did not start in the loading bay, and it spread towards the paint store.',
      ),
    } as never,
    {
      // One outlet gives two places: it tells both.
      articles: pair(
        'Warehouse fire\n\nA fire gutted a furniture warehouse in Tartu on Monday night. According to the rescue board, the fire started in the paint store. A second fire started in the loading bay, the rescue board said.',
        'Tartu blaze\n\nA fire gutted a furniture warehouse in Tartu on Monday night. According to the rescue board, the fire started in the loading bay and spread towards the paint store.',
      ),
    } as never,
  ],
});
