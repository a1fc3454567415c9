/**
 * Deterministic benchmark and test material: real news sentences taken from the seeds
 * and the fixture stories, recombined into new articles with a seeded PRNG, so every run
 * (and every machine) measures the same texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from './prng.js';
import type { ArticleInput } from '../src/schema.js';

const root = join(import.meta.dirname, '..');

export { prng };

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Paragraph-sized lines of prose (not chrome) and the sentences in them. */
function harvest(): { paragraphs: string[]; sentences: string[]; headlines: string[] } {
  const paragraphs: string[] = [];
  const headlines: string[] = [];
  const texts = [...textFiles(join(root, 'seeds')), ...textFiles(join(root, 'test', 'fixtures', 'stories'))];
  for (const text of texts) {
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (lines[0] && lines[0].split(/\s+/).length >= 5) headlines.push(lines[0]);
    for (const line of lines) {
      // Prose: a dozen words or more and ends like a sentence.
      if (line.split(/\s+/).length >= 12 && /[.!?"”’']$/.test(line)) paragraphs.push(line);
    }
  }
  // A rough split is enough here: the material only has to read like news.
  const sentences = paragraphs.flatMap((p) => p.split(/(?<=[.!?]["”’']?)\s+(?=[“"‘']?\p{Lu})/u)).filter((s) => s.split(/\s+/).length >= 5);
  return { paragraphs, sentences, headlines };
}

let cached: ReturnType<typeof harvest> | undefined;
export function material() {
  cached ??= harvest();
  return cached;
}

/** One article of about `size` characters: a headline, then paragraphs of 1-4 recombined sentences. */
export function makeArticleText(rand: () => number, size: number): string {
  const { sentences, headlines } = material();
  const parts: string[] = [pick(rand, headlines), ''];
  let length = parts[0]!.length;
  while (length < size) {
    const n = 1 + Math.floor(rand() * 4);
    const para: string[] = [];
    for (let i = 0; i < n; i++) para.push(pick(rand, sentences));
    const p = para.join(' ');
    parts.push(p, '');
    length += p.length + 2;
  }
  return parts.join('\n');
}

const SOURCES = ['Harbour Gazette', 'Northern Ledger', 'Plains Courier', 'Coastal Tribune', 'Valley Standard'];

/** `count` articles of about `size` characters each; same seed, same corpus. */
export function makeCorpus(count: number, size = 5_000, seed = 20251115): ArticleInput[] {
  const rand = prng(seed);
  const out: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(rand() * 28);
    out.push({
      id: `bench-${i}`,
      text: makeArticleText(rand, size),
      source: pick(rand, SOURCES),
      publishedAt: `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    });
  }
  return out;
}
