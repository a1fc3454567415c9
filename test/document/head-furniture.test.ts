import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

// Page heads with account, paywall, ticker, nav, strip and caption lines above the headline.
const doc = (text: string) => buildDocument({ id: 't', text });
const headlineOf = (text: string) => {
  const d = doc(text);
  return d.headline ? text.slice(d.headline.start, d.headline.end) : undefined;
};
const chromeOf = (text: string) => doc(text).chrome.map((c) => ({ kind: c.kind, text: text.slice(c.start, c.end) }));

const BODY = [
  'The city council voted on Thursday to close two of its four public swimming pools from January, saying the repair bill had become too large to carry.',
  'Swimming clubs said they would ask the regional government to step in, and a petition against the closures had gathered 6,000 signatures by Friday evening.',
];
const HEAD = 'Council votes to shut two public pools as repair bill climbs';
const STAND = 'Clubs say they will lose training time and ask the region to help cover the cost of new roofs and pumps';
const page = (...top: string[]) => [...top, '', HEAD, '', STAND, '', 'By Ana Ferreira', '3 October 2025', '', ...BODY].join('\n');

describe('a kicker over the headline', () => {
  it('a phrase in capitals right above the headline, under the site name and section trail, is read with the headline as its first sentence', () => {
    const text = page('HARBOUR CITY TRIBUNE', 'Local › Leisure', '', 'SPLASH AND BURN').replace(`SPLASH AND BURN\n\n${HEAD}`, `SPLASH AND BURN\n${HEAD}`);
    const d = doc(text);
    expect(headlineOf(text)).toBe(`SPLASH AND BURN\n${HEAD}`);
    const sentences = d.sentences.slice(d.headline!.sentenceStart, d.headline!.sentenceEnd).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['SPLASH AND BURN', HEAD]);
    expect(chromeOf(text).some((c) => c.text === 'SPLASH AND BURN')).toBe(false);
  });

  it('a section label, a site name or the first line of the page is no kicker', () => {
    expect(headlineOf(page('HARBOUR CITY TRIBUNE', 'Local › Leisure', 'HEALTH'))).toBe(HEAD);
    expect(headlineOf(page('Log in | Subscribe', 'HARBOUR CITY TRIBUNE'))).toBe(HEAD);
    expect(headlineOf(page('SPLASH AND BURN'))).toBe(HEAD);
  });
});

