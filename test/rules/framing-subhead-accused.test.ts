import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A subhead that states as fact a charge the section under it has only as an accusation
// ("they accuse some guards of ...") that is then rejected.
const top = 'Border villages set up night watches as cattle raids rise\n\nHerders in the hills above Kukës now guard their herds in shifts after a season of raids.\n\nThe regional police say 140 head of cattle were stolen in the district last year.\n\n';

testRule(rule, {
  flagged: [
    {
      text: `${top}Guards in the smugglers' pay\n\nHerders in three villages say the raiders knew in advance where the watches would be, and they accuse some border guards of passing on the patrol times to the smugglers. They have given no names.\n\nThe border police commander rejected the accusation. "Bring me a name and I will act," he said.`,
      flag: "Guards in the smugglers' pay",
    },
  ],
  fine: [
    {
      // The subhead attributes the charge.
      text: `${top}Herders say guards are in the smugglers' pay\n\nHerders in three villages say the raiders knew in advance where the watches would be, and they accuse some border guards of passing on the patrol times to the smugglers. They have given no names.\n\nThe border police commander rejected the accusation. "Bring me a name and I will act," he said.`,
    },
    {
      // A subhead that names the guards as a topic, not as wrongdoers.
      text: `${top}Guards stretched thin\n\nHerders in three villages say the raiders knew in advance where the watches would be, and they accuse some border guards of passing on the patrol times. They have given no names.\n\nThe border police commander rejected the accusation. "Bring me a name and I will act," he said.`,
    },
  ],
});
