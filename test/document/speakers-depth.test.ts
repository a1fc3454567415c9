/**
 * Speaker readings fixed in the document layer rather than in the rules that read them:
 * - "X who ... , and who / none of whom ..., said": the speaker is the subject the first,
 *   restrictive clause hangs on, not the last noun before the comma; a contact clause
 *   ("accountants we consulted") is no part of the speaker's phrase;
 * - an inverted cue before a role and the person's name in apposition ("said the harbour
 *   board's managing director, Pawel Siwiec, at the launch"): the role phrase with the name
 *   as its appositive, whatever the tagger made of a word inside the role ("managing");
 * - "said Jang Sung-min, an analyst at Hanul Partners": the person, never the firm.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { namedSpeaker } from '../../rules/cross-source/_quote-speakers.js';

const doc = (text: string) => buildDocument({ id: 'd', text, publishedAt: '2024-09-12' });
const slice = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
/** The speaker the document gives the cue written `cue` (its first occurrence). */
const attributionOf = (text: string, cue: string) => {
  const at = text.indexOf(cue);
  return doc(text).attributions.find((x) => x.cue.start === at);
};
const speakerOf = (text: string, cue: string) => slice(text, attributionOf(text, cue)?.speaker);

describe('a speaker with two relative clauses or a contact clause', () => {
  it('gives the cue to the subject of a restrictive clause followed by ", and who"', () => {
    const text = 'A courier who saw the crash, and who asked not to be named, said the van ran a red light.';
    expect(speakerOf(text, 'said')).toBe('A courier');
  });

  it('gives the cue to the subject when the comma opens a second "who" clause', () => {
    const text = 'A ward sister who treated the burns victims, who did not want to be identified, said the unit was full.';
    expect(speakerOf(text, 'said')).toBe('A ward sister');
  });

  it('gives the cue to the subject, not the noun a quantified clause hangs on', () => {
    const text = 'A lawyer who represents the coffee growers, most of whom have sued, said the case would resume in May.';
    expect(speakerOf(text, 'said')).toBe('A lawyer');
  });

  it('stops the speaker before a contact clause', () => {
    const text = 'Two auditors we consulted, neither of whom wished to be named, said the accounts had been padded.';
    expect(speakerOf(text, 'said')).toBe('Two auditors');
  });

  it('stops the speaker before a contact clause with a preposition', () => {
    const text = 'A customs broker I spoke to, who asked not to be named, said the seals had been cut.';
    expect(speakerOf(text, 'said')).toBe('A customs broker');
  });

  it('stops the sentence subject before a contact clause', () => {
    const text = 'Dairy vets we interviewed, none of whom wished to be named, blamed the feed supplier and said the herd had been sick for weeks.';
    expect(speakerOf(text, 'said')).toBe('Dairy vets');
  });

  it('keeps the phrase before a single non-restrictive clause', () => {
    const text = 'The ferry operator, which bought the vessel in 2019, said the engine had been serviced.';
    expect(speakerOf(text, 'said')).toBe('The ferry operator');
  });
});

describe('an inverted cue before a role and a name', () => {
  it('reads a role with a participle and the name in apposition', () => {
    const text = '“The quay will be ready by March,” said the harbour board’s managing director, Pawel Siwiec, at the launch.';
    const a = attributionOf(text, 'said');
    expect(slice(text, a?.speaker)).toBe('the harbour board’s managing director');
    expect(slice(text, a?.speaker?.appositive)).toBe('Pawel Siwiec');
    expect(doc(text).quotes[0]?.speaker?.start).toBe(a?.speaker?.start);
  });

  it('reads a possessive pronoun role with the name at the sentence end', () => {
    const text = 'The mill closed on Friday. “No date has been set,” said its operations director, Lena Brandt.';
    const a = attributionOf(text, 'said');
    expect(slice(text, a?.speaker)).toBe('its operations director');
    expect(slice(text, a?.speaker?.appositive)).toBe('Lena Brandt');
  });

  it('makes the name the person a later "he" stands for', () => {
    const text = '“The yard is not for sale,” said its chairman, Oskar Brandvold, on Thursday. He said the bid undervalued the order book.';
    const d = doc(text);
    const he = d.attributions.find((x) => slice(text, x.speaker) === 'He');
    expect(slice(text, he?.speaker?.refersTo)).toBe('Oskar Brandvold');
  });

  it('reads no role speaker after a participle that reports what was said', () => {
    const text = 'The minister resigned on Friday, adding the ministry’s chief of staff, Idriss Zerhouni, would leave too.';
    expect(slice(text, attributionOf(text, 'adding')?.speaker)).toBe('The minister');
  });

  it('reads no role speaker without a name after the comma', () => {
    const text = '“The line will hold,” said the plant’s managing director, who declined to give her name.';
    expect(attributionOf(text, 'said')?.speaker?.appositive).toBeUndefined();
  });

  it('gives the cue to the person before an appositive that names a firm', () => {
    const text = '“Freight rates are slipping,” said Jang Sung-min, an analyst at Hanul Partners in Incheon. “Container volumes are holding up.”';
    const a = attributionOf(text, 'said');
    expect(slice(text, a?.speaker)).toBe('Jang Sung-min');
    expect(a?.speaker?.kind).toBe('person');
  });
});

describe('the named speaker of a quotation, for the cross-source rules', () => {
  const named = (text: string) => {
    const d = doc(text);
    return namedSpeaker(d, d.quotes[0]!)?.name;
  };

  it('names the person in apposition to an inverted role', () => {
    expect(named('“The quay will be ready by March,” said the harbour board’s managing director, Pawel Siwiec, at the launch.')).toBe('Pawel Siwiec');
  });

  it('names the person after a role whose employer is an acronym', () => {
    expect(named('“The berth opens in May,” said the KPA’s managing director, Amina Odhiambo, at the ceremony.')).toBe('Amina Odhiambo');
    expect(named("“The berth opens in May,” said the KPA's deputy director, Amina Odhiambo.")).toBe('Amina Odhiambo');
  });

  it('never names the firm in a speaker’s appositive', () => {
    expect(named('“Freight rates are slipping,” said Jang Sung-min, an analyst at Hanul Partners in Incheon. “Container volumes are holding up.”')).not.toBe('Hanul Partners');
  });

  it('still names a person right after the cue behind a title the tagger reads as a verb', () => {
    expect(named('“The borehole has failed twice,” said Make Nomvula Khoza, a retired teacher, at the clinic gate.')).toBe('Nomvula Khoza');
  });
});

describe('a person named in apposition to a body', () => {
  it('makes "he" refer to the person named after "The head of <body>,", not to an earlier person', () => {
    const text =
      'Ines Halvorsen, who owns the ferry company, said crossings to the islands were suspended until June.\n\n' +
      'The head of the Harbour Board, Tunde Bakare, said the storm had torn away half the pier. "Repairs start on Monday," he said.';
    const he = doc(text).attributions.find((x) => x.cue.start === text.lastIndexOf('said'))?.speaker;
    expect(slice(text, he?.refersTo)).toContain('Tunde Bakare');
  });
});

describe('a sentence that opens with a role "of" a field and the name in apposition', () => {
  it('names the person a later "she said" stands for', () => {
    const text = 'The province\'s secretary of health, Marta Quispe Rojas, closed the two clinics on Friday.\n\n"We will reopen them when the water is safe," she said.';
    expect(slice(text, attributionOf(text, 'said')?.speaker?.refersTo)).toBe('Marta Quispe Rojas');
  });
});
