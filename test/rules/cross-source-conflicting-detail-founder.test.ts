// cross-source/conflicting-detail: who set up a board, panel or inquiry ("a review panel
// convened by the aviation authority" / "a panel appointed by the airline"). The founder is
// read only from a setup verb (set up, appoint, convene, form, establish), never from a name
// before the noun: "the company's board" is its board of directors.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { describe, expect, it } from 'vitest';
import { analyzeAll } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Andes Daily', publishedAt: '2026-04-08' },
  { text: b, source: 'Rail Business Weekly', publishedAt: '2026-04-08' },
];
const INQUIRY = pair(
  'Bank collapse\n\nDepositors queued outside branches of a failed savings bank in Tartu. An inquiry established by the Riigikogu will hear its first witnesses in May.',
  'Savings bank failure\n\nAn inquiry set up by the Ministry of Finance will hear its first witnesses in May, after a savings bank in Tartu failed.',
);
const COMMITTEE = pair(
  'Stadium crush\n\nA crush at a stadium in Accra left 30 fans injured. The committee, formed by the Ghana Football Association, will interview stewards this week.',
  'Accra stadium\n\nThirty fans were hurt in a crush at a stadium in Accra. A committee formed by the National Sports Authority will interview stewards this week.',
);

testRule(rule, {
  flagged: [
    {
      // A passive with a particle against a plain passive participle.
      articles: pair(
        'Train derails near Cusco\n\nA tourist train derailed near Cusco on Monday, injuring 14 passengers. Its driver will give evidence next week to a safety board set up by the Ministry of Transport.',
        'Cusco derailment\n\nA passenger train left the rails near Cusco on Monday. Its findings are due in 60 days from a safety board appointed by Ferrovías Andinas, the operator.',
      ),
      flag: 'board set up by the Ministry of Transport',
    } as never,
    {
      // The active voice on one side: "X convened a panel".
      articles: pair(
        'Dam leak\n\nWater was seen seeping through the wall of the Kariba dam on Friday. The Zambezi River Authority convened a panel of engineers, which will meet on Tuesday.',
        'Kariba seepage\n\nSeepage was found in the Kariba dam wall on Friday. A panel of engineers convened by the Zambian Ministry of Energy will meet on Tuesday.',
      ),
      flag: 'The Zambezi River Authority convened a panel',
    } as never,
    {
      // An inquiry established by a parliament against one set up by the government.
      articles: INQUIRY,
      flag: 'inquiry established by the Riigikogu',
    } as never,
    {
      // A participle clause set off by commas.
      articles: COMMITTEE,
      flag: 'committee, formed by the Ghana Football Association',
    } as never,
    {
      // A task force named in a key-points line and in the body: the body sentence is the claim.
      articles: pair(
        'Oil spill\n\nOil washed up on beaches near Durban on Sunday. A taskforce set up by the Department of Environment will map the slick.',
        'Durban spill\n\nKEY POINTS\n• Beaches closed from Umhlanga to Amanzimtoti\n• Clean-up taskforce set up by Transnet\n\nOil reached beaches near Durban on Sunday. A taskforce set up by Transnet will map the slick.',
      ),
      flag: 'taskforce set up by the Department of Environment',
    } as never,
  ],
  fine: [
    {
      // The same founder in other words.
      articles: pair(
        'Train derails\n\nA safety board set up by the Ministry of Transport will report within 60 days.',
        'Cusco derailment\n\nA safety board appointed by the Ministry of Transport will report within 60 days.',
      ),
    },
    {
      // A company's board of directors is not a board someone set up in the story.
      articles: pair(
        'Rail operator\n\nFerrovías Andinas\'s board met on Monday after the derailment near Cusco.',
        'Cusco derailment\n\nThe board appointed by the Ministry of Transport met on Monday after the derailment near Cusco.',
      ),
    },
    {
      // A body noun that modifies another noun: "board members", "committee chair".
      articles: pair(
        'Dam leak\n\nThe Zambezi River Authority appointed the committee chair on Friday, two days after the leak.',
        'Kariba seepage\n\nEngineers say the seepage is under control. Asked about the inquiry, the Ministry of Energy said it had named the board members.',
      ),
    },
    {
      // Where the members come from is not who set it up.
      articles: pair(
        'Stadium crush\n\nA panel from the University of Ghana will study the crush at the stadium in Accra.',
        'Accra stadium\n\nThirty fans were hurt. Stewards will be questioned next week by a panel set up by the National Sports Authority.',
      ),
    },
    {
      // One article names two taskforces with two founders: nothing to set against.
      articles: pair(
        'Oil spill\n\nA taskforce set up by the Department of Environment will map the slick. A second taskforce, set up by Transnet, will look at its pipelines.',
        'Durban spill\n\nA taskforce set up by Transnet will map the slick near Durban.',
      ),
    },
  ],
});

// The founders' names also differ word for word in the aligned sentences; that is the same
// disagreement, reported once (not again as "a different actor in the same account").
describe('cross-source/conflicting-detail: one founder disagreement, one flag', () => {
  for (const [name, articles] of [['inquiry', INQUIRY], ['committee', COMMITTEE]] as const) {
    it(name, () => {
      const report = analyzeAll(articles.map((a, i) => ({ id: `a${i}`, ...a })), { rules: [rule], cluster: 'all' });
      const flags = report.articles.flatMap((a) => a.flags);
      expect(flags.map((f) => f.message.split(':')[0])).toEqual([`Outlets disagree on who set up the ${name}`]);
    });
  }
});
