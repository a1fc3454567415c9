/**
 * Synthetic story batches for the clustering benchmark and tests: `stories` of 2-8
 * articles (about 5 KB each) whose articles share a story vocabulary (a cast of names,
 * places and topic words) on top of a common news vocabulary every article uses.
 * Pseudo-words are built from syllables with a seeded PRNG, so vocabulary is varied,
 * never collides with a real story by accident, and every run yields the same batch.
 */
import { prng } from './prng.js';
import type { ArticleInput } from '../src/schema.js';

export interface GenerateOptions {
  /** Number of articles in the batch. */
  articles: number;
  seed?: number;
  minPerStory?: number;
  maxPerStory?: number;
  /** Approximate article length in characters. */
  chars?: number;
}

export interface GeneratedBatch {
  articles: ArticleInput[];
  /** Story number of each article (same order as `articles`). */
  story: number[];
  /** The true grouping: lists of article indexes, in input order. */
  groups: number[][];
}


const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'nd', 'rt', 'sk', 'm'];
const FUNCTION = ['the', 'a', 'of', 'to', 'in', 'and', 'on', 'for', 'with', 'that', 'by', 'at', 'from', 'as', 'was', 'were', 'has', 'had', 'after', 'before', 'its', 'their', 'which', 'while'];
const NEWS = ['said', 'officials', 'government', 'week', 'report', 'people', 'city', 'country', 'plan', 'support', 'statement', 'minister', 'company', 'police', 'meeting', 'president', 'leaders', 'group', 'month', 'local', 'public', 'national', 'security', 'market', 'deal', 'court', 'decision', 'spokesman', 'investigation', 'election'];
const OUTLETS = ['Harbor Wire', 'Northern Ledger', 'Daily Courier', 'Metro Dispatch', 'Coastal Times', 'Valley Post', 'Summit News', 'Union Herald'];

export function generateStories(options: GenerateOptions): GeneratedBatch {
  const rand = prng(options.seed ?? 1);
  const min = options.minPerStory ?? 2;
  const max = options.maxPerStory ?? 8;
  const chars = options.chars ?? 5000;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const used = new Set<string>();
  const word = (syllables: number): string => {
    for (;;) {
      let w = '';
      for (let s = 0; s < syllables; s++) w += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
      if (!used.has(w)) { used.add(w); return w; }
    }
  };
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  // A shared vocabulary of ordinary words that every story draws on.
  const common = [...NEWS, ...Array.from({ length: 1500 }, () => word(int(2, 3)))];

  const articles: ArticleInput[] = [];
  const story: number[] = [];
  let s = 0;
  const baseDay = Date.UTC(2024, 0, 1) / 86_400_000;
  while (articles.length < options.articles) {
    const size = Math.min(int(min, max), options.articles - articles.length);
    const cast = Array.from({ length: 5 }, () => `${cap(word(2))} ${cap(word(2))}`);
    const places = Array.from({ length: 3 }, () => cap(word(int(2, 3))));
    const topic = Array.from({ length: 40 }, () => word(int(2, 4)));
    const day = baseDay + int(0, 700);
    for (let a = 0; a < size; a++) {
      // Each outlet covers part of the story: a random subset of its words and cast.
      const myTopic = topic.filter(() => rand() < 0.7);
      const myCast = cast.filter(() => rand() < 0.75);
      if (!myCast.length) myCast.push(cast[0]!);
      const sentence = () => {
        const n = int(12, 22);
        const out: string[] = [];
        for (let k = 0; k < n; k++) {
          const r = rand();
          if (r < 0.22) out.push(pick(myTopic.length ? myTopic : topic));
          else if (r < 0.28) out.push(pick(myCast));
          else if (r < 0.31) out.push(pick(places));
          else if (r < 0.6) out.push(pick(FUNCTION));
          else out.push(pick(common));
        }
        return cap(out.join(' ')) + '.';
      };
      const headline = cap([pick(myTopic.length ? myTopic : topic), pick(places), pick(common), pick(myTopic.length ? myTopic : topic)].join(' '));
      let text = headline + '\n\n';
      while (text.length < chars) {
        const paragraph = Array.from({ length: int(2, 4) }, sentence).join(' ');
        text += paragraph + '\n\n';
      }
      const date = new Date((day + int(0, 2)) * 86_400_000).toISOString().slice(0, 10);
      articles.push({ id: `g${articles.length}`, text: text.trimEnd(), publishedAt: date, source: pick(OUTLETS) });
      story.push(s);
    }
    s++;
  }
  // Shuffle so a story's articles are not neighbours in the batch.
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const shuffled = order.map((i, k) => ({ ...articles[i]!, id: `g${k}` }));
  const storyOf = order.map((i) => story[i]!);
  const byStory = new Map<number, number[]>();
  storyOf.forEach((st, k) => { const list = byStory.get(st); if (list) list.push(k); else byStory.set(st, [k]); });
  const groups = [...byStory.values()].sort((x, y) => x[0]! - y[0]!);
  return { articles: shuffled, story: storyOf, groups };
}
