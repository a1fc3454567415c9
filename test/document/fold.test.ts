/**
 * Letters above U+00FF: wink's tokenizer cuts "Zieliński" into "Zieli", "ń", "ski".
 * The document reads a folded copy and takes every token's text from the original.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { foldForTokenizer } from '../../src/document/fold.js';

const tokens = (text: string) => buildDocument({ id: 't', text }).tokens.map((t) => t.text);

describe('names written with letters beyond Latin-1', () => {
  it('keeps Polish, Turkish, Azerbaijani, Vietnamese and Cyrillic names whole, with their own letters', () => {
    const text = 'Justice Minister Waldemar Żurek met Recep Tayyip Erdoğan, Ilham Əliyev, Nguyễn Xuân Phúc and Иван Петров in Kraków on Tuesday.';
    const t = tokens(text);
    for (const name of ['Żurek', 'Erdoğan', 'Əliyev', 'Nguyễn', 'Xuân', 'Phúc', 'Иван', 'Петров', 'Kraków']) expect(t).toContain(name);
  });

  it('keeps every offset: each token is the text at its span', () => {
    const text = '“Sprawa jest zamknięta,” said Łukasz Wiśniewski, a lawyer in Gdańsk. Şişli’s mayor disagreed.';
    const d = buildDocument({ id: 't', text });
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.attributions.map((a) => text.slice(a.speaker!.start, a.speaker!.end))).toContain('Łukasz Wiśniewski');
  });

  it('folds one code unit to one, and leaves ASCII, Latin-1, punctuation and emoji alone', () => {
    const s = 'Zieliński — “Ærø” café 👍 ı';
    const folded = foldForTokenizer(s);
    expect(folded).toHaveLength(s.length);
    expect(folded).toBe('Zielinski — “Ærø” café 👍 i');
    expect(foldForTokenizer('plain ASCII and Latin-1: café, Müller')).toBe('plain ASCII and Latin-1: café, Müller');
  });
});
