import rule from '../../rules/factual-slip/dated-act.js';
import { testRule } from '../helpers/rule-tester.js';

// A passive whose agent is the government of a titled leader: dated before the leader governed.
testRule(rule, {
  flagged: [
    { text: 'The fishing quota was drawn up in 2012 by the government of Prime Minister Anthony Albanese.', flag: 'drawn up in 2012 by the government of Prime Minister Anthony Albanese' },
    { text: 'The port levy was adopted in 2008 by the administration of President Uhuru Kenyatta.', flag: 'adopted in 2008 by the administration of President Uhuru Kenyatta' },
    // Tonga's prime ministers are in the record from 2000.
    { text: 'The reef rules were drafted in 2011 by the government of Prime Minister Siaosi Sovaleni.', flag: 'drafted in 2011 by the government of Prime Minister Siaosi Sovaleni' },
  ],
  fine: [
    { text: 'The fishing quota was drawn up in 2023 by the government of Prime Minister Anthony Albanese.' },
    { text: 'The reef rules were drafted in 2011 by the government of Prime Minister Lord Tuʻivakanō.' },
    { text: 'The reef rules were drafted in 2016 by the government of Prime Minister Akilisi Pohiva.' },
    // After the term the government of a former leader is not judged for a plain act.
    { text: 'The port levy was adopted in 2024 by the administration of President Uhuru Kenyatta.' },
  ],
});
