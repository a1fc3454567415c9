import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A standfirst that states one side's cause ("A faulty boiler set off the blast") over a body
// where the other side names another cause as the likely one: a rival cause disputes it as a
// denial would.
const byline = 'By Marta Lindholm\nPublished: 2 February 2024, 09:15';

testRule(rule, {
  flagged: [
    {
      text: `Bakery blast leaves street without gas\n\nA faulty boiler set off the explosion that wrecked the bakery on Kauppakatu\n\n${byline}\n\nResidents of Kauppakatu in Tampere were still without gas on Friday after an explosion at a bakery on Wednesday night.\n\nThe bakery's owner said he had reported a noise from the boiler to the landlord in December. The landlord said in a statement that the boiler had been serviced in January and that a gas heater left on by the night shift was the likely cause.`,
      flag: 'A faulty boiler set off',
    },
  ],
  fine: [
    {
      // The rival is the same cause: the subject of "the likely cause" is the boiler itself.
      text: `Bakery blast leaves street without gas\n\nA faulty boiler set off the explosion that wrecked the bakery on Kauppakatu\n\n${byline}\n\nResidents of Kauppakatu in Tampere were still without gas on Friday after an explosion at a bakery on Wednesday night.\n\nThe fire service said in a statement that the bakery's old boiler was the likely cause.`,
    },
    {
      // A cause left open, with no other side: the ordinary state of a summary line.
      text: `Bakery blast leaves street without gas\n\nA faulty boiler set off the explosion that wrecked the bakery on Kauppakatu\n\n${byline}\n\nResidents of Kauppakatu in Tampere were still without gas on Friday after an explosion at a bakery on Wednesday night.\n\nThe fire service said the boiler was being examined.`,
    },
  ],
});
