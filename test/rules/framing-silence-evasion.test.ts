import rule from '../../rules/framing/silence-contradiction.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// A denial, then the same actor evading the follow-up question on that matter.
testRule(rule, {
  flagged: [
    {
      text: 'Harbour Foods has denied that it used expired chicken in its frozen meals. "Every batch is tested before it leaves the plant," a spokesperson said.\n\nThe company sidestepped questions about the expired chicken found by inspectors in its Leeds warehouse.',
      flag: 'The company sidestepped questions about the expired chicken',
    },
    {
      text: 'The Ministry of Health in Lima denied that any hospital had run out of oxygen during the outbreak. The ministry has yet to explain how oxygen deliveries to the Cusco hospital stopped for two days.',
      flag: 'The ministry has yet to explain how oxygen deliveries',
    },
    {
      text: 'Tamarack Mining rejected claims that it had polluted the Okavango tributary. Tamarack Mining offered no explanation of why the tributary turned orange below its tailings dam.',
      flag: 'Tamarack Mining offered no explanation',
    },
    {
      text: 'Atlas Rail denied that its drivers had been told to skip safety checks.\n\nAsked whether managers had ordered drivers to skip the brake checks, the operator sent a short statement that did not address the question.',
      flag: 'the operator sent a short statement that did not address',
    },
    {
      text: 'Nordvik Energy has denied that gas leaked from its Hammerfest terminal in March.\n\nNordvik Energy left unanswered a question about whether the gas leak had been reported to the safety authority.',
      flag: 'Nordvik Energy left unanswered a question about whether the gas leak',
    },
    {
      text: 'The Zambezi Water Authority, which supplies Livingstone, has denied that cholera was found in its reservoirs. It would not be drawn on when the reservoirs were last tested for cholera.',
      flag: 'It would not be drawn on when the reservoirs were last tested for cholera',
    },
  ],
  fine: [
    // Another matter, paragraphs later.
    { text: 'Harbour Foods has denied that it used expired chicken in its frozen meals.\n\nThe company opened a new plant in Wales last year.\n\nSales rose 4 per cent in the first half.\n\nThe company sidestepped questions about its plans for a stock market listing.' },
    // Another actor evades.
    { text: 'Harbour Foods has denied that it used expired chicken in its frozen meals. The Food Standards Agency has yet to explain how the expired chicken reached the shops.' },
    // No denial before it: a statement.
    { text: 'The Ministry of Health said oxygen deliveries to Cusco had resumed on Friday. The ministry has yet to explain why the deliveries stopped for two days.' },
    // The evasion comes before the denial.
    { text: 'The company sidestepped questions about the recall on Monday. On Tuesday Harbour Foods denied that any chicken had been contaminated.' },
    // Inside a quotation.
    { text: '"They dodged every question about the chicken," said Mark Evans of the Unite union in Leeds. Harbour Foods denied that it used expired chicken.' },
    // Two sentences on, and about something else.
    { text: 'Tamarack Mining denied that it had polluted the river near Maun. It said its water tests in April were clean. It has yet to explain why it closed its regional office.' },
    // A person denied; "the company" is someone else.
    { text: 'Anna Kowalski, the former finance director, denied that she had moved money offshore. She said her lawyers would respond. The company has yet to explain how the money left its accounts.' },
  ],
});

describe('framing/silence-contradiction follow-up severity', () => {
  const severities = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => f.severity);
  it('keeps an evasion that shares no word with the denial right before it at info', () => {
    expect(severities('Pacific Bunkers said on Monday that it "categorically denies" that any waste entered its fuel. The company has yet to explain where the blending components in the affected cargoes came from.')).toEqual(['info']);
  });
  it('warns when the question shares a word with the denial', () => {
    expect(severities('Pacific Bunkers denied that any waste entered its fuel. The company has yet to explain where the waste found in the samples came from.')).toEqual(['warning']);
  });
});
