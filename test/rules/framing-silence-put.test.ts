import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// Brush-offs after a denial in newer shapes: a prepared text read out or repeated in place
// of an answer; a question put to the party in one sentence and its silence in the next; a
// refused interview about the very matter others allege ("the patients the families say
// were sent home"). Each counts only after the same party's denial, on the same matter.
testRule(rule, {
  flagged: [
    {
      text: 'The port authority denied that it had waived berthing fees for two shipping lines. Asked how many vessels had docked without paying berthing fees in March, the authority\'s spokeswoman repeated the statement it had issued on Friday.',
      flag: 'repeated the statement',
    },
    {
      text: 'The transport ministry denied that any road contract had been awarded without a tender. Asked which firms had received road contracts in June, the ministry\'s press officer read out the minister\'s statement again.',
      flag: 'read out the minister\'s statement again',
    },
    {
      text: 'Lakeside Dairies denied dumping whey into the river. "Our effluent is treated on site," its operations manager, Pieter Kruger, said on Wednesday.\n\nWhether the dairy\'s effluent pump runs at weekends, when the river inspectors do not visit, was put to Lakeside Dairies on Thursday. It had not replied by Friday evening.',
      flag: 'It had not replied by',
    },
    {
      text: 'The health authority denied that any patient had been turned away from the emergency unit. Its medical director would not be interviewed about the six patients the families say were sent home.',
      flag: 'would not be interviewed about the six patients',
    },
    {
      text: 'Ravens Athletic Club denied that any player had been paid in cash. Its chief executive declined to be interviewed about the cash payments the players say they received in envelopes after each match.',
      flag: 'declined to be interviewed',
    },
    {
      text: 'Norte Mining denied that its tailings dam had leaked into the Pilcomayo. Whether the dam\'s drainage pipes were inspected after the January rains was put to Norte Mining on Monday. It has yet to reply.',
      flag: 'It has yet to reply',
    },
  ],
  fine: [
    // No denial before the question put.
    { text: 'Whether the dairy\'s effluent pump runs at weekends was put to Lakeside Dairies on Thursday. It has yet to reply.' },
    // A denial of another matter, and the question shares nothing with it.
    { text: 'Lakeside Dairies denied dumping whey into the river. Whether the company plans to hire more drivers was put to it on Thursday. It has yet to reply.' },
    // A statement repeated with no denial before it.
    { text: 'Asked how many vessels had docked in March, the authority\'s spokeswoman repeated the statement it had issued on Friday.' },
    // A statement read out at a briefing is not a brush-off.
    { text: 'The port authority denied waiving berthing fees. At a briefing on Monday its chairman read out a statement announcing two new berths.' },
    // A refused interview on nothing anyone alleges.
    { text: 'The coach would not be interviewed before the final. The federation denied that the team had been fined.' },
    // Another party's lawyer, not the denier, refuses the interview.
    { text: 'The health board denied that any patient had been turned away. The families\' lawyer would not be interviewed about the six patients the board says were treated.' },
  ],
});
