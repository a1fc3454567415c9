/**
 * Mentions that are not people's names: a lone weekday or month, a crowd of ordinary people
 * opening a sentence ("Parents in the district say"), and a crowd with a place after it
 * ("Residents of Pogradec"), whose place is not their name.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

const mentions = (text: string) =>
  buildDocument({ id: 'm', text }).mentions.map((m) => ({ text: text.slice(m.start, m.end), kind: m.kind, name: m.name && text.slice(m.name.start, m.name.end) }));

describe('calendar words', () => {
  it('a lone weekday or month is no person', () => {
    const text = 'The ferry sank on Monday after leaving port in heavy seas. Divers will resume the search in March, officials said.';
    expect(mentions(text).filter((m) => /Monday|March/.test(m.text))).toEqual([]);
  });

  it('a surname that is a month, inside a name, still is one', () => {
    const text = 'Former prime minister Theresa May said on Tuesday that the plan had merit.';
    expect(mentions(text).some((m) => m.name === 'Theresa May')).toBe(true);
  });
});

describe('crowds of ordinary people', () => {
  it('a plural people noun opening a sentence is a group, not a name', () => {
    const text = 'The school in Kasungu has been shut for a month. Parents in the district say the roof has not been repaired.';
    expect(mentions(text)).toContainEqual({ text: 'Parents in the district', kind: 'group', name: undefined });
  });

  it('any plain plural before a place is a crowd there: "Brokers in Mombasa", not a person named Mombasa', () => {
    const text = 'Tea prices fell again at the weekly auction. Brokers in Mombasa say buyers from Pakistan held back. Friends of the Earth said nothing.';
    const found = mentions(text);
    expect(found).toContainEqual({ text: 'Brokers in Mombasa', kind: 'group', name: undefined });
    // A body's name with "of" is no crowd in a place.
    expect(found.find((m) => m.text.startsWith('Friends'))?.kind).not.toBe('group');
  });

  it('the place after a crowd is not the crowd\'s name', () => {
    const text = 'The water board says the pipes are safe. Residents of Pogradec report that the tap water has turned brown.';
    expect(mentions(text)).toContainEqual({ text: 'Residents of Pogradec', kind: 'group', name: undefined });
  });

  it('a crowd at a body keeps the body as an affiliation and no name', () => {
    const text = 'Officials at the Ministry of Health said the clinic in Mzuzu would reopen on Friday.';
    const found = buildDocument({ id: 'm', text }).mentions.find((m) => text.slice(m.start, m.end).startsWith('Officials'));
    expect(found?.kind).toBe('group');
    expect(found?.name).toBeUndefined();
    expect(found?.affiliation && text.slice(found.affiliation.start, found.affiliation.end)).toBe('Ministry');
  });

  it('a plural of a kind of people before a plural verb is no name, whatever the tagger says', () => {
    const text = 'The warehouse fire in Durres burned for two days. Investigators believe the blaze started in a storeroom. Surveyors who inspected the roof say it will have to come down.';
    const found = mentions(text);
    expect(found.find((m) => m.text.startsWith('Investigators'))).toMatchObject({ kind: 'group', name: undefined });
    expect(found.find((m) => m.text.startsWith('Surveyors'))).toMatchObject({ name: undefined });
  });

  it('a surname that looks like a plural stays a name before "said"', () => {
    const text = 'The warehouse fire in Durres burned for two days. Sellers said the storeroom had no alarm.';
    expect(mentions(text).some((m) => m.name === 'Sellers')).toBe(true);
  });

  it('a crowd word the tagger calls a name is a crowd when it opens a sentence', () => {
    const text = 'Water was cut off across the old town on Monday. Households say the tankers have not come.';
    expect(mentions(text).find((m) => m.text.startsWith('Households'))).toMatchObject({ name: undefined });
  });

  it('a plural people noun inside a capitalised name stays part of the name', () => {
    const text = 'The strike was called by the Shipyard Workers Alliance on Thursday, its secretary, Tomas Brandt, said.';
    expect(mentions(text).some((m) => m.name === 'Shipyard Workers Alliance')).toBe(true);
  });
});

describe('hyphenated names', () => {
  it('a name the tokenizer splits at its hyphen is one mention, and a later "she" refers to it', () => {
    const text = 'The port reopened on Monday. A spokeswoman for the harbour board, Leila Ben-Haddou, said the cranes were safe. She said no cargo had been lost.';
    const d = buildDocument({ id: 'm', text });
    const names = d.mentions.filter((m) => m.name).map((m) => text.slice(m.name!.start, m.name!.end));
    expect(names).toContain('Leila Ben-Haddou');
    expect(names).not.toContain('Leila Ben');
    const she = d.mentions.find((m) => text.slice(m.start, m.end) === 'She');
    expect(she?.refersTo && text.slice(she.refersTo.start, she.refersTo.end)).toBe('Leila Ben-Haddou');
  });

  it('a run of names keeps a first name joined by a hyphen', () => {
    const text = 'The vote was postponed. Talks led by Jean-Luc Martin ended without a deal on Friday.';
    expect(mentions(text).some((m) => m.name === 'Jean-Luc Martin')).toBe(true);
  });

  it('a hyphenated compound opening a sentence is one word, not a name', () => {
    const text = 'The summit ended late. Franco-Spanish talks on the tunnel resume in March, officials said.';
    expect(mentions(text).some((m) => m.name?.startsWith('Franco'))).toBe(false);
  });
});
