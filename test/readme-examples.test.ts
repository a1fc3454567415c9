/**
 * The examples in README.md run here, as written, with `newslint` imports
 * pointed at the sources. The editorial-test example registers its tests in this file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..');
const doc = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = new Map([...doc.matchAll(/```ts example=([\w-]+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]));
const outDir = join(import.meta.dirname, '.artifacts', 'readme');
mkdirSync(outDir, { recursive: true });

const SUBPATHS: Record<string, string> = { newslint: 'src/index.ts', 'newslint/vitest': 'src/vitest.ts', 'newslint/testing': 'src/testing.ts', 'newslint/config': 'src/config/index.ts' };

/** Write the example with package imports resolved to the sources; returns its URL. */
function materialise(name: string): string {
  const code = blocks.get(name);
  if (!code) throw new Error(`README.md has no example "${name}"`);
  const rewritten = code.replace(/(from |import )'(newslint(?:\/[a-z]+)?)'/g, (all, kw: string, spec: string) => (SUBPATHS[spec] ? `${kw}'${pathToFileURL(join(root, SUBPATHS[spec])).href}'` : all));
  const file = join(outDir, `${name}.ts`);
  writeFileSync(file, rewritten);
  return pathToFileURL(file).href;
}

async function runLogged(name: string): Promise<string[]> {
  const logs: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    logs.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  });
  try {
    await import(/* @vite-ignore */ materialise(name));
  } finally {
    spy.mockRestore();
  }
  return logs;
}

describe('README.md examples', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has the four sections with an example each', () => {
    for (const h of ['## Import it in a newsroom tool', '## Pipelines', '## Editorial unit tests', '## House rules']) expect(doc).toContain(h);
    expect([...blocks.keys()].sort()).toEqual(['editorial-test', 'house-rules', 'newsroom-tool', 'pipeline']);
  });

  it('newsroom tool', async () => {
    const logs = await runLogged('newsroom-tool');
    expect(logs[0]).toMatch(/attribution\/vague-source: Critics say/);
    expect(logs[1]).toContain('### budget-2025-03-14');
  });

  it('pipeline', async () => {
    const logs = await runLogged('pipeline');
    expect(logs.map((l) => JSON.parse(l).id)).toEqual(['wire-1', 'wire-2']);
  });

  it('house rules', async () => {
    const logs = await runLogged('house-rules');
    for (const id of ['house/plain-words', 'house/no-slammed', 'house/define-acronyms', 'house/intensifiers']) expect(logs[0]).toContain(id);
  });
});

// The editorial unit test example: its describe/it blocks become tests of this file.
await import(/* @vite-ignore */ materialise('editorial-test'));
