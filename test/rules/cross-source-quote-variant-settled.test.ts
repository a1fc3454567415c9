// cross-source/quote-variant: one statement of one speaker quoted two ways, one version stating
// an act as settled ("The clinic will be reopened in May") and the other leaving the same act
// an open question ("Whether it opens again depends on the health board").
import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Valley Herald', publishedAt: '2026-10-03' },
  { text: b, source: 'National Wire', publishedAt: '2026-10-03' },
];

/** The reason the flag must give: one version settles what the other leaves open. */
const SETTLED = /states the act as settled, the other leaves it an open question/;

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'Ferry pier closed\n\nA storm tore away part of the ferry pier at Kukës lake on Thursday. Ilir Berisha, the regional governor, toured the harbour. "The pier will be repaired before the tourist season, and the ferry will run again," he told reporters.',
        'Kukës pier\n\nIlir Berisha, the regional governor, toured the damaged harbour on Thursday. "Whether we repair the pier before the tourist season depends on the engineers, and the ferry will run again," he told reporters.',
      ),
      flag: 'The pier will be repaired before the tourist season',
      message: SETTLED,
    },
    {
      articles: pair(
        'Factory fire\n\nA fire gutted the Osogovo textile plant on Monday. Marta Ilieva, the company\'s owner, said: "The insurers have been told, and the workers will be paid until the end of the year."',
        'Osogovo plant burns\n\nMarta Ilieva, the company\'s owner, visited the site on Monday. "The insurers have been told. Whether the workers are paid depends on them," she said.',
      ),
      flag: 'the workers will be paid until the end of the year',
      message: SETTLED,
    },
    {
      articles: pair(
        'Festival cancelled\n\nThe Lakeside festival was called off after storms. Tomas Varga, the festival director, said: "We cancelled this year\'s festival for safety, and it will return next summer."',
        'Lakeside festival off\n\nTomas Varga, the festival director, said the storms had left no choice. "We cancelled this year\'s festival for safety. Whether it will return is something the board must weigh," he said.',
      ),
      flag: 'it will return next summer',
      message: SETTLED,
    },
    {
      articles: pair(
        'Mine closed\n\nThe Chiprovtsi mine was shut after a roof fall. Stoyan Petkov, the mine manager, said: "The shaft is closed today and it will reopen after the inspection."',
        'Chiprovtsi shut\n\nStoyan Petkov, the mine manager, spoke after the roof fall. "The shaft is closed today. Whether it reopens after the inspection is up to the ministry," he said.',
      ),
      flag: 'it will reopen after the inspection',
      message: SETTLED,
    },
    {
      articles: pair(
        'School roof collapse\n\nPart of the roof of a primary school in Gjakova fell in overnight. Drita Hoxha, the mayor, said: "No child was hurt. The school will be reopened after the summer."',
        'Gjakova school\n\nDrita Hoxha, the mayor, said no one was hurt. "No child was hurt. Whether it opens again after the summer is not yet decided," she said.',
      ),
      flag: 'The school will be reopened after the summer',
      message: SETTLED,
    },
  ],
  fine: [
    {
      // The same words in both: nothing told two ways.
      articles: pair(
        'Ferry pier closed\n\nIlir Berisha, the regional governor, said: "The pier will be repaired before the tourist season."',
        'Kukës pier\n\nIlir Berisha, the regional governor, said: "The pier will be repaired before the tourist season."',
      ),
    },
    {
      // Two different people: the governor settles it, the minister leaves it open.
      articles: pair(
        'Ferry pier closed\n\nIlir Berisha, the regional governor, said: "The pier will be repaired before the tourist season."',
        'Kukës pier\n\nBesa Gashi, the transport minister, said: "Whether we repair the pier before the tourist season depends on the engineers."',
      ),
    },
    {
      // A settled act and an open question about another act.
      articles: pair(
        'Factory fire\n\nMarta Ilieva, the owner, said: "The insurers have been told, and the workers will be paid until the end of the year."',
        'Osogovo plant\n\nMarta Ilieva, the owner, said: "The insurers have been told. Whether we move production abroad is not decided."',
      ),
    },
    {
      // The open question is the writer's, outside the quotation, which is a cut of the other.
      articles: pair(
        'Ferry pier closed\n\nIlir Berisha, the regional governor, said: "The ferry will run again. The pier will be repaired before the tourist season."',
        'Kukës pier\n\nIt is not clear whether the pier will be repaired before the tourist season. Ilir Berisha, the regional governor, said: "The ferry will run again."',
      ),
    },
    {
      // A question the speaker reports, with the act settled in it too, on another occasion.
      articles: pair(
        'Mine closed\n\nStoyan Petkov, the mine manager, said on Monday: "The shaft will reopen after the inspection."',
        'Chiprovtsi shut\n\nStoyan Petkov, the mine manager, told miners on Tuesday: "Everyone wants to know whether it will reopen. It will."',
      ),
    },
  ],
});
