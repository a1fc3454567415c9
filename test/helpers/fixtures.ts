/** The articles under test/fixtures/stories, with the date and outlet their manifest gives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'fixtures', 'stories');

export interface StoryFixture { file: string; story: string; publishedAt: string; source: string }

export const storyManifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as StoryFixture[];

/** One fixture as an article body for testRule's story examples: text, date and outlet. */
export function storyArticle(file: string): { text: string; publishedAt: string; source: string } {
  const entry = storyManifest.find((m) => m.file === file);
  if (!entry) throw new Error(`no fixture ${file} in test/fixtures/stories/manifest.json`);
  return { text: readFileSync(join(dir, file), 'utf8'), publishedAt: entry.publishedAt, source: entry.source };
}
