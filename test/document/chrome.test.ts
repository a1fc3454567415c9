import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { annotations, anchorRange, seedArticles } from '../helpers/seeds.js';

const doc = (text: string, title?: string) => buildDocument({ id: 't', text, title });
const chromeTexts = (text: string, title?: string) => doc(text, title).chrome.map((c) => text.slice(c.start, c.end));
const storyText = (text: string) => {
  const d = doc(text);
  return d.paragraphs.map((p) => text.slice(p.start, p.end));
};

describe('page chrome in the seeds', () => {
  for (const b of annotations.boilerplate) {
    it(`${b.article}: "${b.anchor}" is chrome${b.toEnd ? ' to the end' : ''}`, () => {
      const article = seedArticles.find((a) => a.id === b.article)!;
      const d = buildDocument({ ...article, publishedAt: article.publishedAt ?? undefined });
      const range = anchorRange(b.article, b.anchor, b.toEnd);
      // Every story paragraph stays clear of the boilerplate region.
      for (const p of d.paragraphs) expect(p.end <= range.start || p.start >= range.end, article.text.slice(p.start, p.end)).toBe(true);
      const covered = d.chrome.some((c) => c.start <= range.start && c.end >= range.end);
      expect(covered).toBe(true);
    });
  }

  it('002: the headline printed twice and the byline are chrome, the dateline prefix too', () => {
    const text = seedArticles[2]!.text;
    const chrome = chromeTexts(text);
    expect(chrome).toContain('Post by : Raina Nasser');
    expect(chrome).toContain('US Accuses Alibaba of Providing PLA With Sensitive Data and AI Tools');
    expect(chrome.some((c) => c.startsWith('Washington, Nov 15, 2025:'))).toBe(true);
  });

  it('000: "The U.S." broken from "Department of Defense" is one sentence', () => {
    const text = seedArticles[0]!.text;
    const d = buildDocument({ id: '000', text });
    const s = d.sentences.find((x) => text.slice(x.start, x.end).startsWith('The U.S.'))!;
    expect(text.slice(s.start, s.end)).toMatch(/^The U\.S\.\s+Department of Defense has quietly unearthed/);
  });
});

