// cross-source/conflicting-detail: outlets that name different authorities for one inquiry
// ("the aviation regulator ordered an inquiry into the crash" / "the transport department
// has launched an investigation into the crash"): the act written as a noun with "into".
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Baltic Courier', publishedAt: '2026-09-15' },
  { text: b, source: 'Riga Evening', publishedAt: '2026-09-15' },
];

testRule(rule, {
  flagged: [
    {
      // A regulator in apposition to its name against a government department.
      articles: pair(
        'Power cut hits Daugavpils\n\nA blackout left most of Daugavpils without power for nine hours on Sunday. SPRK, the energy regulator, ordered an independent inquiry into the blackout on Monday.',
        'Daugavpils blackout\n\nMost of Daugavpils was without power for nine hours on Sunday. The Department of Energy and Climate has ordered an inquiry into the blackout, its director said.',
      ),
      flag: 'SPRK, the energy regulator, ordered an independent inquiry',
    } as never,
    {
      // "launched an investigation into" against "ordered a review of".
      articles: pair(
        'Bridge crack\n\nEngineers found a crack in the main span of a road bridge near Siauliai on Tuesday. The transport ministry launched an investigation into the bridge on Wednesday.',
        'Siauliai bridge closed\n\nA crack was found in the main span of a road bridge near Siauliai on Tuesday. The district court ordered a review of the bridge on Wednesday.',
      ),
      flag: 'The transport ministry launched an investigation',
    } as never,
    {
      // The passive, with the agent after "by".
      articles: pair(
        'Hospital deaths\n\nThree patients died after a ventilator failure at a hospital in Tartu. An inquiry into the deaths was ordered by the health ministry on Friday.',
        'Tartu hospital\n\nThree patients died after a ventilator failure at a hospital in Tartu. The city council opened an inquiry into the deaths on Friday, the mayor said.',
      ),
      flag: 'health ministry',
    } as never,
    {
      // A watchdog against a prosecutor.
      articles: pair(
        'Fund losses\n\nA pension fund in Vilnius lost a fifth of its value in a month. The financial watchdog opened a probe into the losses on Thursday.',
        'Vilnius fund\n\nA pension fund in Vilnius lost a fifth of its value in a month. Prosecutors opened a probe into the losses on Thursday.',
      ),
      flag: 'The financial watchdog opened a probe',
    } as never,
    {
      // Two ministries told apart by their words.
      articles: pair(
        'Ferry fire\n\nA fire broke out on a ferry off Saaremaa on Saturday. The Ministry of Economic Affairs ordered an inquiry into the fire.',
        'Saaremaa ferry\n\nA fire broke out on a ferry off Saaremaa on Saturday. The Ministry of the Interior ordered an inquiry into the fire on Sunday.',
      ),
      flag: 'The Ministry of Economic Affairs ordered an inquiry',
    } as never,
  ],
  fine: [
    {
      // The same regulator in other words.
      articles: pair(
        'Power cut\n\nA blackout hit Daugavpils on Sunday. The energy regulator ordered an inquiry into the blackout on Monday.',
        'Daugavpils blackout\n\nA blackout hit Daugavpils on Sunday. SPRK, the energy regulator, has launched an investigation into the blackout.',
      ),
    },
    {
      // A department and the ministry it may belong to are not set against each other.
      articles: pair(
        'Ferry fire\n\nA fire broke out on a ferry off Saaremaa. The Department of Transport ordered an inquiry into the fire.',
        'Saaremaa ferry\n\nA fire broke out on a ferry off Saaremaa. The government ordered an inquiry into the fire on Sunday.',
      ),
    },
    {
      // Inquiries into different things.
      articles: pair(
        'Bridge and dam\n\nThe transport ministry ordered an inquiry into the bridge collapse near Siauliai.',
        'Siauliai\n\nThe district court ordered an inquiry into the dam leak near Siauliai.',
      ),
    },
    {
      // Calling for an inquiry is not ordering one.
      articles: pair(
        'Fund losses\n\nA pension fund in Vilnius lost a fifth of its value. The financial watchdog opened a probe into the losses.',
        'Vilnius fund\n\nA pension fund in Vilnius lost a fifth of its value. Opposition MPs called for a probe into the losses.',
      ),
    },
    {
      // "opened" with no act noun: nothing ordered.
      articles: pair(
        'New clinic\n\nThe health ministry opened a clinic in Tartu on Monday.',
        'Tartu clinic\n\nThe city council opened a clinic in Tartu on Monday.',
      ),
    },
  ],
});