describe('links and reading tools around the headline', () => {
  it('a link to the story in another language, ending in its arrow, is not the headline', () => {
    const text = page('HARBOUR CITY TRIBUNE', 'Home » Local » Leisure', 'Lire cet article en français »');
    expect(headlineOf(text)).toBe(HEAD);
    expect(chromeOf(text)).toContainEqual({ kind: 'masthead', text: 'Lire cet article en français »' });
  });

  it('a text-size bar between the byline and the story, under a punctuated standfirst, is chrome', () => {
    const text = ['HARBOUR CITY TRIBUNE', '', HEAD, '', `${STAND}.`, '', 'By Ana Ferreira', '3 October 2025, 08:15', 'Text size: A  A+  A++', '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe(HEAD);
    expect(chromeOf(text)).toContainEqual({ kind: 'meta', text: 'Text size: A  A+  A++' });
    expect(doc(text).paragraphs.some((p) => text.slice(p.start, p.end).startsWith('Text size'))).toBe(false);
  });
});

describe('account and paywall lines above the headline', () => {
  it('a log-in bar with a metered-paywall count', () => {
    const text = page('HARBOUR CITY TRIBUNE', 'Log in | Subscribe | Free article 1 of 5 this month', 'Local / Leisure');
    expect(headlineOf(text)).toBe(HEAD);
    expect(chromeOf(text)).toContainEqual({ kind: 'masthead', text: 'Log in | Subscribe | Free article 1 of 5 this month' });
  });

  it('a members-only line and a subscribe-from price', () => {
    expect(headlineOf(page('THE VALLEY REPORT', 'SIGN IN  |  SUBSCRIBE', 'Members only · You have 2 free articles left this month', 'Sport › Swimming'))).toBe(HEAD);
    expect(headlineOf(page('Log in  |  Subscribe from £3.50/month', 'MIDLANDS ECHO', 'News › Local'))).toBe(HEAD);
  });

  it('a skip link and a language switcher at the very top', () => {
    expect(headlineOf(page('Skip to main content', 'NORTHSHORE NEWS', 'PT | ES | EN          Sign in   Subscribe', 'News ▸ City ▸ Sport'))).toBe(HEAD);
    expect(headlineOf(page('Jump to content', 'COASTAL DAILY', 'Home » City', 'This article is also available in: Português'))).toBe(HEAD);
  });
});

describe('tickers, utility bars and nav runs', () => {
  it('a market ticker with arrows and a wide-space nav run', () => {
    const text = page('LISBON BUSINESS WEEK', 'Markets   Property   Leisure   Opinion   Premium', 'PSI 6,812 ▲0.4%  |  EUR/USD 1.0821 ▼0.1%  |  Brent $78.10 ▲0.9%', 'LEISURE');
    expect(headlineOf(text)).toBe(HEAD);
    expect(chromeOf(text)).toContainEqual({ kind: 'masthead', text: 'LEISURE' });
  });

  it('a wide-space section menu whose last item is a brand with a lower-case prefix', () => {
    // "e-Edition", "iPlayer": one lower-case item made the whole run read as a headline.
    const text = page('THE RIVER GAZETTE', 'Home   Local   Business   Schools   Sport   e-Edition', 'Tuesday, October 3, 2025');
    expect(headlineOf(text)).toBe(HEAD);
    expect(chromeOf(text)).toContainEqual({ kind: 'masthead', text: 'Home   Local   Business   Schools   Sport   e-Edition' });
    expect(headlineOf(page('METRO WEEKLY', 'News   Sport   iPlayer   Weather', 'News › Local'))).toBe(HEAD);
  });

  it('search, menu and weather items split by wide spaces, and a figures strip', () => {
    expect(headlineOf(page('PORTO HERALD', 'Search ⌕   Menu ☰   Weather: Porto 17°C, cloudy', 'NEWS › CITY › LEISURE'))).toBe(HEAD);
    expect(headlineOf(page('☰ Menu    🔍 Search    Sign in', 'RIVERSIDE POST', 'Tide: 2.4 m · Water 16°C · Wind 12 km/h', 'Home / City / Leisure'))).toBe(HEAD);
  });

  it('a labelled trending run under the site name', () => {
    expect(headlineOf(page('EN  |  FR', 'LAKESIDE TIMES', 'Trending: School strike  •  Budget  •  Airport  •  Derby', 'Main › City'))).toBe(HEAD);
  });
});

describe('strips and captions', () => {
  it('a breaking-news strip above the nav bar is not the headline', () => {
    const text = page('BAY AREA LEDGER', 'Breaking: Tram service suspended on the harbour line', '', 'Home | City | Sport | Opinion');
    expect(headlineOf(text)).toBe(HEAD);
    expect(chromeOf(text)).toContainEqual({ kind: 'masthead', text: 'Breaking: Tram service suspended on the harbour line' });
  });

  it('a bracketed image caption is never the headline, even as the longest line', () => {
    const text = ['[Image: Swimmers training at the Alameda pool on a winter morning before the closure vote. Photo: Tribune / J. Costa]', '', HEAD, '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe(HEAD);
    const plain = ['Photo: Swimmers at the Alameda pool before the closure vote, with the old roof behind them', '', HEAD, '', ...BODY].join('\n');
    expect(headlineOf(plain)).toBe(HEAD);
  });
});

describe('headlines that look a little like furniture stay headlines', () => {
  it('a "Breaking:" headline with no masthead furniture after it', () => {
    const text = ['CITY WIRE', '', 'Breaking: Council votes to shut two public swimming pools', '', STAND, '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Breaking: Council votes to shut two public swimming pools');
  });

  it('a headline that opens with "Search" or carries figures', () => {
    expect(headlineOf(['CITY WIRE', 'News | Local', '', 'Search for missing swimmer off Cascais called off after three days', '', STAND, '', ...BODY].join('\n'))).toBe(
      'Search for missing swimmer off Cascais called off after three days',
    );
    expect(headlineOf(['CITY WIRE', 'News | Local', '', 'Pool repair bill rises to €4.2m as council weighs closures', '', STAND, '', ...BODY].join('\n'))).toBe(
      'Pool repair bill rises to €4.2m as council weighs closures',
    );
  });

  it('a headline with one stray double space', () => {
    const text = ['CITY WIRE', 'News | Local', '', 'Council votes to shut  two public pools', '', STAND, '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Council votes to shut  two public pools');
  });
});

describe('long page heads, taglines and ad lines (heldout9 and heldout10 layouts)', () => {
  it('reads the body after a head of more than ten lines, and a date line under the byline is not the tail', () => {
    const text = [
      'LV | EN | RU                Newsletter  ·  Sign in',
      'HARBOUR REVIEW — news from the coast in English',
      'Politics | Business | City | Culture | Sport | Weather',
      'City +12°C ☁  ·  EUR/USD 1.1612  ·  Index ▲ 0.3%',
      'Home ⟩ City ⟩ Leisure',
      HEAD,
      STAND,
      'Text: Ana Ferreira · Photo: Rui Costa',
      '03.10.2025 · 12:07',
      '🔊 Listen ▷ 3:51    ↗ Share    ☆ Save',
      '[Photo: The closed pool on Thursday morning]',
      ...BODY,
    ].join('\n');
    const d = doc(text);
    expect(headlineOf(text)).toBe(HEAD);
    expect(d.chrome.filter((c) => c.kind === 'tail')).toEqual([]);
    expect(d.sentences.some((s) => text.slice(s.start, s.end).startsWith('Swimming clubs said'))).toBe(true);
  });

  it('a site tagline above the nav bar and a section trail is not the headline', () => {
    expect(headlineOf(page('BLUE COAST REVIEW', 'Regional news from the Algarve to the Minho', 'City · Coast · Islands · More ▾     Donate  |  Newsletter', 'News › City'))).toBe(HEAD);
  });

  it('a site name in mixed case over a ticker, and an ad line with a call to action', () => {
    expect(headlineOf(page('The Harbour Courier', 'City 29°C ☀  |  Brent $83.10  |  Index ▼ 0.4%', 'Local  ⟩  Leisure'))).toBe(HEAD);
    expect(headlineOf(page('Coast Travel Pulse 🌴', 'Deals  |  Destinations  |  Hotels  |  News', '✈ Flight deals to Faro from $89 round trip → See fares', 'News › Portugal › Pools'))).toBe(HEAD);
  });

  it('a subscriber strip and a "BREAKING ›" strip above the headline', () => {
    expect(headlineOf(page('CITY WIRE | Wire Service', 'Wires  /  Europe  /  Portugal', 'For subscribers: text, photos and video available on the Connect platform'))).toBe(HEAD);
    expect(headlineOf(page('The Harbour Courier', 'Sign in  |  Subscribe', 'BREAKING › Ferry strike called off after overnight talks', 'Local  ⟩  Leisure'))).toBe(HEAD);
  });
});

describe('cookie banners, wire slugs, mid-article boxes and live-blog day headers (heldout11 layouts)', () => {
  it('a cookie banner at the top is not the headline', () => {
    expect(headlineOf(page('🍪 We value your privacy. We and our 143 partners use cookies to personalise content and ads. [Accept all]  [Reject all]', 'HARBOUR COURIER  ·  Coast & Islands', 'News › Local'))).toBe(HEAD);
  });

  it('a wire slug and a translation note around the headline', () => {
    const text = ['COAST PRESS AGENCY  |  English Service', 'Wire  ·  Europe  ·  Portugal', 'PORTUGAL-POOLS/ (UPDATE 2)', HEAD, '3 October 2025 · 09:14 · 3 min read', 'By Ana Ferreira', 'Translated from the Portuguese service', ...BODY].join('\n');
    expect(headlineOf(text)).toBe(HEAD);
  });

  it('a "Most read" box in the middle of the story does not end it', () => {
    const more = 'Pool users said they had been told nothing about the repair bill until the vote, and several said they would stop paying their annual fees if the closures went ahead.';
    const text = [HEAD, '', BODY[0], '', 'MOST READ', '1. Ferry adds night crossing for the festival week', '2. Power cut hits two districts for four hours', '━━━━━━━━━━━━━━━━━━━━', '', BODY[1], '', more].join('\n');
    const d = doc(text);
    expect(d.chrome.filter((c) => c.kind === 'tail')).toEqual([]);
    expect(d.sentences.some((s) => text.slice(s.start, s.end).startsWith('Pool users said'))).toBe(true);
  });

  it('a live blog\'s day header between entries that open with their time', () => {
    const text = [HEAD, '', BODY[0], '', '07:15  The mayor said the two pools would stay open until the end of the month while the council looks for a buyer.', '', 'Tuesday 2 October', '', '21:30  At the council meeting, about 120 people queued to speak against the closures, and the session ran past midnight.'].join('\n');
    const d = doc(text);
    expect(d.chrome.filter((c) => c.kind === 'tail')).toEqual([]);
    expect(d.sentences.some((s) => text.slice(s.start, s.end).includes('About 120 people') || text.slice(s.start, s.end).includes('about 120 people'))).toBe(true);
  });
});

describe('a date line under the standfirst', () => {
  it('"Updated: <date> \u00b7 7:45 a.m." is the page\'s dateline, though its "a.m." ends like a sentence', () => {
    const text = ['THE HARBOUR POST', '', HEAD, '', STAND, '', 'By Ana Ferreira', 'Updated: October 3, 2025 \u00b7 7:45 a.m.', '', ...BODY].join('\n');
    expect(chromeOf(text)).toContainEqual({ kind: 'dateline', text: 'Updated: October 3, 2025 \u00b7 7:45 a.m.' });
    const d = doc(text);
    expect(text.slice(d.paragraphs[2]!.start, d.paragraphs[2]!.end)).toBe(BODY[0]);
  });
});

describe('a summary box under the byline', () => {
  it('"KEY POINTS" opens the story: its bullets are story, not page furniture, and the headline stays', () => {
    const text = ['THE HARBOUR POST', '', HEAD, '', STAND, '', 'By Ana Ferreira', '', 'KEY POINTS', '\u2022 Two of four pools close in January', '\u2022 Repairs would cost \u20ac3.1 million, the council says', '', ...BODY].join('\n');
    const d = doc(text);
    expect(headlineOf(text)).toBe(HEAD);
    expect(d.paragraphs.filter((p) => p.keyPoint).map((p) => text.slice(p.start, p.end))).toEqual(['\u2022 Two of four pools close in January', '\u2022 Repairs would cost \u20ac3.1 million, the council says']);
    expect(chromeOf(text).map((c) => c.text)).not.toContain('KEY POINTS');
  });
});
