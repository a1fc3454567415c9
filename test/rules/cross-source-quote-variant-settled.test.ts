// cross-source/quote-variant: one statement of one speaker quoted two ways, one version stating
// an act as settled ("The bridge will be rebuilt") and the other leaving the same act an open
// question ("Whether we rebuild it is for the cabinet to decide").
import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Valley Herald', publishedAt: '2026-10-03' },
  { text: b, source: 'National Wire', publishedAt: '2026-10-03' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Bridge swept away\n\nFloodwater destroyed the Korab bridge on Thursday. Ilir Berisha, the regional governor, spoke to reporters at the site. "We have lost a bridge, not a valley. The bridge will be rebuilt," he said.',
        'Korab bridge lost\n\nIlir Berisha, the regional governor, said the bridge had been destroyed. "We have lost a bridge. Whether we rebuild it is a decision for the cabinet," he said.',
      ),
      flag: 'The bridge will be rebuilt',
    } as never,
    {
      articles: pair(
        'Factory fire\n\nA fire gutted the Osogovo textile plant on Monday. Marta Ilieva, the company\'s owner, said: "We have lost the building, but the workers will be paid until the end of the year."',
        'Osogovo plant burns\n\nMarta Ilieva, the company\'s owner, visited the site on Monday. "We have lost the building. Whether the workers are paid depends on the insurers," she said.',
      ),
      flag: 'the workers will be paid until the end of the year',
    } as never,
    {
      articles: pair(
        'Festival cancelled\n\nThe Lakeside festival was called off after storms. Tomas Varga, the festival director, said: "We cancelled this year\'s festival for safety, and it will return next summer."',
        'Lakeside festival off\n\nTomas Varga, the festival director, said the storms had left no choice. "We cancelled this year\'s festival for safety. Whether it will return is something the board must weigh," he said.',
      ),
      flag: 'it will return next summer',
    } as never,
    {
      articles: pair(
        'Mine closed\n\nThe Baia Sprie mine was shut after a roof fall. Andrei Pop, the mine manager, said: "The shaft is closed today and it will reopen after the inspection."',
        'Baia Sprie shut\n\nAndrei Pop, the mine manager, spoke after the roof fall. "The shaft is closed today. Whether it reopens after the inspection is up to the ministry," he said.',
      ),
      flag: 'it will reopen after the inspection',
    } as never,
    {
      articles: pair(
        'School roof collapse\n\nPart of the roof of a primary school in Gjakova fell in overnight. Drita Hoxha, the mayor, said: "No child was hurt. The school will be rebuilt on the same site."',
        'Gjakova school\n\nDrita Hoxha, the mayor, said no one was hurt. "No child was hurt. Whether we build on the same site is not yet decided," she said.',
      ),
      flag: 'The school will be rebuilt on the same site',
    } as never,
  ],
  fine: [
    {
      // The same words in both: nothing told two ways.
      articles: pair(
        'Bridge swept away\n\nIlir Berisha, the regional governor, said: "We have lost a bridge, not a valley. The bridge will be rebuilt."',
        'Korab bridge\n\nIlir Berisha, the regional governor, said: "We have lost a bridge, not a valley. The bridge will be rebuilt."',
      ),
    },
    {
      // Two different people: the governor settles it, the minister leaves it open.
      articles: pair(
        'Bridge swept away\n\nIlir Berisha, the regional governor, said: "We have lost a bridge, not a valley. The bridge will be rebuilt."',
        'Korab bridge\n\nBesa Gashi, the transport minister, said: "We have lost a bridge. Whether we rebuild it is a decision for the cabinet."',
      ),
    },
    {
      // A settled act and an open question about another act.
      articles: pair(
        'Factory fire\n\nMarta Ilieva, the owner, said: "We have lost the building, but the workers will be paid until the end of the year."',
        'Osogovo plant\n\nMarta Ilieva, the owner, said: "We have lost the building. Whether we move production abroad is not decided."',
      ),
    },
    {
      // The open question is the writer's, outside the quotation, which is a cut of the other.
      articles: pair(
        'Bridge swept away\n\nIlir Berisha, the regional governor, said: "We have lost a bridge, not a valley. The bridge will be rebuilt."',
        'Korab bridge\n\nIt is not clear whether the bridge will be rebuilt. Ilir Berisha, the regional governor, said: "We have lost a bridge, not a valley."',
      ),
    },
    {
      // A question the speaker reports, with the act settled in it too, on another occasion.
      articles: pair(
        'Mine closed\n\nAndrei Pop, the mine manager, said on Monday: "The shaft will reopen after the inspection."',
        'Baia Sprie shut\n\nAndrei Pop, the mine manager, told miners on Tuesday: "Everyone wants to know whether it will reopen. It will."',
      ),
    },
  ],
});
