/**
 * Config files: lookup upward, every file format, zod errors that name the file and the
 * path inside it, presets, lexicon entries, per-source overrides, suppressions and
 * inline disable markers.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createLinter, findConfigFile, loadConfig, loadConfigFile } from '../src/config/index.js';
import { disabledRegions } from '../src/config/markers.js';
import { defineRule } from '../src/engine/rule.js';
import { PhraseIndex } from '../src/engine/phrases.js';
import { runCli } from './helpers/cli-run.js';

const root = mkdtempSync(join(tmpdir(), 'newslint-config-'));
function write(rel: string, content: string): string {
  const p = join(root, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

const VAGUE = 'Critics say the new tax plan will hurt small farms in Kerala.';
const vagueIds = (l: ReturnType<typeof createLinter>, text = VAGUE, source?: string) =>
  l.analyze({ id: 'a', text, source }).flags.filter((f) => f.ruleId === 'attribution/vague-source');

describe('finding and loading', () => {
  it('finds the nearest config upward from the working directory', () => {
    const top = write('proj/newslint.config.json', '{}');
    write('proj/desk/sub/article.txt', 'x');
    expect(findConfigFile(join(root, 'proj/desk/sub'))).toBe(top);
    const near = write('proj/desk/newslint.config.yaml', 'rules: {}\n');
    expect(findConfigFile(join(root, 'proj/desk/sub'))).toBe(near);
  });

  it('reads JSON, YAML, .mjs/.js and .ts configs', async () => {
    const json = await loadConfigFile(write('fmt/a/newslint.config.json', JSON.stringify({ failOn: 'warning' })));
    expect(json.config.failOn).toBe('warning');
    const yaml = await loadConfigFile(write('fmt/b/newslint.config.yml', 'failOn: info\nrules:\n  attribution/vague-source: off\n'));
    expect(yaml.config.rules['attribution/vague-source']).toBe('off');
    const mjs = await loadConfigFile(write('fmt/c/newslint.config.mjs', "export default { extends: 'strict' };\n"));
    expect(mjs.config.extends).toBe('strict');
    const ts = await loadConfigFile(write('fmt/d/newslint.config.ts', "const severity: 'info' = 'info';\nexport default { rules: { 'attribution/vague-source': severity } };\n"));
    expect(ts.config.rules['attribution/vague-source']).toBe('info');
  });

  it('--config PATH wins over lookup; none found is no config', async () => {
    const p = write('explicit/custom.yaml', 'failOn: error\n');
    expect((await loadConfig({ configPath: p, cwd: join(root, 'proj') }))?.path).toBe(p);
    expect(await loadConfig({ cwd: '/' })).toBeUndefined();
  });
});

describe('errors name the file, the path inside it and the problem', () => {
  const fails = async (name: string, content: string, pattern: RegExp) => {
    const p = write(`bad/${name}`, content);
    await expect(loadConfigFile(p)).rejects.toThrow(pattern);
    await expect(loadConfigFile(p)).rejects.toThrow(p);
  };
  it('a bad severity', () => fails('sev.json', JSON.stringify({ rules: { 'attribution/vague-source': 'loud' } }), /rules\.attribution\/vague-source/));
  it('an unknown key', () => fails('key.yaml', 'rulez: {}\n', /has unknown key\(s\) "rulez"/));
  it('a bad preset', () => fails('preset.json', JSON.stringify({ extends: 'lenient' }), /extends/));
  it('a bad house rule field', () => fails('house.yaml', 'house:\n  - name: x\n    kind: occurrence\n    tokens: [very]\n', /house\[0\]\.max needs "max" or "min"/));
  it('a bad regex in a house rule', () => fails('re.json', JSON.stringify({ house: [{ name: 'x', kind: 'existence', patterns: ['(unclosed'] }] }), /house\[0\]\.patterns is not a valid RE2 pattern/));
  it('invalid YAML', () => fails('syntax.yaml', 'rules: [\n', /is not valid YAML/));
  it('a house rule file with a bad entry names that file', async () => {
    write('bad2/house-rules.yaml', '- name: ok\n  kind: existence\n  tokens: [slammed]\n- name: Bad Name\n  kind: existence\n  tokens: [x]\n');
    const p = write('bad2/newslint.config.json', JSON.stringify({ house: ['house-rules.yaml'] }));
    await expect(loadConfigFile(p)).rejects.toThrow(/house-rules\.yaml: \[1\]\.name must be lower-case/);
  });

  it('an unknown rule id, with a suggestion', () => {
    expect(() => createLinter({ rules: { 'vague-source': 'off' } })).toThrow(/rules\.vague-source names an unknown rule "vague-source" \(did you mean "attribution\/vague-source"\?\)/);
    expect(() => createLinter({ suppressions: [{ rule: 'nope/none', text: 'x' }] })).toThrow(/suppressions\[0\]\.rule/);
  });
});

describe('rule settings and presets', () => {
  it('off, severity and options', () => {
    expect(vagueIds(createLinter({ rules: { 'attribution/vague-source': 'off' } }))).toHaveLength(0);
    expect(vagueIds(createLinter({ rules: { 'attribution/vague-source': 'error' } }))[0]?.severity).toBe('error');
  });

  it('recommended keeps the defaults; strict raises info rules to warning', () => {
    const info = defineRule({
      meta: { id: 'framing/test-weak', category: 'framing', severity: 'info', description: 'test rule', why: 'test rule', examples: { flagged: [], fine: [] } },
      check({ doc, report }) {
        report({ span: { start: 0, end: Math.min(5, doc.text.length) }, message: 'weak' });
      },
    });
    const sev = (extendsWith: 'recommended' | 'strict') => createLinter({ extends: extendsWith }, { rules: [info] }).analyze({ id: 'a', text: 'Some text here.' }).flags[0]!.severity;
    expect(sev('recommended')).toBe('info');
    expect(sev('strict')).toBe('warning');
    // The config's own rules win over the preset.
    expect(createLinter({ extends: 'strict', rules: { 'framing/test-weak': 'info' } }, { rules: [info] }).analyze({ id: 'a', text: 'Some text here.' }).flags[0]!.severity).toBe('info');
  });
});

describe('extra lexicon entries', () => {
  // A rule that reads its lexicon from options, as lexicon rules do.
  const hype = defineRule<{ lexicon: { pattern: string; message?: string }[] }>({
    meta: {
      id: 'sensational/test-hype',
      category: 'sensational',
      severity: 'info',
      description: 'test lexicon rule',
      why: 'test lexicon rule',
      examples: { flagged: [], fine: [] },
      options: z.object({ lexicon: z.array(z.object({ pattern: z.string(), message: z.string().optional() })).default([]) }),
    },
    check({ doc, options, report }) {
      const index = new PhraseIndex([['bombshell', 'hype'], ...options.lexicon.map((e) => [e.pattern, e.message ?? 'house hype'] as [string, string])]);
      for (const m of index.matchDocument(doc)) report({ span: m.span, message: m.entry });
    },
  });
  const text = 'The bombshell report shows the council dropped the ball on housing.';

  it('reach the rule as options.lexicon', () => {
    const base = createLinter({}, { rules: [hype] }).analyze({ id: 'a', text }).flags.map((f) => f.text);
    expect(base).toEqual(['bombshell']);
    const more = createLinter({ lexicon: { 'sensational/test-hype': ['drop the ball', { pattern: 'council', message: 'custom' }] } }, { rules: [hype] }).analyze({ id: 'a', text }).flags;
    expect(more.map((f) => [f.text, f.message])).toEqual([['bombshell', 'hype'], ['council', 'custom'], ['dropped the ball', 'house hype']]);
  });

  it('a rule without a lexicon option says so', () => {
    const noLex = defineRule({ ...hype, meta: { ...hype.meta, id: 'sensational/test-nolex', options: z.object({ level: z.number().default(1) }) } } as never);
    expect(() => createLinter({ lexicon: { 'sensational/test-nolex': ['x'] } }, { rules: [noLex] })).toThrow(/lexicon\.sensational\/test-nolex .*does not take extra lexicon entries/);
  });
});

describe('per-source overrides', () => {
  it('set a rule off or to another severity for matching sources only', () => {
    const l = createLinter({ overrides: [{ sources: ['Opinion *'], rules: { 'attribution/vague-source': 'off' } }, { sources: ['wire'], rules: { 'attribution/vague-source': 'error' } }] });
    expect(vagueIds(l, VAGUE, 'Opinion Desk')).toHaveLength(0);
    expect(vagueIds(l, VAGUE, 'WIRE')[0]?.severity).toBe('error');
    expect(vagueIds(l, VAGUE, 'Metro')[0]?.severity).toBe('warning');
  });

  it('turn on, for some sources, a rule that is off elsewhere', () => {
    const l = createLinter({ rules: { 'attribution/vague-source': 'off' }, overrides: [{ sources: ['Wire'], rules: { 'attribution/vague-source': 'warning' } }] });
    expect(vagueIds(l, VAGUE, 'Wire')).toHaveLength(1);
    expect(vagueIds(l, VAGUE, 'Metro')).toHaveLength(0);
  });

  it('recompute the score from the flags that remain', () => {
    const l = createLinter({ overrides: [{ sources: ['Opinion'], rules: { 'attribution/vague-source': 'off' } }] });
    const off = l.analyze({ id: 'a', text: VAGUE, source: 'Opinion' });
    const on = l.analyze({ id: 'a', text: VAGUE, source: 'Metro' });
    expect(off.signals.attribution!.flags).toBe(on.signals.attribution!.flags - 1);
    expect(off.score).toBeGreaterThan(on.score);
  });
});

describe('suppressions', () => {
  it('acknowledge a flag by rule and text (case and spacing ignored), optionally in one article', () => {
    const all = createLinter({ suppressions: [{ rule: 'attribution/vague-source', text: 'critics   SAY', reason: 'named in para 3' }] });
    expect(vagueIds(all)).toHaveLength(0);
    const one = createLinter({ suppressions: [{ rule: 'attribution/vague-source', text: 'Critics say', article: 'other' }] });
    expect(vagueIds(one)).toHaveLength(1);
    const otherRule = createLinter({ suppressions: [{ rule: 'attribution/vague-source', text: 'Critics' }] });
    expect(vagueIds(otherRule)).toHaveLength(1);
  });
});

describe('inline disable markers', () => {
  const md = [
    'Tax plan draws fire',
    '',
    'Critics say the plan will hurt farms.',
    '<!-- newslint-disable attribution/vague-source -->',
    'Critics say the plan is late.',
    '<!-- newslint-enable -->',
    'Critics say the plan is costly.',
    '<!-- newslint-disable -->',
    'Critics say it will fail.',
  ].join('\n');

  it('drop flags inside a disabled region, for the rules named or for all', () => {
    const flags = vagueIds(createLinter(), md);
    const lines = flags.map((f) => md.slice(0, f.start).split('\n').length);
    expect(lines).toEqual([3, 7]);
  });

  it('regions run from the end of the disable marker to the enable marker', () => {
    const text = 'a <!-- newslint-disable x, y --> b <!-- newslint-enable y --> c';
    const r = disabledRegions(text);
    const from = text.indexOf(' b ');
    const to = text.indexOf('<!-- newslint-enable');
    expect(r.map((x) => [x.start, x.end, [...(x.rules ?? [])]])).toEqual([
      [from, to, ['y']],
      [from, text.length, ['x']],
    ]);
  });
});

describe('the CLI reads the config', () => {
  it('found upward from the working directory, with failOn and house rules from a YAML file', async () => {
    const dir = join(root, 'newsroom');
    write('newsroom/newslint.config.yaml', 'failOn: warning\nhouse:\n  - style/house.yaml\n');
    write('newsroom/style/house.yaml', '- name: no-slammed\n  kind: existence\n  tokens: [slammed]\n  category: sensational\n  message: Say "criticised" instead of "{match}".\n');
    const article = write('newsroom/stories/today.txt', 'Budget vote\n\nThe minister slammed the budget on Monday, her office said.\n');
    const r = await runCli(['check', article, '--format', 'json'], { cwd: join(dir, 'stories') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const flags = JSON.parse(r.stdout).articles[0].flags;
    expect(flags.find((f: { ruleId: string }) => f.ruleId === 'house/no-slammed')).toMatchObject({ text: 'slammed', message: 'Say "criticised" instead of "slammed".' });
    // --no-config ignores it.
    const plain = await runCli(['check', article, '--format', 'json', '--no-config'], { cwd: join(dir, 'stories') });
    expect(JSON.parse(plain.stdout).articles[0].flags.some((f: { ruleId: string }) => f.ruleId === 'house/no-slammed')).toBe(false);
  });
});
