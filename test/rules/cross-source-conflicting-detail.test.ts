import rule from '../../rules/cross-source/conflicting-detail.js';
import { storyArticle } from '../helpers/fixtures.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      // 21 dead against 12 dead in the Petrópolis floods.
      articles: [
        storyArticle('A2-brazil-flood-southern-cross-news.txt'),
        storyArticle('A1-brazil-flood-meridian-wire.txt'),
        storyArticle('A3-brazil-flood-atlas-press.txt'),
      ],
      flag: 'Twenty-one people',
    },
    {
      // Who the leaked report came from.
      articles: [
        { text: 'A leaked Interior Ministry report says border crossings near Calais doubled in August. The report, seen by reporters, recommends new patrols.', source: 'Channel Post' },
        { text: 'A leaked Finance Ministry report says border crossings near Calais doubled in August. The report also warns about the cost of patrols.', source: 'Paris Dispatch' },
      ],
      flag: 'Interior Ministry report',
    },
    {
      articles: [
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on March 3, 2026 in Nairobi, ending a decade of talks over the Omo river basin.', source: 'Rift Valley News' },
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on March 13, 2026 in Nairobi, ending a decade of talks over the Omo basin.', source: 'Horn Observer' },
      ],
      flag: 'March 3, 2026',
    },
    {
      articles: [
        { text: 'Officers from Europol arrested the suspected ringleader of the cigarette smuggling network at a warehouse in Antwerp on Friday evening.', source: 'Scheldt Times' },
        { text: 'Officers from Interpol arrested the suspected ringleader of the cigarette smuggling network at a warehouse in Antwerp on Friday evening.', source: 'Low Countries Wire' },
      ],
      flag: 'Europol',
    },
    {
      articles: [
        { text: 'The carmaker said it would cut 3,200 jobs at its plants in Saxony and Bavaria by the end of next year, blaming weak demand for electric models.', source: 'Rhine Business' },
        { text: 'The carmaker said it would cut 2,300 jobs at its plants in Saxony and Bavaria by the end of next year, citing weak demand for electric cars.', source: 'Alpine Markets' },
      ],
      flag: '3,200 jobs',
    },
    {
      // Who issued the order: said in the passive in one article, with the issuer as subject in the other.
      articles: [
        { text: 'Floodwater Forces Evacuation in Lower Saxony\n\nThe evacuation order was issued by the Hildesheim District Council shortly after midnight, covering four villages along the Innerste river.', source: 'Nord Kurier' },
        { text: 'Villages Emptied as River Bursts Banks\n\nThe Lower Saxony Interior Ministry issued the evacuation order shortly after midnight for four villages along the Innerste river.', source: 'Hanse Presse' },
      ],
      flag: 'Hildesheim District Council',
    },
  ],
  fine: [
    {
      // Two distances that measure different things: how far away the refuge is, how close the fire came.
      articles: [
        { text: 'Residents were told to drive east to the town of Kamloops, about 120 kilometres away, where a reception centre opened on Tuesday.', source: 'Interior Herald' },
        { text: 'Residents were told to drive east on Tuesday as the fire came within three kilometres of the village, where a reception centre opened.', source: 'Valley Wire' },
      ],
    },
    {
      // Title-case headlines capitalise every word; a ministry and its minister are not two actors.
      articles: [
        { text: 'Flames Jump River Near Burns Lake\n\nThe province\'s Ministry of Forests and Range Management said crews would work through the night to hold the line.', source: 'Interior Herald' },
        { text: 'Wildfire Crosses River Near Burns Lake\n\nForests Minister Ravi Kahlon said crews would work through the night to hold the line.', source: 'Valley Wire' },
      ],
    },

    {
      // Rough figures that agree.
      articles: [
        { text: 'About 900 residents of the Alto district were evacuated on Sunday as the river rose, the fire service said.', source: 'Valley Post' },
        { text: 'Nearly 1,000 residents of the Alto district were evacuated on Sunday as the river kept rising, the fire service said.', source: 'Summit News' },
      ],
    },
    {
      // A past disaster's toll is not today's toll.
      articles: [
        { text: 'Floods killed 12 people in the Chilean city of Valparaiso on Monday, emergency officials said.', source: 'Andes Wire' },
        { text: 'In 2019, floods killed 230 people in the Chilean city of Valparaiso, emergency officials said on Monday.', source: 'Pacific Coast Daily' },
      ],
    },
    {
      // Aliases: the Pentagon is the Department of Defense.
      articles: [
        { text: 'A Pentagon memo seen by reporters describes the shipyard contract in Norfolk. The memo was dated June 2.', source: 'Tidewater News' },
        { text: 'A Department of Defense memo describes the shipyard contract in Norfolk. The memo has not been published.', source: 'Chesapeake Ledger' },
      ],
    },
    {
      // The same date written two ways.
      articles: [
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on March 3, 2026 in Nairobi, ending a decade of talks.', source: 'Rift Valley News' },
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on 3 March 2026 in Nairobi, ending a decade of talks.', source: 'Horn Observer' },
      ],
    },
    {
      // Different facts in unrelated sentences.
      articles: [
        { text: 'The carmaker said it would cut 3,200 jobs in Saxony by the end of next year.', source: 'Rhine Business' },
        { text: 'Shares in the carmaker fell 4 percent in Frankfurt after the announcement, while rival suppliers in Bavaria rose.', source: 'Alpine Markets' },
      ],
    },
  ],
});
