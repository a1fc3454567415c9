import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { defineRule } from '../src/engine/rule.js';
import { score } from '../src/engine/score.js';
import type { Flag } from '../src/schema.js';

const text = 'Windy Valley Gazette\n\nBridge Reopens After Repairs\n\nThe Elm Street bridge reopened on Monday after six months of repairs, the city said.';

const everyWord = defineRule({
  meta: {
    id: 'attribution/test-every-sentence', category: 'attribution', severity: 'warning',
    description: 'flags every sentence (test rule)', why: 'exercises the engine', examples: { flagged: [], fine: [] },
  },
  check({ doc, report }) {
    for (const s of doc.sentences) report({ span: s, message: 'sentence' });
    // Chrome is not story: a report there is dropped by the engine.
    for (const c of doc.chrome) report({ span: c, message: 'chrome' });
  },
});

const throwing = defineRule({
  meta: { id: 'framing/test-throws', category: 'framing', severity: 'error', description: 'always throws (test rule)', why: 'isolation', examples: { flagged: [], fine: [] } },
  check() {
    throw new Error('boom');
  },
});

const badSpan = defineRule({
  meta: { id: 'framing/test-bad-span', category: 'framing', severity: 'error', description: 'reports past the end (test rule)', why: 'span checks', examples: { flagged: [], fine: [] } },
  check({ doc, report }) {
    report({ span: { start: 0, end: doc.text.length + 5 }, message: 'x' });
  },
});

describe('engine', () => {
  it('runs the other rules when one throws, and reports the failure as a diagnostic', () => {
    const r = analyze({ id: 'a', text }, { rules: [throwing, everyWord, badSpan] });
    expect(r.flags.map((f) => f.text)).toEqual(['Bridge Reopens After Repairs', 'The Elm Street bridge reopened on Monday after six months of repairs, the city said.']);
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual(['framing/test-throws', 'framing/test-bad-span']);
    expect(r.diagnostics[0]!.message).toContain('boom');
  });

  it('never reports inside page chrome', () => {
    const r = analyze({ id: 'a', text }, { rules: [everyWord] });
    expect(r.flags.some((f) => f.text.includes('Gazette'))).toBe(false);
  });

  it('applies config: off, and a severity override', () => {
    expect(analyze({ id: 'a', text }, { rules: [everyWord], config: { rules: { 'attribution/test-every-sentence': 'off' } } }).flags).toEqual([]);
    const r = analyze({ id: 'a', text }, { rules: [everyWord], config: { rules: { 'attribution/test-every-sentence': 'error' } } });
    expect(r.flags.every((f) => f.severity === 'error')).toBe(true);
  });

  it('scores 100 minus capped penalties per category', () => {
    const f = (category: Flag['category'], severity: Flag['severity']): Flag => ({ ruleId: 'x/y', category, severity, message: '', start: 0, end: 1, text: 'a', related: [] });
    expect(score([]).score).toBe(100);
    expect(score([f('attribution', 'warning'), f('framing', 'error'), f('sensational', 'info')]).score).toBe(100 - 4 - 10 - 1);
    const many = Array.from({ length: 10 }, () => f('sensational', 'error'));
    const s = score(many);
    expect(s.signals.sensational).toEqual({ flags: 10, penalty: 40 });
    expect(s.score).toBe(60);
  });
});
