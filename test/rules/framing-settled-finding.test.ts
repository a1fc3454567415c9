import rule from '../../rules/framing/contradictory-status.js';
import { testRule } from '../helpers/rule-tester.js';

// A finding taken as settled in the writer's voice ("the agency's confirmation that",
// "the discredited account") while the article reports the process that would settle it open.
testRule(rule, {
  flagged: [
    {
      text: 'Dairy recall widens\n\nThe food agency in Riga said on Monday that cheese samples had been sent to a second laboratory. An agency spokesman, Janis Ozols, said the analysis was not finished and that the results were not final.\n\nSince the agency\'s confirmation that the cheese carried listeria, three supermarket chains have cleared their shelves.',
      flag: "agency's confirmation that the cheese carried listeria",
    },
    {
      text: 'Warehouse fire: workers demand answers\n\nBaltic Freight said in a statement that its sprinklers had worked and that a forklift charger was the likely cause. The regional prosecutor has opened an inquiry, which has not yet reported.\n\nOutside the gates on Friday, few workers had patience for the now-discredited Baltic Freight account.',
      flag: "now-discredited Baltic Freight account",
    },
  ],
  fine: [
    {
      // The confirmation is awaited, not taken as given.
      text: 'Dairy recall widens\n\nAn agency spokesman, Janis Ozols, said the analysis was not finished and that the results were not final.\n\nSupermarkets are awaiting the agency\'s confirmation that the cheese carried listeria.',
    },
    {
      // The inquiry has reported: the account was discredited by its finding.
      text: 'Warehouse fire: workers demand answers\n\nBaltic Freight said a forklift charger was the likely cause. The prosecutor\'s inquiry found that the sprinklers had been switched off. A second review by the insurers is not finished.\n\nFew workers had patience for the discredited Baltic Freight account.',
    },
    {
      // Someone else calls it discredited.
      text: 'Warehouse fire: workers demand answers\n\nThe regional prosecutor has opened an inquiry into Baltic Freight, which has not yet reported.\n\nThe union said workers had no patience for the discredited Baltic Freight account.',
    },
  ],
});
