import { describe, expect, it } from 'vitest';
import { isEntryTime } from '../../src/document/chrome.js';
import { buildDocument } from '../../src/document/index.js';

const doc = (text: string) => buildDocument({ id: 't', text });
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
const story = (text: string) => doc(text).paragraphs.filter((p) => p.kind === 'body').map((p) => slice(text, p));
const chromeOf = (text: string, kind: string) => doc(text).chrome.filter((c) => c.kind === kind).map((c) => slice(text, c));
const headline = (text: string) => {
  const h = doc(text).headline;
  return h ? slice(text, h) : undefined;
};

describe('live blogs: a time stamp between entries', () => {
  it('knows a time-only line from a sentence that starts with a time', () => {
    for (const t of ['14:31 EEST', '09:05', '10.42am BST', 'Updated 16:20', 'Posted at 7:15 p.m. ET', '1h ago', '23 min ago', 'Tue 12 Aug 09.05 BST', '• 18:02 CET', '16:20 GMT+1', '11:30 local time']) {
      expect(isEntryTime(t), t).toBe(true);
    }
    for (const t of ['14:31 then the power failed', 'At 14:31 the train stopped.', 'Updated guidance', '3.5 per cent', '12 August 2025 14:31', 'Score: 2-1', '25:10']) {
      expect(isEntryTime(t), t).toBe(false);
    }
  });

  it('keeps every entry in the story; each stamp and the ad slot between entries is one line of chrome', () => {
    const text = [
      'Heavy snow shuts Alpine passes as Swiss rail traffic halted - as it happened',
      'Tuesday 3 February 2026',
      'Live: updated 4 minutes ago',
      'Snow has closed the Gotthard and San Bernardino passes and halted trains between Zurich and Milan, the federal roads office said this morning.',
      '16:20 CET',
      'The Swiss Federal Railways said the first trains through the base tunnel could run again by late evening if clearance work went to plan.',
      '15:48 CET',
      'Avalanche warning raised to level four',
      'The avalanche warning institute in Davos has raised its alert to level four of five for much of Valais and Graubünden.',
      'Advertisement',
      'Updated 15:02',
      'About 2,000 travellers spent the night in emergency accommodation in Airolo and Göschenen, the canton of Uri said.',
      '— Story continues below —',
      '14:31 CET',
      'Forecasters expect another 40 cm of snow above 1,500 metres before Wednesday morning.',
      'Related',
      '› How the Gotthard base tunnel is kept open in winter',
    ].join('\n\n');
    expect(headline(text)).toBe('Heavy snow shuts Alpine passes as Swiss rail traffic halted - as it happened');
    expect(story(text)).toEqual([
      'Snow has closed the Gotthard and San Bernardino passes and halted trains between Zurich and Milan, the federal roads office said this morning.',
      'The Swiss Federal Railways said the first trains through the base tunnel could run again by late evening if clearance work went to plan.',
      'Avalanche warning raised to level four',
      'The avalanche warning institute in Davos has raised its alert to level four of five for much of Valais and Graubünden.',
      'About 2,000 travellers spent the night in emergency accommodation in Airolo and Göschenen, the canton of Uri said.',
      'Forecasters expect another 40 cm of snow above 1,500 metres before Wednesday morning.',
    ]);
    expect(chromeOf(text, 'dateline')).toEqual(['Tuesday 3 February 2026']);
    expect(chromeOf(text, 'entry-stamp')).toEqual(['16:20 CET', '15:48 CET', 'Updated 15:02', '14:31 CET']);
    expect(chromeOf(text, 'interstitial')).toEqual(['Advertisement', '— Story continues below —']);
    expect(slice(text, doc(text).chrome.at(-1)!)).toMatch(/^Related/);
  });

  it('reads a stamp with am/pm and a zone, and a run of two stamps', () => {
    const text = [
      'Budget day: chancellor sets out spending plans',
      'The chancellor will deliver the spring statement to the Commons at 12.30pm, the Treasury confirmed on Monday night.',
      '1h ago',
      '10.42am BST',
      'Opposition leaders have demanded that the figures be published in full before the statement is debated.',
      '9.05am BST',
      'Ministers met at 8am for a final cabinet meeting, where the statement was approved without a vote.',
    ].join('\n\n');
    expect(story(text)).toEqual([
      'The chancellor will deliver the spring statement to the Commons at 12.30pm, the Treasury confirmed on Monday night.',
      'Opposition leaders have demanded that the figures be published in full before the statement is debated.',
      'Ministers met at 8am for a final cabinet meeting, where the statement was approved without a vote.',
    ]);
    expect(chromeOf(text, 'entry-stamp')).toEqual(['1h ago', '10.42am BST', '9.05am BST']);
  });

  it('a time stamp at the top stays a dateline of the page head', () => {
    const text = 'Ferry strike enters second day\n\n08:15 EET\n\nFerries between Piraeus and the Cyclades stayed in port on Thursday as the seamen\'s union extended its strike.\n\nThe union said talks would resume on Friday.';
    expect(headline(text)).toBe('Ferry strike enters second day');
    expect(chromeOf(text, 'dateline')).toEqual(['08:15 EET']);
    expect(story(text)).toHaveLength(2);
  });

  it('a time stamp with nothing after it still starts the tail', () => {
    const text = 'Port of Durban reopens after storm\n\nThe port of Durban reopened on Sunday after a storm closed it for two days, Transnet said.\n\nShipping lines expect delays of up to a week.\n\nUpdated 16:20\n\nShare this article';
    expect(story(text)).toEqual(['The port of Durban reopened on Sunday after a storm closed it for two days, Transnet said.', 'Shipping lines expect delays of up to a week.']);
    expect(slice(text, doc(text).chrome.at(-1)!)).toMatch(/^Updated 16:20/);
  });

  it('a teaser list with a title above each time stamp stays tail, not story', () => {
    const text = [
      'Water utility fined over sewage spills',
      'The regulator fined the utility 12 million euros on Wednesday for repeated sewage spills into the river Scheldt.',
      'The company said it would appeal the fine.',
      'Farmers block motorway near Ghent over fuel tax',
      '6:27 p.m.',
      'Hundreds of tractors blocked the E40 on Wednesday evening in protest against the planned fuel tax rise.',
      'City council approves new tram line',
      '5:58 p.m.',
      'The council voted 31 to 12 for the line, which will link the station to the harbour district.',
    ].join('\n\n');
    const s = story(text);
    expect(s.slice(0, 2)).toEqual([
      'The regulator fined the utility 12 million euros on Wednesday for repeated sewage spills into the river Scheldt.',
      'The company said it would appeal the fine.',
    ]);
    expect(s.some((p) => p.startsWith('Hundreds of tractors'))).toBe(false);
    expect(s.some((p) => p.startsWith('The council voted'))).toBe(false);
  });
});

