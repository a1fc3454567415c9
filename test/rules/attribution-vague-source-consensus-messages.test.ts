import rule from '../../rules/attribution/vague-source.js';
import { testRule } from '../helpers/rule-tester.js';

// A near-consensus put as a negated quantifier ("Few in the industry doubt that"), and
// claims carried only by messages passed around in chat groups.
testRule(rule, {
  flagged: [
    { text: 'Few in the timber business doubt that some of the felled teak is sold across the border.', flag: 'Few in the timber business doubt that' },
    { text: 'Few economists seriously dispute that the new levy will push up bread prices.', flag: 'Few economists seriously dispute that' },
    { text: 'The dam gates were opened without warning, according to audio messages forwarded in villagers\' Telegram groups.', flag: 'according to audio messages forwarded' },
    { text: 'Posts shared across neighbourhood Facebook groups blamed the outage on a fire at the substation.', flag: 'Posts shared across neighbourhood Facebook groups' },
  ],
  fine: [
    { text: 'Few in the timber business had heard of the company before the raid.' },
    { text: 'The few who doubt that the levy will push up prices work for the mills.' },
    { text: 'The dam gates were opened without warning, the water authority said on Monday.' },
    { text: 'The utility posted messages on its own website warning of the outage.' },
  ],
});