describe('page chrome, other pages', () => {
  it('masthead, section label, date line and byline above the story', () => {
    const text = 'The Daily Ledger\nPolitics\n\nCity Council Approves Budget After Marathon Session\n\nBy Maria Gomez\nMarch 3, 2026 5:12 p.m.\n\nThe city council approved a $2.1 billion budget on Tuesday after a nine-hour session.\n\nThe vote was 7-2.';
    const d = doc(text);
    expect(text.slice(d.headline!.start, d.headline!.end)).toBe('City Council Approves Budget After Marathon Session');
    expect(chromeTexts(text)).toEqual(['The Daily Ledger', 'Politics', 'By Maria Gomez', 'March 3, 2026 5:12 p.m.']);
    expect(storyText(text)).toEqual([
      'City Council Approves Budget After Marathon Session',
      'The city council approved a $2.1 billion budget on Tuesday after a nine-hour session.',
      'The vote was 7-2.',
    ]);
  });

  it('teaser list, "Read More" and "Sponsored" after the story', () => {
    const text = 'Storm Closes Schools Across Two Provinces\n\nSchools in Nova Scotia and New Brunswick closed on Monday as a winter storm brought 40 cm of snow.\n\nPower was out for 80,000 homes.\n\nRelated Articles\nFerry Service Resumes After Storm\nRead More\nSponsored';
    const d = doc(text);
    expect(storyText(text)).toHaveLength(3);
    expect(d.chrome.at(-1)!.kind).toBe('tail');
    expect(text.slice(d.chrome.at(-1)!.start)).toMatch(/^Related Articles/);
  });

  it('an ad slot or a "Related: <title>" teaser inside the story is one line of chrome; the story goes on', () => {
    const text = [
      'Court Halts Sale of State Airline',
      'The Supreme Court in Lisbon suspended the sale of the state airline on Wednesday, citing flaws in the tender.',
      'Advertisement',
      'The ruling sends the tender back to the finance ministry, which must now publish the bids it received.',
      'Related: Unions call two-day strike at Lisbon airport',
      'Story continues below advertisement',
      'Finance Minister Rui Costa said the government would appeal the decision within ten days.',
      '© 2026 Meridian Wire. All rights reserved.',
    ].join('\n\n');
    const d = doc(text);
    expect(storyText(text)).toEqual([
      'Court Halts Sale of State Airline',
      'The Supreme Court in Lisbon suspended the sale of the state airline on Wednesday, citing flaws in the tender.',
      'The ruling sends the tender back to the finance ministry, which must now publish the bids it received.',
      'Finance Minister Rui Costa said the government would appeal the decision within ten days.',
    ]);
    expect(d.chrome.filter((c) => c.kind === 'interstitial').map((c) => text.slice(c.start, c.end))).toEqual([
      'Advertisement',
      'Related: Unions call two-day strike at Lisbon airport',
      'Story continues below advertisement',
    ]);
    // The copyright line at the end has no story after it: the tail starts there.
    expect(text.slice(d.chrome.at(-1)!.start)).toBe('© 2026 Meridian Wire. All rights reserved.');
  });

  it('wire credits, currency notes, newsletter sign-ups, captions and question teasers inside the story are chrome', () => {
    const text = [
      'Peso Slides as Inflation Slows',
      'Argentina’s monthly inflation slowed to 2.1% in October, the statistics office INDEC said on Thursday.',
      'Photo: A money changer counts notes in Buenos Aires. (Atlas Press)',
      'Read also: Can the central bank hold the line on the peso?',
      'Sign up for our Markets Daily newsletter',
      'The central bank kept its benchmark rate unchanged at 32%, citing slowing price rises.',
      'More on this story:',
      'Economy minister defends budget cuts',
      'Analysts at Banco Galicia said the figure was below market expectations.',
      '($1 = 1,447.5 pesos)',
      '(Reporting by Ana Ruiz; Editing by Tom Hale)',
    ].join('\n\n');
    expect(storyText(text)).toEqual([
      'Peso Slides as Inflation Slows',
      'Argentina’s monthly inflation slowed to 2.1% in October, the statistics office INDEC said on Thursday.',
      'The central bank kept its benchmark rate unchanged at 32%, citing slowing price rises.',
      'Analysts at Banco Galicia said the figure was below market expectations.',
    ]);
  });

  it('an ad slot followed by a teaser list, not story prose, starts the tail', () => {
    const text = 'Port Reopens After Storm\n\nThe port of Valparaiso reopened on Tuesday after a three-day closure, the harbour master said.\n\nAdvertisement\nFerry Service Resumes After Storm\nCopper Prices Climb on Supply Fears';
    const d = doc(text);
    expect(storyText(text)).toHaveLength(2);
    expect(text.slice(d.chrome.at(-1)!.start)).toMatch(/^Advertisement\nFerry/);
  });

  it('comments widget and hashtag run at the end', () => {
    const text = 'Rates Held at 7.25%\n\nThe central bank held its policy rate at 7.25% on Thursday.\n\n#Economy #Rates';
    expect(chromeTexts(text)).toContain('#Economy #Rates');
    const withComments = 'Rates Held at 7.25%\n\nThe central bank held its policy rate at 7.25% on Thursday.\n\nComments\nJohn: great news';
    expect(chromeTexts(withComments).at(-1)).toBe('Comments\nJohn: great news');
  });

  it('an ad marker in dashes, brackets or two languages, and a sponsored promo line under it, are chrome; the story goes on, past a crosshead too', () => {
    const para = (n: number) => `Paragraph ${n} of the story tells how the river rose through the night and what the mayor said about the pumps on Tuesday morning.`;
    for (const marker of ['— Advertisement —', '[ Advertisement ]', 'PUBLICIDAD · ADVERTISEMENT']) {
      const text = ['Floods close the river road', '', para(1), '', marker, 'Sponsored · Delta Motors: 0% financing on pick-ups', '', 'WHAT COMES NEXT', '', para(2)].join('\n');
      expect(chromeTexts(text), marker).toEqual([marker, 'Sponsored · Delta Motors: 0% financing on pick-ups']);
      expect(storyText(text).at(-1)).toBe(para(2));
    }
  });

  it('a count list that ends the story is story, not trailing tags; short labels after it still are', () => {
    const story = [
      'Floods kill 18 in three districts',
      '',
      'Floods killed at least 18 people in three western districts after two days of heavy rain, the disaster authority said on Monday.',
      '',
      'Deaths by district, according to the authority:',
      '\u2022 Kaski: 9',
      '\u2022 Syangja: 6',
      '- Tanahun 3',
      'Total: 18',
    ].join('\n');
    expect(chromeTexts(story)).toEqual([]);
    expect(storyText(story).at(-1)).toBe('Total: 18');
    expect(chromeTexts(`${story}\n\nWeather\nNepal`)).toEqual(['Weather', 'Nepal']);
  });

  it('a wire dateline is chrome, the sentence after it is story', () => {
    const text = 'Flood Kills 12 in Southern Brazil\n\nPORTO ALEGRE, Brazil (Meridian Wire) - Floods killed 12 people on Sunday, officials said.';
    const d = doc(text);
    const first = d.paragraphs[1]!;
    expect(text.slice(first.start, first.end)).toBe('Floods killed 12 people on Sunday, officials said.');
  });

  it('a story with no chrome keeps every paragraph', () => {
    const text = 'Ministers Agree Fishing Quotas\n\nEU fisheries ministers agreed 2027 quotas early on Wednesday.\n\nThe deal cuts cod catches by 8%.';
    expect(doc(text).chrome).toEqual([]);
    expect(storyText(text)).toHaveLength(3);
  });

  it('a title given as a field is matched as the headline line', () => {
    const text = 'Markets\nShares Slide as Oil Jumps\nShares fell 2% on Friday as oil rose above $90.';
    const d = doc(text, 'Shares Slide as Oil Jumps');
    expect(text.slice(d.headline!.start, d.headline!.end)).toBe('Shares Slide as Oil Jumps');
  });

  it('a byline and date line under the standfirst belong to the head of the page; the story after them is read', () => {
    const text = [
      'Harbour Gazette · Online edition',
      'News › Courts',
      '',
      'Port director accused of steering dredging contracts to his cousin',
      '',
      'Prosecutors told the district court that the former port director rigged three tenders. He denies the charges.',
      '',
      'Ana Ferreira, Courts Reporter',
      '02.05.2025 · 09:10 · 4 min read',
      '🔗 Copy link   ✉ Email',
      '',
      'SETÚBAL — The former director of the port authority steered three dredging contracts worth €2.4 million to a firm run by his cousin, prosecutors said on Thursday as his trial opened.',
      '',
      'The defence will call its first witness next week, the court heard.',
    ].join('\n');
    const d = doc(text);
    expect(chromeTexts(text)).toEqual(expect.arrayContaining(['Ana Ferreira, Courts Reporter', '02.05.2025 · 09:10 · 4 min read']));
    expect(d.chrome.some((c) => c.kind === 'tail')).toBe(false);
    expect(storyText(text).some((p) => p.startsWith('SETÚBAL — The former director'))).toBe(true);
    expect(storyText(text).at(-1)).toBe('The defence will call its first witness next week, the court heard.');
  });

  it('a date line after the story still starts the tail, prose after it or not', () => {
    const text = [
      'Ferry Fares Rise',
      '',
      'Island ferry fares will rise by 6% from June, the operator said on Monday, citing fuel costs and a new crew agreement.',
      '',
      'Season tickets are exempt until the end of the year.',
      '',
      'Published 14 March 2026',
      'More from Transport',
      'Bus lanes extended on the coast road as the regional council votes through a plan to cut journey times for commuters.',
    ].join('\n');
    const d = doc(text);
    expect(d.chrome.at(-1)!.kind).toBe('tail');
    expect(text.slice(d.chrome.at(-1)!.start)).toMatch(/^Published 14 March 2026/);
  });

  it('a date line right under a "By" byline is head of page even after a sponsor note above it', () => {
    const text = [
      'Coastal Courier',
      'Business › Fisheries',
      '',
      'Trawler crews strike over unpaid bonuses',
      '',
      'About 300 crew members have stayed ashore since Monday. They want the bonuses promised for last season.',
      '',
      'Partner content notice: our fisheries coverage is supported by a journalism fund. The fund has no say over what we publish.',
      '',
      'By Inês Duarte, Peniche correspondent',
      'Wednesday 9 April 2025 · 07:15 GMT',
      '🔊 Listen to this article (4 min)',
      '',
      'Crews at the port of Peniche kept their boats tied up for a third day on Wednesday, saying the owners had not paid bonuses promised for the sardine season.',
      '',
      'The owners association said talks would resume on Friday.',
    ].join('\n');
    const d = doc(text);
    expect(d.chrome.some((c) => c.kind === 'tail')).toBe(false);
    expect(chromeTexts(text)).toEqual(expect.arrayContaining(['By Inês Duarte, Peniche correspondent', 'Wednesday 9 April 2025 · 07:15 GMT']));
    expect(storyText(text).at(-1)).toBe('The owners association said talks would resume on Friday.');
  });

  it("a live blog's entry time after a rule line between entries is one line of chrome", () => {
    const text = [
      'Port strike: live',
      '',
      'WED 9:10 am',
      'Talks resume',
      '',
      'Union and owners met again on Wednesday morning at the harbour office, a union official said.',
      '',
      '— Community notice —',
      'Ferry timetable: the 6 pm sailing moves to 6:30 pm this week.',
      '—',
      '',
      'TUE 4:20 pm',
      'Fish markets short',
      '',
      'Stalls at the central market ran out of sardines by noon on Tuesday, traders said.',
    ].join('\n');
    const d = doc(text);
    expect(d.chrome.some((c) => c.kind === 'tail')).toBe(false);
    expect(storyText(text).at(-1)).toBe('Stalls at the central market ran out of sardines by noon on Tuesday, traders said.');
  });

  it('the headline is the line right above the standfirst, not a longer site name and tagline higher up', () => {
    const text = [
      'HARBOUR WATCH ● Valparaíso news, as it happens in the port',
      'Home | Live | Business | Sport | Jobs',
      '',
      '🔴 LIVE — PORT STRIKE',
      'Started Mon 3 Nov, 10:41 am · Last update Wed 5 Nov, 6:55 am',
      '',
      'Crane operators end strike after pay deal',
      '',
      'Ships are loading again after two days of stoppage. Harbour Watch followed the strike since Monday morning.',
      '',
      'The port authority said on Wednesday that the first container ship had left at dawn.',
    ].join('\n');
    const d = doc(text);
    expect(text.slice(d.headline!.start, d.headline!.end)).toBe('Crane operators end strike after pay deal');
  });

  it('a share bar or a wire dateline above the first prose is not the headline', () => {
    const shared = 'Port Alder council delays budget vote as library cuts divide members\n\nShare on Facebook Share on X Email Print\n\nThe Port Alder city council postponed its budget vote on Tuesday after members split over cuts to library hours.';
    const d1 = doc(shared);
    expect(shared.slice(d1.headline!.start, d1.headline!.end)).toBe('Port Alder council delays budget vote as library cuts divide members');
    const wire = 'Kenya raises tea auction floor price as exports slow\n\nNAIROBI, Nov 14 (East Africa Business Desk) -\n\nKenya raised the floor price at its weekly tea auction on Thursday, the tea board said.';
    const d2 = doc(wire);
    expect(wire.slice(d2.headline!.start, d2.headline!.end)).toBe('Kenya raises tea auction floor price as exports slow');
  });
});

describe('a one-line teaser over a subhead', () => {
  it('"\u25b6 WATCH: <title> (1:42)" is chrome, and the subhead under it opens more story', () => {
    const text = [
      'Students march over fee rise',
      '',
      'Several thousand students marched through the capital on Monday against a doubling of university registration fees, the third march this month.',
      '',
      '\u25b6 WATCH: Students march on the rector\'s office (1:42)',
      '',
      'A campus on the edge',
      '',
      'Lecturers have joined the protest, saying the fee rise will empty the science faculties, where most students come from farming families.',
    ].join('\n');
    const d = buildDocument({ id: 't', text });
    expect(d.chrome.filter((c) => c.kind === 'interstitial').map((c) => text.slice(c.start, c.end))).toEqual(['\u25b6 WATCH: Students march on the rector\'s office (1:42)']);
    expect(d.paragraphs.filter((p) => p.subhead).map((p) => text.slice(p.start, p.end))).toEqual(['A campus on the edge']);
  });
});
