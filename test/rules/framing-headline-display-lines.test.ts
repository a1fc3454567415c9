import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Display text that states as fact a detail the body gives to one side and then reports
// denied: an order of events in a headline, a modifier in a Key-points bullet, and a
// live-blog entry heading that turns one side's claim into the other side's admission.
// The page as a daily lays it out: masthead, headline, standfirst, byline, then the box above the body.
const KEY_POINTS = (bullets: string[], body: string) =>
  `THE VALLEY COURIER\nFriday, March 6, 2026\n\nNEWS\n\nCouncil annuls district vote count after ballot row\n\nThe commission orders a new vote; observers and the council differ over the depot\n\nBy Marta Kovac\nPublished: March 6, 2026 · 6:00 a.m.\n\nKEY POINTS\n${bullets.map((b) => `• ${b}`).join('\n')}\n\n${body}`;
const LIVE = (heading: string, entry: string) =>
  `LIVE — Dockers strike over unpaid overtime\n\nTue 3 Mar, 08:40 — Pickets gather\n\nSeveral hundred dockers gathered at the port gates on Tuesday morning.\n\nTue 3 Mar, 11:05 — ${heading}\n\n${entry}\n\nTue 3 Mar, 13:20 — Pickets thin\n\nThe crowd is thinning and the gates are open again.`;

testRule(rule, {
  flagged: [
    {
      // A headline's order of events, denied as that order ("before ... paid").
      text: 'Quarry firm blasted orchards before paying growers\n\nThe growers\' cooperative says the firm\'s contractors blasted 40 hectares of apple orchards in March, weeks before any compensation was paid.\n\nThe firm\'s community officer, Lena Ortiz, denied that any orchard had been blasted before its owners were paid.',
      flag: 'Quarry firm blasted orchards before paying growers',
    },
    {
      // The same shape with "after".
      text: 'Hospital discharged patients after cutting night staff\n\nThe nurses\' union says the hospital discharged 30 patients early in May, days after night staff were cut.\n\nThe hospital denied that any patient had been discharged after staff were cut, saying every discharge was signed by a doctor.',
      flag: 'Hospital discharged patients after cutting night staff',
    },
    {
      // A Key-points bullet's modifier that the body has from the observers and the council denies.
      text: KEY_POINTS(
        ['The count for the district has been annulled', 'The ballots went missing from the council\'s unguarded depot'],
        'The electoral commission annulled the count for the district on Monday.\n\nIndependent observers say the ballots were kept in an unguarded depot behind the town hall.\n\nThe council\'s clerk, Piet Smit, denied that the depot had been left unguarded. "Two officers watched it all night," he said.',
      ),
      flag: 'unguarded depot',
    },
    {
      // A bullet with an unsealed box, the seal disputed.
      text: KEY_POINTS(
        ['Voters in the district will vote again in July', 'The votes were counted from unsealed boxes'],
        'The commission ordered a new vote for July.\n\nThe opposition says the votes were counted from unsealed boxes.\n\nThe returning officer denied that any box had been unsealed before the count.',
      ),
      flag: 'unsealed boxes',
    },
    {
      // A live-blog entry heading that turns the union's claim into the port's admission.
      text: LIVE('Port admits overtime money went missing', 'The dockers\' union says about 2 million dollars of overtime money went to crews that never worked the shifts. The port authority\'s director denied that any overtime money had gone to crews who did not work.'),
      flag: 'admits',
    },
    {
      // A live-blog entry heading's modifier from one side, denied.
      text: LIVE('Strike began over doctored timesheets', 'The union says the port paid overtime from doctored timesheets. The port authority denied that any timesheet had been doctored.'),
      flag: 'doctored timesheets',
    },
  ],
  fine: [
    // A bullet the body supports in its own voice.
    {
      text: KEY_POINTS(
        ['The ballots went missing from the council\'s unguarded depot'],
        'The ballots went missing from an unguarded depot behind the town hall, the commission\'s report found.\n\nThe council\'s clerk, Piet Smit, denied that the depot had been left unguarded.',
      ),
    },
    // A bullet that attributes itself.
    {
      text: KEY_POINTS(
        ['The ballots were kept in an unguarded depot, observers say'],
        'Independent observers say the ballots were kept in an unguarded depot.\n\nThe council\'s clerk, Piet Smit, denied that the depot had been left unguarded.',
      ),
    },
    // A headline order the denial does not touch (it denies something else).
    { text: 'Quarry firm blasted orchards before paying growers\n\nThe firm\'s contractors blasted 40 hectares of orchards in March, before compensation was paid, the firm\'s accounts show.\n\nThe firm denied that any blast had damaged the village school.' },
    // A live-blog heading with an admission the body reports.
    { text: LIVE('Port admits overtime money went missing', 'The port authority admitted on Tuesday that about 2 million dollars of overtime money had gone to crews that never worked the shifts.') },
    // A live-blog heading that attributes the claim.
    { text: LIVE('Overtime money went missing, union says', 'The dockers\' union says about 2 million dollars of overtime money went to crews that never worked. The port authority\'s director denied that any overtime money had gone to crews who did not work.') },
    // A plain bullet with a date and no dispute.
    {
      text: KEY_POINTS(
        ['Voters in the district will vote again on Sunday, 12 July'],
        'The commission ordered a new vote for Sunday, 12 July.\n\nThe opposition says the votes were counted from unsealed boxes. The returning officer denied that any box had been unsealed.',
      ),
    },
  ],
});
