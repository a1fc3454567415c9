/**
 * Speech verbs that act on what follows them ("rejected the findings", "denied the claims")
 * never have an inverted speaker after them: the speaker is the subject before, with a
 * role and a name in apposition read whole ("the Industries' managing director, X,").
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

function speakers(text: string) {
  const doc = buildDocument({ id: 'o', text });
  const at = (s?: { start: number; end: number }) => s && text.slice(s.start, s.end);
  return doc.attributions.map((a) => ({ cue: at(a.cue), speaker: at(a.speaker), appositive: at(a.speaker?.appositive) }));
}

describe('cues that take an object', () => {
  it('"rejected the findings" after a role and name in apposition: the role speaks, the name is its appositive', () => {
    expect(speakers("Tarni Freight Holdings' managing director, Kofi Asante, rejected the findings on Thursday.")).toEqual([
      { cue: 'rejected', speaker: "Tarni Freight Holdings' managing director", appositive: 'Kofi Asante' },
    ]);
  });

  it('the name before a plural\'s possessive is the employer, not the person', () => {
    const text = "Tarni Freight Holdings' managing director, Kofi Asante, rejected the findings on Thursday.";
    const sp = buildDocument({ id: 'o', text }).attributions[0]!.speaker!;
    expect(sp.kind).toBe('person');
    expect(sp.name).toBeUndefined();
    expect(sp.affiliation && text.slice(sp.affiliation.start, sp.affiliation.end)).toBe('Tarni Freight Holdings');
  });

  it("a body's whole name before a singular's possessive is the affiliation, not its last word", () => {
    const affiliationOf = (text: string) => {
      const sp = buildDocument({ id: 'o', text }).attributions[0]!.speaker!;
      return sp.affiliation && text.slice(sp.affiliation.start, sp.affiliation.end);
    };
    expect(affiliationOf("Ines Valdes, Aurora Shipping Ltd's chief executive, denied the claims in a statement.")).toBe('Aurora Shipping Ltd');
    expect(affiliationOf("Kestrel Mining Corp's chief geologist, Dan Obi, said the wall was sound.")).toBe('Kestrel Mining Corp');
  });

  it('"a <Name> engineer": the name between the article and the role is the employer, not the person', () => {
    const text = 'A Northgate engineer, who asked not to be named, said the pumps had failed twice.';
    const sp = buildDocument({ id: 'o', text }).attributions[0]!.speaker!;
    expect(sp.name).toBeUndefined();
    expect(sp.affiliation && text.slice(sp.affiliation.start, sp.affiliation.end)).toBe('Northgate');
  });

  it('a name, then a role in apposition, then "denied the claims"', () => {
    expect(speakers("Ines Valdes, Aurora Shipping's chief executive, denied the claims in a statement.")).toMatchObject([{ cue: 'denied', speaker: 'Ines Valdes' }]);
  });

  it('a say verb after a comma still takes the speaker after it', () => {
    expect(speakers('"The ferry was never overloaded," said the port authority\'s chief inspector.')).toMatchObject([{ cue: 'said', speaker: "the port authority's chief inspector" }]);
  });
});
