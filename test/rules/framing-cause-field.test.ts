import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A fact-box line "Cause: ..." that states one side's account of the cause as fact, over a
// body that reports the other side denying it.
const head = 'Orchard growers count losses as irrigation canal runs dry\n\nApple growers in the Vlora valley say a third of this year\'s crop is lost.\n\n';
const body = 'The irrigation board says the sluice gates failed in May, when it sent the gate motors to Adriatik Hydro for repair. According to the board, the motors have not come back.\n\nAdriatik Hydro denies keeping the motors. Its director said both were delivered to the board\'s depot in June.\n\n';

testRule(rule, {
  flagged: [
    {
      text: `${head}${body}│ THE VALLEY IN NUMBERS\n│ Orchards without water: 640 ha\n│ Cause: gate motors kept by the repair firm since the spring\n\nThe board will meet the firm on Monday.`,
      flag: 'Cause: gate motors kept by the repair firm since the spring',
    },
  ],
  fine: [
    {
      // The line keeps its attribution.
      text: `${head}${body}│ THE VALLEY IN NUMBERS\n│ Cause: gate motors kept by the repair firm, the board says\n\nThe board will meet the firm on Monday.`,
    },
    {
      // A cause nobody disputes.
      text: `${head}The irrigation board says the sluice gates failed in May after a flood tore out their motors.\n\n│ THE VALLEY IN NUMBERS\n│ Cause: gate motors torn out by the May flood\n\nThe board will meet the growers on Monday.`,
    },
  ],
});
