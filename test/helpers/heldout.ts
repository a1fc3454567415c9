/**
 * The held-out sets (test/fixtures/heldout/ to heldout7/): eight to ten articles each, written for an editor's check of
 * rules tuned on the seeds, about other countries, people and dates, with a key of
 * planted problems and traps (key.json). Scored like the seeds: recall over required
 * plants, precision over flags at warning and above, hits on traps.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAll } from '../../src/analyze.js';
import type { ArticleInput, Flag } from '../../src/schema.js';
import { coversSides, overlaps, type Range } from './scoring.js';

interface Plant { text: string; category: string; need: 'required' | 'allowed'; why: string }
interface Trap { text: string; category: string; why: string }
interface Key {
  files: Record<string, { publishedAt: string; source?: string; story?: string; planted: Plant[]; traps: Trap[] }>;
  crossSource: { id: string; need: 'required' | 'allowed'; sides: Record<string, string[]>[]; why: string }[];
}

type Located = Flag & { file: string };

/** One held-out set: test/fixtures/<name>/ with its key.json. */
export function heldoutSet(name: string) {
  const dir = join(import.meta.dirname, '..', 'fixtures', name);
  const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as Key;
  const articles: ArticleInput[] = Object.entries(key.files).map(([file, f]) => ({
    id: file,
    text: readFileSync(join(dir, file), 'utf8'),
    publishedAt: f.publishedAt,
    source: f.source ?? null,
  }));
  const textOf = new Map(articles.map((a) => [a.id, a.text as string]));
  const anchor = (file: string, text: string): Range => {
    const start = textOf.get(file)!.indexOf(text);
    if (start < 0) throw new Error(`${name} anchor not found in ${file}: ${text}`);
    return { start, end: start + text.length };
  };
  return { key, articles, anchor, run: () => runSet(key, articles), score: (flags: Located[]) => scoreSet(key, anchor, flags) };
}

/** Single stories alone; each same-story pair in one batch, so the cross-source rules see it. */
function runSet(key: Key, articles: ArticleInput[]): Located[] {
  const groups = new Map<string, ArticleInput[]>();
  for (const a of articles) {
    const story = key.files[a.id]!.story ?? a.id;
    groups.set(story, [...(groups.get(story) ?? []), a]);
  }
  return [...groups.values()].flatMap((list) => analyzeAll(list, { cluster: 'all' }).articles.flatMap((r) => r.flags.map((f) => ({ ...f, file: r.id }))));
}

function scoreSet(key: Key, anchor: (file: string, text: string) => Range, flags: Located[]) {
  const describe = (f: Located) => `${f.file} ${f.ruleId} (${f.severity}) "${f.text.slice(0, 70)}"`;
  const plants = Object.entries(key.files).flatMap(([file, f]) => f.planted.map((p) => ({ file, ...p })));
  const hits = (p: (typeof plants)[number], f: Located) => f.file === p.file && f.category === p.category && overlaps(anchor(p.file, p.text), f);
  const crossHit = (c: Key['crossSource'][number], f: Located) =>
    f.category === 'cross-source' && coversSides([{ articleId: f.file, start: f.start, end: f.end }, ...f.related], c.sides, anchor);
  const required = plants.filter((p) => p.need === 'required');
  const missing = required.filter((p) => !flags.some((f) => hits(p, f))).map((p) => `${p.file} [${p.category}] ${p.text}`);
  const crossRequired = key.crossSource.filter((c) => c.need === 'required');
  const crossMissing = crossRequired.filter((c) => !flags.some((f) => crossHit(c, f))).map((c) => c.id);
  const serious = flags.filter((f) => f.severity !== 'info');
  const wrong = serious.filter((f) => !plants.some((p) => hits(p, f)) && !key.crossSource.some((c) => crossHit(c, f)));
  const traps = Object.entries(key.files).flatMap(([file, f]) =>
    f.traps.flatMap((t) => serious.filter((x) => x.file === file && x.category === t.category && overlaps(anchor(file, t.text), x)).map((x) => `${describe(x)} (trap: ${t.text})`)),
  );
  return {
    recall: { found: required.length - missing.length + crossRequired.length - crossMissing.length, total: required.length + crossRequired.length, missing: [...missing, ...crossMissing] },
    precision: { right: serious.length - wrong.length, total: serious.length, wrong: wrong.map(describe) },
    trapHits: traps,
  };
}
