/**
 * A person named again by a surname ("Berg said") is the person introduced by the full name
 * earlier: the Document ties the two with `refersTo`, so a rule finds the introduction (its
 * role and affiliation) without searching for names itself. Leading words, places, crowds
 * and a surname two people share are not tied.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import type { Document, Mention } from '../../src/document/types.js';

const read = (text: string) => buildDocument({ id: 's', text });
const said = (doc: Document, m: Mention | undefined) => m && doc.text.slice(m.start, m.end);
/** The last mention whose text is `text`, and what it refers to. */
function refOf(doc: Document, text: string): string | undefined {
  const m = [...doc.mentions].reverse().find((x) => said(doc, x) === text);
  if (!m) throw new Error(`no mention "${text}"`);
  return said(doc, m.refersTo);
}

describe('short names', () => {
  it('a surname later in the story refers to the full name that introduced her', () => {
    const doc = read(
      'Maja Lindqvist Berg, a glaciologist at Umeå University, has measured the ice shelf since 2009. ' +
        'The shelf lost a tenth of its area last summer, the survey found.\n\n' +
        '"We have never seen it retreat this fast," Berg said.',
    );
    expect(refOf(doc, 'Berg')).toBe('Maja Lindqvist Berg');
  });

  it('so does a double surname and a titled short form', () => {
    const doc = read(
      'The contract was signed by Leonardo Arencibia Soto, the port authority\'s director, on Monday.\n\n' +
        'Arencibia said the dredging would start in March. President Hakainde Hichilema opened the quay, and Hichilema said the port would pay for itself.',
    );
    expect(refOf(doc, 'Arencibia')).toBe('Leonardo Arencibia Soto');
    expect(refOf(doc, 'Hichilema')).toBe('President Hakainde Hichilema');
  });

  it('a surname two people in the story share is left alone', () => {
    const doc = read(
      'Ana Sanchez, the clinic\'s director, and her brother Luis Sanchez, a nurse there, both resigned on Friday.\n\n' +
        '"We had no choice," Sanchez said.',
    );
    expect(refOf(doc, 'Sanchez')).toBeUndefined();
  });

  it('a leading word of a name is not a surname, nor is a company in front of a role', () => {
    const doc = read(
      'Gulfstar Terminals FZE signed the concession on Monday. Gulfstar will pay $12 million up front.\n\n' +
        'Northcliff Resources said its shareholders had been told. A Northcliff spokesperson declined to comment.',
    );
    for (const m of doc.mentions) {
      if (/^(Gulfstar|A Northcliff spokesperson)$/.test(said(doc, m)!)) expect(m.refersTo).toBeUndefined();
    }
  });

  it('a country after a body named for it is the country', () => {
    const doc = read('The figures were published by Statistics Estonia on Tuesday. Estonia has the smallest population in the euro area.');
    for (const m of doc.mentions) if (said(doc, m) === 'Estonia') expect(m.refersTo).toBeUndefined();
  });
});

describe('a crowd named by a role', () => {
  it('"Opposition MPs say" is a group of people, not a person called "Opposition MPs"', () => {
    const doc = read('Opposition MPs say the winning consortium knew the evaluation criteria before bids closed; the water ministry says the process was clean.');
    const mps = doc.mentions.find((m) => said(doc, m) === 'Opposition MPs');
    expect(mps?.kind).toBe('group');
    expect(mps?.name).toBeUndefined();
  });

  it('a role word inside a body\'s name stays part of the name', () => {
    const doc = read('The Shipyard Workers Alliance said the strike would go on.');
    expect(doc.mentions.some((m) => said(doc, m)?.includes('Shipyard Workers Alliance'))).toBe(true);
  });
});
