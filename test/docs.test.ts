/**
 * docs/rules.md is generated from the rules' meta; this keeps it from drifting. If it
 * fails after a rule changed or was added, run `npm run docs` and commit the result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { RULES_DOC_PATH, renderRulesDoc } from '../scripts/rules-doc.js';
import type { Rule } from '../src/engine/rule.js';

const docPath = join(import.meta.dirname, '..', RULES_DOC_PATH);

/** Where the file on disk first differs from a fresh rendering, to say what changed. */
function firstDifference(onDisk: string, fresh: string): string {
  const a = onDisk.split('\n');
  const b = fresh.split('\n');
  const i = a.findIndex((line, k) => line !== b[k]);
  const at = i < 0 ? a.length : i;
  return `First difference at line ${at + 1}:\n  on disk: ${a[at] ?? '(end of file)'}\n  from meta: ${b[at] ?? '(end of file)'}`;
}

describe('docs/rules.md', () => {
  it('is up to date with the rules\' meta (run `npm run docs` if not)', () => {
    const onDisk = readFileSync(docPath, 'utf8');
    const fresh = renderRulesDoc(builtinRules);
    expect(onDisk === fresh, `${RULES_DOC_PATH} is stale: run \`npm run docs\`. ${firstDifference(onDisk, fresh)}`).toBe(true);
  });

  it('lists every built-in rule in the table with a section of its own', () => {
    const doc = renderRulesDoc(builtinRules);
    for (const r of builtinRules) {
      expect(doc).toContain(`| [\`${r.meta.id}\`]`);
      expect(doc).toContain(`\n## ${r.meta.id}\n`);
    }
  });

  it('documents every rule with a flagged and a fine example', () => {
    const missing = builtinRules.filter((r) => !r.meta.examples.flagged.length || !r.meta.examples.fine.length).map((r) => r.meta.id);
    expect(missing).toEqual([]);
  });

  it('keeps table cells on one row and example markup escaped', () => {
    const fake: Rule<any> = {
      meta: {
        id: 'sensational/demo',
        category: 'sensational',
        severity: 'info',
        description: 'A | pipe\nand a line break.',
        why: 'Because *stars* and _underscores_ are text here.',
        examples: { flagged: [{ text: 'Headline\n\nThe *bold* claim.', flag: '*bold*' }], fine: [{ text: 'Plain [text].' }] },
      },
      check() {},
    };
    const doc = renderRulesDoc([fake]);
    expect(doc).toContain('| [`sensational/demo`](#sensationaldemo) | sensational | info | A \\| pipe and a line break. |');
    expect(doc).toContain('> The **\\*bold\\*** claim.');
    expect(doc).toContain('> Plain \\[text\\].');
  });
});
