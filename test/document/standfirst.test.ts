import { describe, expect, it } from 'vitest';
import { buildDocument, inStandfirst } from '../../src/document/index.js';

const doc = (text: string) => buildDocument({ id: 't', text });
const slice = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
const chromeOf = (text: string, kind: string) => doc(text).chrome.filter((c) => c.kind === kind).map((c) => text.slice(c.start, c.end));

const unpunctuated = [
  'VALLETTA WEEKLY',
  'Home › Economy › Shipping',
  '',
  'Grand Harbour ferry operator raises fares for the second time this year',
  '',
  'Fuel costs and a new crew agreement have pushed the crossing up by a fifth since January, just as the tourist season begins',
  '',
  'Marija Camilleri, shipping correspondent | 12/04/2025 | Updated 10:45',
  '',
  'Harbour Link raised the price of a single crossing to €3.60 on Friday, the company said, its second increase since January.',
  '',
  'Season tickets for residents are not affected until October.',
].join('\n');

describe('standfirst under the headline', () => {
  it('an unpunctuated standfirst above a byline strip is a body paragraph, and the Document names it', () => {
    const d = doc(unpunctuated);
    const body = d.paragraphs.filter((p) => p.kind === 'body').map((p) => slice(unpunctuated, p));
    expect(body[0]).toBe('Fuel costs and a new crew agreement have pushed the crossing up by a fifth since January, just as the tourist season begins');
    expect(slice(unpunctuated, d.standfirst)).toBe(body[0]);
    expect(d.chrome.some((c) => unpunctuated.slice(c.start, c.end).startsWith('Fuel costs'))).toBe(false);
    // The story after the strip is read as before.
    expect(body[1]).toMatch(/^Harbour Link raised the price/);
  });

  it('the dated byline strip is dateline chrome', () => {
    expect(chromeOf(unpunctuated, 'dateline')).toContain('Marija Camilleri, shipping correspondent | 12/04/2025 | Updated 10:45');
  });

  it('a strip dated in figures only ("14/03/2025", no clock time) still marks the standfirst above it', () => {
    const text = unpunctuated.replace('Marija Camilleri, shipping correspondent | 12/04/2025 | Updated 10:45', 'Marija Camilleri | 14/03/2025 | 💬 41 comments | 🕑 4 min');
    expect(chromeOf(text, 'dateline')).toContain('Marija Camilleri | 14/03/2025 | 💬 41 comments | 🕑 4 min');
    expect(slice(text, doc(text).standfirst)).toMatch(/^Fuel costs and a new crew agreement/);
  });

  it('a punctuated standfirst is the Document standfirst too', () => {
    const text = [
      'Lakeside Courier',
      '',
      'Provincial council votes to close two rural clinics',
      '',
      'Councillors approved the plan by 23 votes to 19 after a four-hour debate. Health workers say patients will have to travel 40 km.',
      '',
      'By Tomasz Wrona',
      '03.06.2025, 18:20',
      '',
      'The provincial council in Suwałki voted on Tuesday to close clinics in two villages, citing a shortage of doctors.',
    ].join('\n');
    const d = doc(text);
    expect(slice(text, d.standfirst)).toMatch(/^Councillors approved the plan/);
    const flag = text.indexOf('Health workers say');
    expect(inStandfirst(d, { start: flag, end: flag + 18 })).toBe(true);
    const body = text.indexOf('The provincial council in');
    expect(inStandfirst(d, { start: body, end: body + 10 })).toBe(false);
  });

  it('a title-case kicker under the headline is no standfirst', () => {
    const text = [
      'ANDES POST',
      '',
      'Quito water utility cuts supply to northern districts for three days',
      '',
      'Drought In The Andes: What The Reservoir Levels Mean For Households This Month',
      '',
      'By Lucía Andrade | 21/11/2024',
      '',
      'The municipal water company in Quito will cut supply to 14 northern districts from Monday, it said on Friday, after reservoir levels fell to their lowest in a decade.',
    ].join('\n');
    const d = doc(text);
    expect(slice(text, d.headline)).toBe('Quito water utility cuts supply to northern districts for three days');
    expect(d.standfirst).toBeUndefined();
    expect(d.paragraphs.some((p) => text.slice(p.start, p.end).startsWith('Drought In The Andes'))).toBe(false);
  });

  it('a short label under the headline is no standfirst', () => {
    const text = [
      'NORDIC BUSINESS DAILY',
      '',
      'Tallinn shipyard wins order for four hybrid ferries',
      '',
      'Exclusive interview with the yard manager',
      '',
      'Piret Sild | 08/09/2025 | 07:30',
      '',
      'A shipyard in Tallinn has won an order worth €180 million to build four hybrid ferries for a Finnish operator, its chief executive said on Monday.',
    ].join('\n');
    const d = doc(text);
    expect(slice(text, d.headline)).toBe('Tallinn shipyard wins order for four hybrid ferries');
    expect(d.standfirst).toBeUndefined();
    expect(d.paragraphs.some((p) => text.slice(p.start, p.end).startsWith('Exclusive interview'))).toBe(false);
  });
});

describe('"the company" and the bodies named before it', () => {
  it('"the company" does not refer back to a speaker named as another kind of body ("Valgemetsa council")', () => {
    const text = [
      'Brewery to shut its Tartu plant',
      '',
      'Family-owned brewer says the plant cannot compete with imports; Valgemetsa council asks for a slower timetable',
      '',
      'By Kaarel Tamm | 04/02/2025',
      '',
      'Pruulikoda will close its brewery in Tartu next year, the company told staff on Monday.',
      '',
      'The company has denied that the move is linked to a tax dispute.',
    ].join('\n');
    const d = doc(text);
    const told = d.attributions.find((a) => text.slice(a.cue.start, a.cue.end) === 'told')!;
    expect(slice(text, told.speaker)).toBe('the company');
    expect(slice(text, told.speaker!.refersTo)).toBeUndefined();
  });
});
