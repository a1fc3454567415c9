/**
 * A photo caption at the top of a page, under the byline and above the first paragraph, is
 * the story's: never the headline, never page furniture; its paragraph is marked a caption.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

const read = (text: string) => {
  const doc = buildDocument({ id: 'c', text });
  const at = (s?: { start: number; end: number }) => s && text.slice(s.start, s.end);
  return { doc, at };
};

describe('a photo caption above the first paragraph', () => {
  it('under an old-article banner and a share bar, the caption is no headline', () => {
    const { doc, at } = read(
      'This article is more than 3 years old\nTHE HARBOUR GAZETTE\nHome \u203a City \u203a Planning\nMonday 6 May 2024\n\n' +
        'Council approves marina on Tamar wharf\nThe vote clears the way for 120 berths on the old wharf, where a heritage group says two cranes were scrapped before consent\n\n' +
        'By Ellen Pascoe | 6 May 2024, 08:10 | 4 min read\nShare: Facebook | X | Email\n\n' +
        '\u{1f4f7} The wharf where the two cranes stood until March, seen from the river. Photo: Harbour Gazette\n\n' +
        'Launceston city council on Friday approved plans for a 120-berth marina on the Tamar wharf, ending a two-year dispute over the site.\n',
    );
    expect(at(doc.headline)).toBe('Council approves marina on Tamar wharf');
    const caption = doc.paragraphs.find((p) => p.caption);
    expect(at(caption)).toMatch(/^\u{1f4f7} The wharf where/u);
    expect(caption?.kind).toBe('body');
  });

  it('right under the dateline, the caption is a body paragraph, not page meta', () => {
    const { doc, at } = read(
      'The Valley Courier\nTuesday, 14 March 2023 | 24\u00b0C, showers\nHome | News | Health | Sport\n\n' +
        'Regulator recalls eye drops after infections in two clinics\nThe medicines board says two batches were not sterile; the maker says its tests passed\n\n' +
        'By Ana Mwale, Health Correspondent\n14 Mar 2023, 06:05\n\n' +
        '\u{1f4f7} A pharmacist removes the recalled drops from a shelf on Monday. Photo: Courier/J. Phiri\n\n' +
        'The medicines board on Monday ordered the recall of two batches of eye drops made by a local company after its laboratory found bacteria in samples.\n',
    );
    expect(at(doc.headline)).toBe('Regulator recalls eye drops after infections in two clinics');
    expect(doc.chrome.some((c) => at(c)!.startsWith('\u{1f4f7}'))).toBe(false);
    expect(doc.paragraphs.some((p) => p.caption && at(p)!.includes('removes the recalled drops'))).toBe(true);
  });
});
