/**
 * House rules: each of Vale's kinds compiled to an ordinary rule, checked with the
 * RuleTester a newsroom would use; RE2 keeps a catastrophic pattern linear.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/config/linter.js';
import { compileHouseRule } from '../src/house/compile.js';
import { compilePattern } from '../src/house/regex.js';
import type { HouseRuleInput } from '../src/house/schema.js';
import { RuleTester } from '../src/testing.js';

const tester = new RuleTester({ describe, it });

const existence: HouseRuleInput = { name: 'no-slammed', kind: 'existence', category: 'sensational', tokens: ['slammed', 'blasted', 'lashed out'], message: 'Say what was said instead of "{match}".' };
tester.run(existence, {
  flagged: [
    { text: 'The union slammed the offer as an insult to nurses.', flag: 'slammed' },
    { text: 'Opposition leaders blasted the budget on Thursday.', flag: 'blasted' },
    { text: 'The coach lashed out at referees after the defeat in Porto.', flag: 'lashed out' },
    'Farmers SLAMMED the new water charges.',
    'He blasted and slammed the plan in one breath.',
  ],
  fine: [
    'The union rejected the offer, calling it "an insult to nurses".',
    'The door slammedly shut is not a word we use.',
    'Engineers blast-tested the tunnel walls before opening.',
    'Opposition leaders criticised the budget on Thursday.',
    'The coach criticised referees after the defeat in Porto.',
  ],
});

const substitution: HouseRuleInput = { name: 'plain-words', kind: 'substitution', swap: { utilise: 'use', utilize: 'use', 'in order to': 'to', 'prior to': 'before', 'commence[sd]?': 'start' } };
tester.run(substitution, {
  flagged: [
    { text: 'The ministry will utilise drones to map the floods.', flag: 'utilise' },
    { text: 'Crews worked overnight in order to reopen the bridge.', flag: 'in order to' },
    { text: 'Prior to the vote, the chamber observed a minute of silence.', flag: 'Prior to' },
    { text: 'Construction commenced in March in Gdansk.', flag: 'commenced' },
    'Hospitals utilize the new triage system.',
  ],
  fine: [
    'The ministry will use drones to map the floods.',
    'Crews worked overnight to reopen the bridge.',
    'Before the vote, the chamber observed a minute of silence.',
    'Construction started in March in Gdansk.',
    'The utilities regulator opened an inquiry.',
  ],
});

const occurrence: HouseRuleInput = { name: 'reportedly-limit', kind: 'occurrence', tokens: ['reportedly', 'allegedly'], max: 1, message: '"{match}" used {count} times; name the source once instead.' };
tester.run(occurrence, {
  flagged: [
    { text: 'The mayor reportedly met the developer. The developer reportedly paid for dinner.', flag: 'reportedly paid' },
    'The firm allegedly hid losses and allegedly misled auditors.',
    'He reportedly resigned; she allegedly stayed; they reportedly left.',
    'Reportedly, talks stalled. Allegedly, a deal was near.',
    'The striker reportedly asked for a transfer and reportedly turned down a new contract.',
  ],
  fine: [
    'The mayor reportedly met the developer in Lyon.',
    'The developer paid for dinner, according to receipts seen by the paper.',
    'The firm hid losses, auditors said in a filing on Tuesday.',
    'Talks stalled on Friday, two negotiators said.',
    'The striker asked for a transfer, his agent confirmed.',
  ],
});

const minimum: HouseRuleInput = { name: 'needs-dateline', kind: 'occurrence', patterns: ['\\b(?:said|says|told)\\b'], min: 1, message: 'No attribution verb at all in this article.' };
tester.run(minimum, {
  flagged: ['Tax plan\n\nThe plan will raise rates for large firms next year.'],
  fine: ['Tax plan\n\nThe plan will raise rates for large firms next year, the treasurer said.'],
});

const conditional: HouseRuleInput = { name: 'define-acronyms', kind: 'conditional', first: '\\b([A-Z]{3,5})\\b', second: '\\(([A-Z]{3,5})\\)', matchCase: true, exceptions: ['NATO', 'BBC'] };
tester.run(conditional, {
  flagged: [
    { text: 'The IAEA sent inspectors to the plant on Monday.', flag: 'IAEA' },
    { text: 'The World Health Organization (WHO) met the ECDC on Friday.', flag: 'ECDC' },
    'Officials at the FAA grounded the jets.',
    'The OECD cut its forecast.',
    'A UNHCR spokesperson said camps were full.',
  ],
  fine: [
    'The International Atomic Energy Agency (IAEA) sent inspectors. The IAEA said the plant was safe.',
    'NATO ministers met in Brussels.',
    'The BBC reported the story first.',
    'The Federal Aviation Administration (FAA) grounded the jets; the FAA gave no date.',
    'The forecast was cut by the organisation on Tuesday.',
  ],
});

const conditionalPlain: HouseRuleInput = { name: 'poll-margin', kind: 'conditional', first: '\\bpoll\\b', second: 'margin of error', message: 'A poll is cited without its margin of error.' };
tester.run(conditionalPlain, {
  flagged: [{ text: 'A new poll puts the governor eight points ahead.', flag: 'poll' }],
  fine: ['A new poll puts the governor eight points ahead, with a margin of error of three points.', 'The governor leads by eight points.'],
});

const sequence: HouseRuleInput = { name: 'very-adjective', kind: 'sequence', sequences: ['very|really|extremely [ADJ]'], category: 'sensational', severity: 'info', message: 'Cut the intensifier: "{match}".' };
tester.run(sequence, {
  flagged: [
    { text: 'The storm was very dangerous for fishing boats.', flag: 'very dangerous' },
    'Officials said the situation was extremely serious.',
    'The rescue was really difficult in the dark.',
    'Prices remain very high in the capital.',
    'The new bridge looks very modern.',
  ],
  fine: [
    'The storm was dangerous for fishing boats.',
    'Officials said the situation was serious.',
    'The rescue took six hours in the dark.',
    'Prices rose 4% in the capital.',
    'The very idea was rejected.',
  ],
});

describe('house rules are ordinary rules', () => {
  it('ids are house/<name>; the config turns them off or changes their severity', () => {
    const house = [existence];
    const text = 'The union slammed the offer.';
    const on = createLinter({ house }).analyze({ id: 'a', text }).flags.filter((f) => f.ruleId === 'house/no-slammed');
    expect(on).toMatchObject([{ text: 'slammed', category: 'sensational', severity: 'warning', message: 'Say what was said instead of "slammed".' }]);
    expect(createLinter({ house, rules: { 'house/no-slammed': 'off' } }).analyze({ id: 'a', text }).flags.some((f) => f.ruleId === 'house/no-slammed')).toBe(false);
    expect(createLinter({ house, rules: { 'house/no-slammed': 'error' } }).analyze({ id: 'a', text }).flags.find((f) => f.ruleId === 'house/no-slammed')?.severity).toBe('error');
  });

  it('spans are exact UTF-16 offsets, also after astral characters', () => {
    const rule = compileHouseRule({ name: 'x', kind: 'existence', tokens: ['slammed'] });
    const text = '🎉🎉 The union slammed the offer — ünïcode 𝒳 slammed.';
    const flags = createLinter({}, { rules: [rule] }).analyze({ id: 'a', text }).flags;
    expect(flags).toHaveLength(2);
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe('slammed');
  });

  it('a house rule may not take the id of a built-in rule or repeat a name', () => {
    expect(() => createLinter({ house: [existence, existence] })).toThrow(/house\[1\]\.name duplicates/);
  });

  it('the RuleTester reports failures without a test runner', () => {
    const failures = new RuleTester().check(existence, { flagged: ['Nothing to see here.'], fine: ['The union slammed the offer.'] });
    expect(failures.map((f) => f.kind)).toEqual(['flagged', 'fine']);
    expect(failures[1]!.problem).toMatch(/»slammed«/);
  });
});

describe('patterns run in linear time (RE2)', () => {
  it('(a+)+$ on a long input returns fast', () => {
    const p = compilePattern('(a+)+$', true);
    const input = `${'a'.repeat(100_000)}!`;
    const t0 = performance.now();
    expect(p.all(input)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('a catastrophic house rule does not hang analysis', () => {
    const rule = compileHouseRule({ name: 'evil', kind: 'existence', patterns: ['(x+x+)+y', '(a|aa)+$'] });
    const text = `Headline\n\n${'x'.repeat(20_000)} ${'a'.repeat(20_000)}b.`;
    const t0 = performance.now();
    const report = createLinter({}, { rules: [rule] }).analyze({ id: 'a', text });
    expect(report.flags).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('backreferences and lookarounds (not linear-time) are rejected with the field named', () => {
    expect(() => compileHouseRule({ name: 'bad', kind: 'existence', patterns: ['(a)\\1'] }, 'house[0]')).toThrow(/house\[0\]\.patterns is not a valid RE2 pattern/);
  });
});
