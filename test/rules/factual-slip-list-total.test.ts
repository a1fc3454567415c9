/**
 * A total line under a list of counted rows: the rows must add up to it. Neighbours: rows that
 * add up; percentages; rows broken by prose; a list without a total line.
 */
import rule from '../../rules/factual-slip/list-total.js';
import { testRule } from '../helpers/rule-tester.js';

const lead = 'Quake damages schools in Van province\n\nTuesday\'s earthquake damaged schools in three districts, the provincial education office said on Wednesday.\n\nSCHOOLS DAMAGED (provincial education office)\n';

testRule(rule, {
  flagged: [
    { text: `${lead}• Ercis: 12\n• Muradiye: 7\n• Caldiran: 4\n• Total schools damaged: 21\n\nClasses resume on Monday in the other districts.`, flag: 'Total schools damaged: 21', message: /23/ },
    { text: `${lead}- Ercis — 1,200\n- Muradiye — 700\n- Total — 2,000\n\nClasses resume on Monday in the other districts.`, flag: 'Total — 2,000' },
  ],
  fine: [
    { text: `${lead}• Ercis: 12\n• Muradiye: 7\n• Caldiran: 4\n• Total schools damaged: 23\n\nClasses resume on Monday in the other districts.` },
    { text: `${lead}- Ercis — 1,200\n- Muradiye — 800\n- Total — 2,000\n\nClasses resume on Monday in the other districts.` },
    // Shares are rounded: not read.
    { text: `${lead}• Ercis: 33%\n• Muradiye: 33%\n• Caldiran: 33%\n• Total: 100%\n\nClasses resume on Monday in the other districts.` },
    // A prose paragraph breaks the list.
    { text: `${lead}• Ercis: 12\n\nThe figures for Muradiye are not yet in.\n\n• Total so far: 30\n\nClasses resume on Monday in the other districts.` },
    { text: `${lead}• Ercis: 12\n• Muradiye: 7\n• Caldiran: 4\n\nClasses resume on Monday in the other districts.` },
  ],
});
