/**
 * A body's name that runs past "of" and "and" ("the Ministry of Transport and
 * Communications") is one organisation, as a speaker and as a mention; the words after its
 * "and" are not a person of their own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

const read = (body: string) => {
  const text = `Budget Talks\n\n${body}`;
  const d = buildDocument({ id: 't', text });
  const at = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
  return {
    speakers: d.attributions.map((a) => [at(a.speaker), a.speaker?.kind]),
    mentions: d.mentions.map((m) => [m.kind, at(m.name)]),
  };
};

describe('organisation names with "of" and "and"', () => {
  it('a ministry with two portfolios speaks as one organisation', () => {
    const r = read('The Ministry of Transport and Communications said on Monday that the bypass would open in May.');
    expect(r.speakers).toEqual([['The Ministry of Transport and Communications', 'org']]);
    expect(r.mentions).toContainEqual(['org', 'Ministry of Transport and Communications']);
    expect(r.mentions.some(([kind, name]) => kind === 'person' && name === 'Communications')).toBe(false);
  });

  it('a portfolio word that is a title word alone ("Finance", "Finance Minister") still ends the name', () => {
    const r = read('The Ministry of Planning and Finance said the new budget rules would apply from Friday.');
    expect(r.mentions).toContainEqual(['org', 'Ministry of Planning and Finance']);
    // The same word opening a title after "and" stays the person's: two parties.
    const two = read('The Ministry of Planning and Finance Minister Rosa Ibarra said on Friday that growers would be paid.');
    expect(two.mentions).toContainEqual(['person', 'Rosa Ibarra']);
  });

  it('a list of portfolios with commas, closed by "and"', () => {
    const r = read('The Department of Agriculture, Land Reform and Rural Development said 4,000 farms had applied.');
    expect(r.speakers).toEqual([['The Department of Agriculture, Land Reform and Rural Development', 'org']]);
  });

  it('a body named after a clause and a mention in the middle of a sentence', () => {
    const r = read('Levels are low, the Department of Water and Sanitation warned on Friday, and rationing may follow.');
    expect(r.mentions).toContainEqual(['org', 'Department of Water and Sanitation']);
  });

  it('a comma not closed by "and" ends the name: the person after it is their own', () => {
    const r = read('The Ministry of Health, Ana Ruiz said, was slow to respond.');
    expect(r.mentions).toContainEqual(['org', 'Ministry of Health']);
    expect(r.mentions).toContainEqual(['person', 'Ana Ruiz']);
  });

  it('three names after "and" are a second party', () => {
    const r = read('The Ministry of Health and Ana Maria Ruiz said the clinic would reopen.');
    expect(r.mentions).toContainEqual(['org', 'Ministry of Health']);
    expect(r.mentions).toContainEqual(['person', 'Ana Maria Ruiz']);
  });

  it('a spokesman for a body stays a person, with the body as affiliation', () => {
    const text = 'Budget Talks\n\nA spokesman for the Ministry of Trade and Industry said the tariff would stay.';
    const d = buildDocument({ id: 't', text });
    const s = d.attributions[0]!.speaker!;
    expect(s.kind).toBe('person');
    expect(s.affiliation).toBeDefined();
  });
});

describe('an acronym as a name', () => {
  it('is a body, so a later "he" does not stand for it', () => {
    const text = 'Outage Inquiry\n\nTom Arua, the network\'s chief executive, said the fault was fixed. TELRA said on Monday it would investigate. He said customers would be compensated.';
    const d = buildDocument({ id: 't', text });
    const at = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
    const telra = d.attributions.find((a) => at(a.speaker) === 'TELRA')!;
    expect(telra.speaker!.kind).toBe('org');
    const he = d.attributions.find((a) => at(a.speaker) === 'He')!;
    expect(at(he.speaker!.refersTo?.name)).toBe('Tom Arua');
  });
});

describe('a person, a preposition, then where they work', () => {
  it('"Professor X of the Faculty of Y": the person is named by the first name, the faculty is the affiliation', () => {
    const text = 'Budget Talks\n\nThe cuts will close two laboratories, said Professor Irena Kostova of the Faculty of Veterinary Medicine.';
    const d = buildDocument({ id: 't', text });
    const m = d.mentions.find((x) => x.kind === 'person' && text.slice(x.start, x.end).includes('Kostova'))!;
    expect(text.slice(m.name!.start, m.name!.end)).toBe('Irena Kostova');
    expect(text.slice(m.affiliation!.start, m.affiliation!.end)).toBe('Faculty');
  });
});
