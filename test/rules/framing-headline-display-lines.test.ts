import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Display text that states as fact a detail the body gives to one side and then reports
// denied: an order of events in a headline, a modifier in a Key-points bullet, and a
// live-blog entry heading that turns one side's claim into the other side's admission.
// The page as a daily lays it out: masthead, headline, standfirst, byline, then the box above the body.
const KEY_POINTS = (bullets: string[], body: string) =>
  `THE LAKESIDE GAZETTE\nMonday, October 5, 2026\n\nHEALTH\n\nRegulator suspends clinic licence over vaccine complaints\n\nInspectors are sent in; parents and the clinic differ over the doses\n\nBy Marta Kovac\nPosted: October 5, 2026 · 7:30 a.m.\n\nKEY POINTS\n${bullets.map((b) => `• ${b}`).join('\n')}\n\n${body}`;
const LIVE = (heading: string, entry: string) =>
  `LIVE — Storm cuts power across the northern valleys\n\nFri 9 Oct, 06:10 — Lines down\n\nHigh winds brought down power lines in four valleys overnight.\n\nFri 9 Oct, 09:25 — ${heading}\n\n${entry}\n\nFri 9 Oct, 12:40 — Crews out\n\nRepair crews have reached the last of the villages.`;

testRule(rule, {
  flagged: [
    {
      // A headline's order of events, denied as that order ("before ... approved").
      text: 'Developer felled park trees before council approved plans\n\nResidents say the developer cut down 60 oak trees in the park in April, a month before the council voted on its plans.\n\nThe developer\'s spokesman, Karl Weber, denied that any tree had been felled before the council approved the plans.',
      flag: 'Developer felled park trees before council approved plans',
    },
    {
      // The same shape with "after".
      text: 'Hospital discharged patients after cutting night staff\n\nThe nurses\' union says the hospital discharged 30 patients early in May, days after night staff were cut.\n\nThe hospital denied that any patient had been discharged after staff were cut, saying every discharge was signed by a doctor.',
      flag: 'Hospital discharged patients after cutting night staff',
    },
    {
      // A Key-points bullet's modifier that the body has from the parents and the clinic denies.
      text: KEY_POINTS(
        ['The clinic\'s licence has been suspended', 'Children were given expired vaccines at the clinic'],
        'The health regulator suspended the clinic\'s licence on Friday.\n\nParents say their children were given expired vaccines at the clinic in August.\n\nThe clinic\'s director, Piet Smit, denied that any vaccine given had expired. "Every vial was checked on the day," he said.',
      ),
      flag: 'expired vaccines',
    },
    {
      // A bullet with unrefrigerated vans, the cold chain disputed.
      text: KEY_POINTS(
        ['The clinic may reopen in November', 'Doses were stored in unrefrigerated vans'],
        'The regulator said the clinic could reopen in November.\n\nThe nurses\' union says doses were stored in unrefrigerated vans.\n\nThe clinic\'s director denied that any van had been unrefrigerated.',
      ),
      flag: 'unrefrigerated vans',
    },
    {
      // A live-blog entry heading that turns the villagers' claim into the utility's admission.
      text: LIVE('Utility admits repair crews were sent home', 'Villagers say the utility sent its repair crews home before the storm arrived. The utility\'s operations chief denied that any crew had been sent home before the storm.'),
      flag: 'admits',
    },
    {
      // A live-blog entry heading's modifier from one side, denied.
      text: LIVE('Outage followed skipped inspections', 'Engineers say the utility kept the lines running on skipped inspections. The utility denied that any inspection had been skipped.'),
      flag: 'skipped inspections',
    },
  ],
  fine: [
    // A bullet the body supports in its own voice.
    {
      text: KEY_POINTS(
        ['Children were given expired vaccines at the clinic'],
        'Children were given expired vaccines at the clinic in August, the regulator\'s report found.\n\nThe clinic\'s director, Piet Smit, denied that any vaccine given had expired.',
      ),
    },
    // A bullet that attributes itself.
    {
      text: KEY_POINTS(
        ['Children were given expired vaccines, parents say'],
        'Parents say their children were given expired vaccines.\n\nThe clinic\'s director, Piet Smit, denied that any vaccine given had expired.',
      ),
    },
    // A headline order the denial does not touch (it denies something else).
    { text: 'Developer felled park trees before council approved plans\n\nThe developer cut down 60 oak trees in the park in April, before the council voted, planning records show.\n\nThe developer denied that its machines had damaged the playground.' },
    // A live-blog heading with an admission the body reports.
    { text: LIVE('Utility admits repair crews were sent home', 'The utility admitted on Friday that its repair crews had been sent home before the storm arrived.') },
    // A live-blog heading that attributes the claim.
    { text: LIVE('Repair crews were sent home, villagers say', 'Villagers say the utility sent its repair crews home before the storm arrived. The utility\'s operations chief denied that any crew had been sent home before the storm.') },
    // A plain bullet with a date and no dispute.
    {
      text: KEY_POINTS(
        ['The clinic may reopen on Monday, 2 November'],
        'The regulator said the clinic could reopen on Monday, 2 November.\n\nThe nurses\' union says doses were stored in unrefrigerated vans. The clinic\'s director denied that any van had been unrefrigerated.',
      ),
    },
  ],
});
