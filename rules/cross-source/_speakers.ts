/**
 * Speakers across articles: the words that identify a speaker, and whether two speaker
 * mentions in different articles can be the same person or body.
 */
import type { Document, Mention } from '../../src/document/types.js';
import { isContent, stem } from '../../src/engine/cluster-text.js';
import { people } from '../../src/document/people.js';
import { canonicalName, resolved, sameName, textOf } from './_story.js';

/** A name written as a name: capitalised words only ("Ana Ruiz", "Dr. Ana Ruiz"). */
const NAME_TEXT = /^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*)+$/u;
/**
 * A title before a name, which the speaker's own name span leaves out: one of the
 * document model's honorifics (rules/data/people.json: "Dr.", "Prof.", "Sir", "Minister",
 * "Chief Executive"), written with a capital as before a name, its full stop optional.
 * Longest first, so "Chief Executive" goes before "Chief".
 */
const TITLE_WORDS = [...new Set([...people.honorifics].map((h) => h.replace(/\.$/, '')))]
  .sort((a, b) => b.length - a.length)
  .map((h) => h.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
const TITLE = new RegExp(`^(${TITLE_WORDS.join('|')})\\.?\\s+`, 'u');

/** A person's name without a title before it ("Dr. Ana Ruiz" -> "Ana Ruiz"). */
export const bareName = (name: string | undefined) => name?.trim().replace(TITLE, '');

/** Identifying words of a speaker: name words, else head and affiliation words. */
export function speakerWords(doc: Document, m: Mention): { name?: string; words: Set<string> } {
  const r = resolved(m);
  // A role with the name in apposition ("the trial's lead scientist, Dr. Ana Ruiz,"): the name is the speaker's.
  const apposed = !r.name && r.kind === 'person' && r.appositive ? textOf(doc, r.appositive).trim() : undefined;
  const name = r.name ? textOf(doc, r.name) : apposed && NAME_TEXT.test(apposed) ? apposed.replace(TITLE, '') : undefined;
  const parts = [name ?? textOf(doc, r.head), r.affiliation ? textOf(doc, r.affiliation) : ''];
  const words = new Set<string>();
  for (const p of parts) {
    for (const w of p.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
      const bare = w.replace(/['’]s$/, '');
      if (isContent(bare)) words.add(stem(bare).slice(0, 5));
    }
  }
  return { name, words };
}

/** Unknown speakers (none, or one without an identifying word) are compatible with anyone; known ones must share a name or a word. */
export function sameSpeaker(da: Document, a: Mention | undefined, db: Document, b: Mention | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  const x = speakerWords(da, a);
  const y = speakerWords(db, b);
  // A speaker with no identifying word ("she said" where the document model could not tell who
  // she is) is as unknown as no speaker: nothing to tell it from the other.
  if ((!x.name && !x.words.size) || (!y.name && !y.words.size)) return undefined;
  if (x.name && y.name && sameName(x.name, y.name)) return true;
  if (x.name && y.name && canonicalName(x.name) !== canonicalName(y.name)) {
    // Two different names can still be one person: "Liu Pengyu" / "Liu".
    const xs = x.name.toLowerCase().split(/\s+/);
    const ys = y.name.toLowerCase().split(/\s+/);
    return xs.some((w) => ys.includes(w));
  }
  for (const w of x.words) if (y.words.has(w)) return true;
  return false;
}
