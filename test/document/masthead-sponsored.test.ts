import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

const doc = (text: string) => buildDocument({ id: 't', text });
const headlineOf = (text: string) => {
  const d = doc(text);
  return d.headline ? text.slice(d.headline.start, d.headline.end) : undefined;
};
const story = (text: string) => doc(text).paragraphs.map((p) => text.slice(p.start, p.end));
const chromeOf = (text: string) => doc(text).chrome.map((c) => ({ kind: c.kind, text: text.slice(c.start, c.end) }));

const BODY = [
  'The regional water board approved a new levy on Tuesday after a summer in which three reservoirs fell below a third of capacity.',
  'Farmers will pay the levy from next spring, the board said in a statement, and households will be exempt for two years.',
];

describe('a two-line masthead above the headline', () => {
  it('site name and section trail: the headline is the line under them, not the longer standfirst', () => {
    const text = ['LAKELAND HERALD', 'Rural | Water', '', 'Water board backs levy on farms', '', 'Households spared for two years while reservoirs recover from the driest summer on record', '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Water board backs levy on farms');
    const chrome = chromeOf(text);
    expect(chrome).toContainEqual({ kind: 'masthead', text: 'LAKELAND HERALD' });
    expect(chrome).toContainEqual({ kind: 'masthead', text: 'Rural | Water' });
    expect(chrome).toContainEqual({ kind: 'meta', text: 'Households spared for two years while reservoirs recover from the driest summer on record' });
  });

  it('a breadcrumb trail and a site name with an edition suffix', () => {
    const text = ['NORTHERN LEDGER — Online edition', 'News > Local > Environment', '', 'Reservoir levels prompt new farm charge', '', 'Board says the levy will fund pipe repairs across the valley and a new pumping station', '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Reservoir levels prompt new farm charge');
  });

  it('a site name in mixed case is known by the section line under it (sections split by bullets)', () => {
    const text = ['🌿 Greenfield Gazette', 'Farming • Water • Weather • Newsletters', 'Home / Rural / Lakeland', '', 'Water board backs levy on farms', '', 'Households spared for two years while reservoirs recover from the driest summer on record', '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Water board backs levy on farms');
    expect(chromeOf(text)).toContainEqual({ kind: 'masthead', text: '🌿 Greenfield Gazette' });
  });

  it('a date line between the masthead and the headline is passed over', () => {
    const text = ['VALLEY TIMES', 'Farming · Water', 'Tuesday, 4 August 2026', '', 'Farm water levy approved', '', 'The charge will raise about four million euros a year, the board expects, from around 900 farms', '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Farm water levy approved');
  });

  it('with no masthead the longest title-like line is still the headline', () => {
    const text = ['Water', '', 'Water board backs levy on farms as reservoirs run dry across the valley', '', 'Households spared', '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Water board backs levy on farms as reservoirs run dry across the valley');
  });

  it('a section line alone is not taken for the headline', () => {
    const text = ['Politics | Elections', '', 'Turnout falls in municipal vote', '', 'Fewer than half of registered voters cast a ballot in the smallest towns of the region', '', ...BODY].join('\n');
    expect(headlineOf(text)).toBe('Turnout falls in municipal vote');
  });
});

describe('a sponsored block inside the story', () => {
  const after = [
    'Irrigation groups said the levy would fall hardest on small orchards, which draw more water per hectare than grain farms.',
    'The board will review the charge after two years, its chair said.',
  ];

  for (const marker of ['SPONSORED CONTENT', 'Sponsored', 'Paid content', 'Partner content']) {
    it(`"${marker}" with teaser lines is chrome and the story goes on`, () => {
      const text = ['Water board backs levy on farms', '', BODY[0], '', marker, 'Five ways to cut your garden water bill this summer', '—', '', ...after].join('\n');
      const paras = story(text);
      expect(paras).toContain(after[0]);
      expect(paras).toContain(after[1]);
      expect(paras).not.toContain('Five ways to cut your garden water bill this summer');
      const chrome = chromeOf(text);
      expect(chrome).toContainEqual({ kind: 'interstitial', text: marker });
      expect(chrome).toContainEqual({ kind: 'interstitial', text: 'Five ways to cut your garden water bill this summer' });
      expect(chrome.some((c) => c.kind === 'tail')).toBe(false);
    });
  }

  it('a sponsored block with a question teaser and two titles', () => {
    const text = [BODY[0], '', 'Sponsored', 'Is your home ready for a heatwave?', 'The smart thermostat everyone is talking about', '', ...after].join('\n');
    expect(story(text)).toContain(after[0]);
    expect(story(text)).not.toContain('Is your home ready for a heatwave?');
  });

  it('a sponsored block at the very end is tail', () => {
    const text = ['Water board backs levy on farms', '', ...BODY, '', 'SPONSORED CONTENT', 'Five ways to cut your garden water bill', 'The smart thermostat everyone is talking about'].join('\n');
    const chrome = chromeOf(text);
    expect(chrome.find((c) => c.kind === 'tail')?.text.startsWith('SPONSORED CONTENT')).toBe(true);
    expect(story(text)).toContain(BODY[1]);
  });

  it('a sponsored block followed by a related list is tail', () => {
    const text = [...BODY, '', 'Paid content', 'Five ways to cut your garden water bill', '', 'Related', 'Drought hits barley harvest', 'Reservoir fees rise in the south'].join('\n');
    expect(chromeOf(text).find((c) => c.kind === 'tail')?.text.startsWith('Paid content')).toBe(true);
  });

  it('a sentence under the marker is story, not a teaser', () => {
    const text = [BODY[0], '', 'Sponsored', 'Irrigation groups said the levy would fall hardest on small orchards across the valley.', '', after[1]].join('\n');
    expect(story(text)).toContain('Irrigation groups said the levy would fall hardest on small orchards across the valley.');
  });
});