describe('press releases: the headline around a "PRESS RELEASE" kicker', () => {
  it('a title above the kicker is the headline, not the longer sub-title below the issuer', () => {
    const text = [
      'Mining Firm Dumped Tailings Into Protected Wetland, Survey Shows',
      'PRESS RELEASE',
      'For immediate release – 4 March 2026',
      'Andean Rivers Trust (ART)',
      'Lima / Cusco',
      'ART asks environment ministry to suspend the operating licence of the Huancapata mine pending a full inspection',
      'LIMA, 4 March 2026 – Andean Rivers Trust today asked the environment ministry to suspend the licence of the Huancapata copper mine.',
      'The company said all of its discharges were within permitted limits.',
    ].join('\n\n');
    expect(headline(text)).toBe('Mining Firm Dumped Tailings Into Protected Wetland, Survey Shows');
    const d = doc(text);
    const meta = d.chrome.filter((c) => c.kind === 'meta').map((c) => slice(text, c));
    expect(meta).toContain('PRESS RELEASE');
    expect(meta).toContain('ART asks environment ministry to suspend the operating licence of the Huancapata mine pending a full inspection');
    expect(story(text)[0]).toMatch(/^Andean Rivers Trust today asked/);
  });

  it('the issuer above the kicker is masthead; the headline under the kicker is the headline', () => {
    const text = [
      'Northern Dairy Farmers Association',
      'NEWS RELEASE',
      'Embargoed until 00:01 GMT, 12 May 2026',
      'Milk prices paid to farmers fell for a sixth month',
      'Association says processors are passing on falling export prices faster than retailers cut shelf prices',
      'Farm-gate milk prices fell by 2.1 per cent in April, the association said on Tuesday, citing its monthly survey of 340 farms.',
    ].join('\n\n');
    expect(headline(text)).toBe('Milk prices paid to farmers fell for a sixth month');
    expect(chromeOf(text, 'masthead')).toEqual(['Northern Dairy Farmers Association', 'NEWS RELEASE']);
    expect(chromeOf(text, 'dateline')).toEqual(['Embargoed until 00:01 GMT, 12 May 2026']);
  });

  it('the kicker first, then an issuer named by its head noun, then the headline', () => {
    const text = [
      'FOR IMMEDIATE RELEASE',
      'Coastal Cities Climate Alliance',
      'Sea wall funding falls short in 14 of 20 port cities, audit finds',
      'The alliance said the shortfall had grown by a third since 2023, according to its audit of municipal budgets published on Monday.',
    ].join('\n\n');
    expect(headline(text)).toBe('Sea wall funding falls short in 14 of 20 port cities, audit finds');
  });

  it('a page without a release kicker keeps the longest title-like line as headline', () => {
    const text = 'Metro Desk\n\nTram drivers vote to strike over rosters\n\nBy Zofia Nowicka\n\nTram drivers in Kraków voted on Friday to strike for two days next week over new shift rosters.';
    expect(headline(text)).toBe('Tram drivers vote to strike over rosters');
    expect(chromeOf(text, 'masthead')).toEqual(['Metro Desk']);
  });
});

