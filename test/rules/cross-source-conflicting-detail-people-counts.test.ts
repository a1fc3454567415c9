// cross-source/conflicting-detail: counts of one group of people that two outlets put to the
// same event in sentences worded too differently to align ("Three miners were taken to
// hospital ..." / "Nine of the 40 miners needed hospital care, according to ..."), matched by
// the people noun and a word of what happened to them; a part ("of the 40") is counted as
// what its whole counts, and the whole is not set against the part.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Andes Daily', publishedAt: '2026-04-22' },
  { text: b, source: 'Sierra Post', publishedAt: '2026-04-22' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Gas blast at Potosí mine\n\nA gas explosion tore through a silver mine near Potosí on Monday. Three miners were taken to hospital after the blast, the mining company said on Tuesday.',
        'Potosí explosion\n\nNine of the 40 miners on the shift needed hospital care after the explosion, according to union records seen by Sierra Post. The company has not explained the delay.',
      ),
      flag: 'Three miners',
    } as never,
    {
      articles: pair(
        'Food poisoning at school\n\nTwelve pupils were treated in hospital after eating at a school canteen in Arequipa, the regional health office said.',
        'Arequipa canteen\n\nParents said the meat smelled bad. Of the 300 who ate lunch that day, 31 pupils were later treated in hospital, according to the headmaster.',
      ),
      flag: 'Twelve pupils',
    } as never,
    {
      articles: pair(
        'Bus crash on Andean road\n\nA bus left the road near Cusco late on Friday. Seven passengers were admitted to hospital, police said.',
        'Cusco bus crash\n\nThe driver lost control on a bend, witnesses said. Twenty of the 52 passengers were admitted to hospital in Cusco, the regional hospital said.',
      ),
      flag: 'Seven passengers',
    } as never,
    {
      articles: pair(
        'Clinic walkout in Sucre\n\nStaff shortages hit the main clinic in Sucre this month. Six nurses resigned from the clinic in protest at unpaid overtime, the health office said.',
        'Sucre clinic\n\nOvertime has gone unpaid since March. In the end, the union says, about 20 nurses resigned from the clinic, most of them with ten years of service.',
      ),
      flag: 'Six nurses',
    } as never,
    {
      articles: pair(
        'Factory fire\n\nFire broke out at a textile plant in Cochabamba. Five workers were evacuated by helicopter from the roof, firefighters said.',
        'Cochabamba fire\n\nThe fire started in a storeroom. According to the fire brigade, 18 of the 200 workers were evacuated by helicopter.',
      ),
      flag: 'Five workers',
    } as never,
  ],
  fine: [
    {
      // The same count, once as a part of its whole.
      articles: pair(
        'Potosí mine\n\nThree miners were taken to hospital after the blast, the company said.',
        'Potosí explosion\n\nThree of the 40 miners on the shift needed hospital care, union records show.',
      ),
    },
    {
      // A count still in hospital is a part, not the total taken there.
      articles: pair(
        'Cusco crash\n\nTwenty passengers were admitted to hospital after the crash, police said.',
        'Cusco bus\n\nThe driver lost control on a bend. Four passengers remain in hospital in Cusco, the hospital said.',
      ),
    },
    {
      // Different things happened to the groups.
      articles: pair(
        'La Paz march\n\nFifteen protesters were arrested near the square, the ministry said.',
        'La Paz protest\n\nThe march was peaceful until dusk. About 60 protesters were treated for tear gas, a rights group said.',
      ),
    },
    {
      // Different days: two events.
      articles: pair(
        'Arequipa canteen\n\nTwelve pupils were treated in hospital on 14 April after eating at the canteen, the health office said.',
        'Arequipa school\n\nThe canteen has reopened. A new outbreak followed on 20 April, when 31 pupils needed hospital treatment, according to parents.',
      ),
    },
    {
      // The whole of a part is not set against another outlet's part.
      articles: pair(
        'Cochabamba fire\n\nFive workers were evacuated by helicopter from the roof, firefighters said.',
        'Cochabamba plant\n\nThe plant employs 200 workers on three shifts, and five of them were evacuated by helicopter.',
      ),
    },
  ],
});
