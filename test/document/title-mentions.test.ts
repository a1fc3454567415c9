/**
 * Titles written before a name ("Senator", "Former Chief Justice", "Acting Mayor") belong to
 * the person's mention, and a word that dates the title ("Former", "Acting") is never read
 * as the body the person belongs to.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

const read = (body: string) => {
  const text = `Court Reform Debate\n\n${body}`;
  const d = buildDocument({ id: 't', text });
  const at = (s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
  return d.mentions.map((m) => ({ mention: text.slice(m.start, m.end), name: at(m.name), affiliation: at(m.affiliation) }));
};

describe('titles before a name', () => {
  it('a capitalised honorific opens the mention with the name', () => {
    const mentions = read('The bill was criticised on Tuesday by Senator Luca Ferretti in a speech to the chamber.');
    expect(mentions).toContainEqual(expect.objectContaining({ mention: 'Senator Luca Ferretti', name: 'Luca Ferretti' }));
  });

  it('a name whose first letter follows a glottal stop (ʻokina) is a name', () => {
    const mentions = read('The plan was approved in 2011 by Minister ʻUna Faletau at a cabinet meeting.');
    expect(mentions).toContainEqual(expect.objectContaining({ mention: 'Minister ʻUna Faletau', name: 'ʻUna Faletau' }));
  });

  it('"Former" before a title is part of the title, not an affiliation', () => {
    const mentions = read('Former Chief Justice Amara Okonkwo, who retired in March, had listed the case for a hearing.');
    const judge = mentions.find((m) => m.name === 'Amara Okonkwo');
    expect(judge?.mention).toBe('Former Chief Justice Amara Okonkwo');
    expect(judge?.affiliation).toBeUndefined();
  });

  it('"Acting" before a title is not a body either', () => {
    const mentions = read('Acting Mayor Ines Valdivia told reporters the budget would be cut by a tenth.');
    const mayor = mentions.find((m) => m.name === 'Ines Valdivia');
    expect(mayor).toBeDefined();
    expect(mayor?.affiliation).not.toBe('Acting');
  });

  it('a capitalised body before the title is still the affiliation', () => {
    const mentions = read('Meridian Bank chief economist Tomas Lindqvist said rates would stay on hold.');
    const economist = mentions.find((m) => m.name === 'Tomas Lindqvist');
    expect(economist?.affiliation).toBe('Meridian');
  });
});
