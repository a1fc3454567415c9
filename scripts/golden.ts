/**
 * A golden listing for reviewing a change: every flag newslint gives on the seeds, each
 * held-out set and the story fixtures, one sorted line per flag. Run it before and after a
 * change (in two checkouts, or with the change stashed as a patch) and `diff` the outputs:
 * the lines that moved are what the change did to real text.
 *
 *   npx tsx scripts/golden.ts > /tmp/after.txt
 *   npx tsx scripts/golden.ts heldout20 stories > /tmp/part.txt   (only some sets)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAll } from '../src/analyze.js';
import type { ArticleInput } from '../src/schema.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures');

interface Batch { set: string; articles: ArticleInput[] }

function seeds(): Batch[] {
  const notes = JSON.parse(readFileSync(join(root, 'seeds', 'annotations.json'), 'utf8')) as {
    articles: { id: string; file: string; source: string | null; publishedAt: string | null }[];
  };
  const articles = notes.articles.map((a) => ({ id: a.id, text: readFileSync(join(root, 'seeds', a.file), 'utf8'), publishedAt: a.publishedAt, source: a.source }));
  return [{ set: 'seeds', articles }];
}

/** A held-out set: each story (or lone article) is its own batch, as the held-out test runs it. */
function heldout(name: string): Batch[] {
  const dir = join(fixtures, name);
  const key = JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8')) as { files: Record<string, { publishedAt: string; source?: string; story?: string }> };
  const groups = new Map<string, ArticleInput[]>();
  for (const [file, f] of Object.entries(key.files)) {
    const story = f.story ?? file;
    const article = { id: file, text: readFileSync(join(dir, file), 'utf8'), publishedAt: f.publishedAt, source: f.source ?? null };
    groups.set(story, [...(groups.get(story) ?? []), article]);
  }
  return [...groups.values()].map((articles) => ({ set: name, articles }));
}

function stories(): Batch[] {
  const dir = join(fixtures, 'stories');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; story: string; publishedAt: string; source: string }[];
  const groups = new Map<string, ArticleInput[]>();
  for (const m of manifest) groups.set(m.story, [...(groups.get(m.story) ?? []), { id: m.file, text: readFileSync(join(dir, m.file), 'utf8'), publishedAt: m.publishedAt, source: m.source }]);
  return [...groups.values()].map((articles) => ({ set: 'stories', articles }));
}

// A set still being written has no key yet: it is not listed until it has one.
const heldoutNames = readdirSync(fixtures).filter((d) => /^heldout\d*$/.test(d) && existsSync(join(fixtures, d, 'key.json')));
const wanted = process.argv.slice(2);
const pick = (set: string) => wanted.length === 0 || wanted.includes(set);
const batches = [...(pick('seeds') ? seeds() : []), ...heldoutNames.filter(pick).flatMap(heldout), ...(pick('stories') ? stories() : [])];

const lines: string[] = [];
for (const { set, articles } of batches) {
  for (const report of analyzeAll(articles, { cluster: 'all' }).articles) {
    for (const f of report.flags) {
      const related = f.related.map((r) => `${r.articleId}@${r.start}`).join(',');
      lines.push(`${set}/${report.id}\t${f.ruleId}\t${f.severity}\t${f.start}-${f.end}\t${JSON.stringify(f.text.slice(0, 80))}${related ? `\t-> ${related}` : ''}`);
    }
  }
}
process.stdout.write(lines.sort().join('\n') + '\n');
