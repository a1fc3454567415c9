/**
 * Readings the document layer gives every rule, fixed where they are made rather than in
 * the rules that read them: a lower-case hyphenated compound inside a speaker's phrase,
 * the speaker of a cue inside ", which/who ..." (the noun phrase before the comma), and a
 * partitive speaker ("one of the union's former organisers") with its person as head.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

const doc = (text: string) => buildDocument({ id: 'd', text, publishedAt: '2024-06-03' });
const slice = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
/** The speaker of the cue written `cue` (its first occurrence), as text. */
const speakerOf = (text: string, cue: string) => {
  const at = text.indexOf(cue);
  const a = doc(text).attributions.find((x) => x.cue.start === at);
  return slice(text, a?.speaker);
};
const mentionTexts = (text: string) => doc(text).mentions.map((m) => slice(text, m));

describe('hyphenated compounds in a speaker phrase', () => {
  it('takes the whole compound and its possessor', () => {
    const text = "The hospital's human-resources director said the night shifts would be cut.";
    expect(speakerOf(text, 'said')).toBe("The hospital's human-resources director");
  });

  it('takes a compound whose second part the tagger reads as a verb', () => {
    const text = 'A state-owned oil company said on Friday that it would sell two tankers.';
    expect(speakerOf(text, 'said')).toBe('A state-owned oil company');
  });

  it('takes a compound of three parts', () => {
    const text = 'A 52-year-old fisherman told reporters that the catch had halved since spring.';
    expect(speakerOf(text, 'told')).toBe('A 52-year-old fisherman');
  });

  it('takes a hyphenated head noun', () => {
    const text = "The bakery's co-founder said the price of flour had doubled.";
    expect(speakerOf(text, 'said')).toBe("The bakery's co-founder");
  });

  it('reads a compound in a speaker after the cue too', () => {
    const text = '"We were never told," said the bakery\'s human-resources director.';
    expect(speakerOf(text, 'said')).toBe("the bakery's human-resources director");
  });

  it('does not take a word across a spaced dash', () => {
    const text = 'The vote was close - union members said the offer was too low.';
    expect(speakerOf(text, 'said')).toBe('union members');
  });
});

describe('a speech cue inside a relative clause after a comma', () => {
  it('", which had earlier denied" speaks for the phrase before the comma', () => {
    const text = 'The water authority, which had earlier denied the leak, said on Tuesday that repairs had begun.';
    expect(speakerOf(text, 'denied')).toBe('The water authority');
  });

  it('", who" speaks for the person before the comma', () => {
    const text = 'Mirela Vasquez, who has repeatedly denied wrongdoing, resigned from the council in May.';
    expect(speakerOf(text, 'denied')).toBe('Mirela Vasquez');
  });

  it('after a speaker\'s appositive, ", who" is the speaker, not the appositive\'s last noun', () => {
    const text = '"The cabs are unsafe," said Tomas Ilves, a bus driver employed by a contractor, who said he had been laid off in May.';
    const at = text.indexOf('said he');
    const a = doc(text).attributions.find((x) => x.cue.start === at);
    expect(slice(text, a?.speaker)).toBe('Tomas Ilves');
  });

  it('a compound opening a sentence is no name', () => {
    const text = 'Family-run bakery says the price of flour has doubled since spring.';
    const m = doc(text).attributions[0]!.speaker!;
    expect(slice(text, m)).toBe('Family-run bakery');
    expect(m.name).toBeUndefined();
  });

  it('a relative pronoun with no comma still takes the phrase right before it', () => {
    const text = 'Officials pointed to a survey that suggests the river is recovering.';
    expect(speakerOf(text, 'suggests')).toBe('a survey');
  });

  it('", which" before a plain cue speaks for the body before the comma', () => {
    const text = 'Regulators fined Norsk Kabel, which said it would appeal the decision.';
    expect(speakerOf(text, 'said')).toBe('Norsk Kabel');
  });
});

describe('a cue after a relative clause on its subject', () => {
  it('the subject before ", which ...," speaks, not the object after the cue', () => {
    const text = 'The Ministry of Transport, which runs the ferries through a state company, rejected the inspectors\' account of the sinking.';
    expect(speakerOf(text, 'rejected')).toBe('The Ministry of Transport');
  });

  it('an inverted cue after a plain comma still takes the name after it', () => {
    const text = 'The ferries will run again on Friday, said Tomas Rinne, the harbour master.';
    expect(speakerOf(text, 'said')).toBe('Tomas Rinne');
  });
});

describe('a day or month before the cue', () => {
  it('is never the speaker', () => {
    const text = 'An audit handed to the regional assembly on Thursday says most of the funds were never spent.';
    expect(speakerOf(text, 'says')).toBeUndefined();
  });

  it('a body before the cue still speaks', () => {
    const text = 'The regional assembly says most of the funds were never spent.';
    expect(speakerOf(text, 'says')).toBe('The regional assembly');
  });
});

describe('a partitive speaker', () => {
  it('spans the number and "of", with the person as its head', () => {
    const text = "One of the orchestra's former violinists said the tour had lost money for years.";
    const m = doc(text).attributions[0]!.speaker!;
    expect(slice(text, m)).toBe("One of the orchestra's former violinists");
    expect(slice(text, m.head)).toBe('violinists');
  });

  it('a partitive of a named body\'s members has the members as head', () => {
    const text = 'Two of the Harbour Board members told the inquiry that the cranes had not been inspected.';
    const m = doc(text).attributions[0]!.speaker!;
    expect(slice(text, m)).toBe('Two of the Harbour Board members');
    expect(slice(text, m.head)).toBe('members');
  });

  it('an inverted speaker has the person as its head too', () => {
    const text = '"Nobody checked the accounts," said one of the club\'s former treasurers.';
    const m = doc(text).attributions[0]!.speaker!;
    expect(slice(text, m)).toBe("one of the club's former treasurers");
    expect(slice(text, m.head)).toBe('treasurers');
  });

  it('an inverted partitive of a possessive pronoun is read whole', () => {
    const text = '"The audit was rushed," said one of their engineers.';
    const m = doc(text).attributions[0]!.speaker!;
    expect(slice(text, m)).toBe('one of their engineers');
    expect(slice(text, m.head)).toBe('engineers');
  });

  it('"one of the few" things is still read as a phrase, with the things as head', () => {
    const text = 'Suriname is one of the few countries that says it will sign the treaty.';
    const m = doc(text).attributions[0]?.speaker;
    expect(m && slice(text, m.head)).toBe('countries');
  });

  it('"some in the party" still reads the quantifier as the crowd', () => {
    const text = 'Some in the party believe the leader should stand down before the election.';
    expect(mentionTexts(text)).toContain('Some in the party');
  });
});