describe('live blogs: page controls, promos and entry headings', () => {
  const text = [
    'RIVER RADIO LIVE',
    'riverradio.example \u00b7 Live coverage around the clock',
    'Dark mode \u00b7 Font size: large',
    '',
    'LIVE \u2014 Ferry crews strike over rosters on the lake crossings',
    'Last updated: Fri 9 Oct 2026, 17:05',
    '',
    'Fri 9 Oct, 07:20',
    'Crews at the north pier have tied up the first two ferries of the day, and passengers are being sent to the road bridge instead.',
    '',
    'Fri 9 Oct, 10:45 \u2014 Operator says rosters will be reviewed',
    'The operator said in a statement that it would review the rosters with the crews\' union next week, and that no one would be disciplined.',
    '',
    '\u25b6 PODCAST: River Radio Drive asks why the crossings keep stopping (24 min)',
    '',
    'Fri 9 Oct, 13:30',
    'The union says the strike will go on until the review has a date. Its secretary told the crowd at the pier that the crews had waited two years already.',
    '',
    'Fri 9 Oct, 17:05',
    'The first ferry of the evening has left the north pier with a relief crew on board, the operator says, and the others will follow within the hour.',
  ].join('\n');

  it('a site-address tagline and a line of page controls are masthead, not the headline', () => {
    expect(headline(text)).toBe('LIVE \u2014 Ferry crews strike over rosters on the lake crossings');
    expect(chromeOf(text, 'masthead')).toEqual(expect.arrayContaining(['riverradio.example \u00b7 Live coverage around the clock', 'Dark mode \u00b7 Font size: large']));
  });

  it('a podcast promo between two entries is one line of chrome, and the entries after it are story', () => {
    expect(chromeOf(text, 'interstitial')).toEqual(['\u25b6 PODCAST: River Radio Drive asks why the crossings keep stopping (24 min)']);
    expect(story(text)).toContain('The first ferry of the evening has left the north pier with a relief crew on board, the operator says, and the others will follow within the hour.');
  });

  it('marks a heading written on its time stamp\'s line as an entry heading, and no entry\'s prose', () => {
    const d = doc(text);
    expect(d.paragraphs.filter((p) => p.entryTitle !== undefined).map((p) => slice(text, p))).toEqual(['Fri 9 Oct, 10:45 \u2014 Operator says rosters will be reviewed']);
    // The mark is the heading's first token, past the stamp and its dash.
    expect(d.paragraphs.filter((p) => p.entryTitle !== undefined).map((p) => d.tokens[p.entryTitle!]!.text)).toEqual(['Operator']);
  });
});
