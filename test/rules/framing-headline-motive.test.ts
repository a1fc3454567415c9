import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Headlines and standfirsts that state a motive ("cut to make room for", "closed to punish")
// that the body has only from one side and reports the other side denying; and headline
// acts that the body has only inside an allegation whose subject is a long noun phrase.
const byline = 'By Ilse Varga\nPublished: 14 May 2025, 06:30';

testRule(rule, {
  flagged: [
    {
      text: 'Herring quota slashed to make room for factory ships\n\nSmall-boat crews in Bergen stayed in port on Monday after the fisheries directorate cut their herring allowance by a quarter.\n\nThe boat owners\' association says the tonnes went to three factory ships owned by a trading group. The directorate denies that any of the coastal quota was moved to the offshore fleet.',
      flag: 'to make room for factory ships',
    },
    {
      text: 'Radio station budget cut to punish critical coverage\n\nThe culture ministry in Ljubljana has reduced the regional radio network\'s grant by 15 per cent for next year.\n\nOpposition deputies say the cut is a response to the network\'s coverage of the motorway tender. The ministry denied that the budget decision had anything to do with the network\'s reporting.',
      flag: 'to punish critical coverage',
    },
    {
      text: `Park rangers dismissed\n\nThe wildlife service laid off forty rangers in order to protect the logging concessions on the reserve's edge\n\n${byline}\n\nThe wildlife service in Gabon dismissed forty rangers on Friday.\n\nA conservation group said the rangers had reported illegal felling in the logging concessions. The service rejected that account and said the dismissals were part of a budget review.`,
      flag: 'in order to protect the logging concessions on the reserve\'s edge',
    },
    {
      text: 'Clinic licence withdrawn as payback for strike support\n\nThe health authority in Daegu withdrew the licence of a private clinic on Wednesday.\n\nNurses at the clinic say the licence was pulled as payback for the owner\'s support for the doctors\' strike. The authority denies that the strike played any part and cited fire-safety breaches.',
      flag: "as payback for strike support",
    },
    {
      text: 'Port officials took bribes to clear cargo\n\nThe anti-graft agency in Accra is examining allegations that officials at the Tema container terminal (TCT) took bribes to clear cargo without inspection, it said on Monday. Nobody has been charged.',
      flag: 'took',
    },
  ],
  fine: [
    {
      // The motive is the writer's own, in the body too: the headline follows the story.
      text: 'Herring quota cut to make room for a recovering stock\n\nThe fisheries directorate cut the coastal herring quota by a quarter on Monday to make room for a recovering stock, following scientists\' advice.\n\nThe boat owners\' association denied that its members had overfished the herring.',
    },
    {
      // A purpose nobody disputes.
      text: 'Sea wall raised to protect harbour homes\n\nEngineers in Galway finished raising the harbour sea wall by a metre on Thursday.\n\nThe council said the work would protect 300 homes from winter storms.',
    },
    {
      // A noun's complement, not a purpose after an act.
      text: 'Plan to protect river dolphins unveiled\n\nThe environment ministry in Dhaka published a plan on Tuesday to protect river dolphins in the Sundarbans.\n\nFishing groups denied that their nets were killing the dolphins.',
    },
    {
      // The headline attributes the motive.
      text: 'Union says quota cut to make room for factory ships\n\nSmall-boat crews in Bergen stayed in port on Monday.\n\nThe union says the tonnes went to factory ships. The directorate denies that any of the coastal quota was moved to the offshore fleet.',
    },
    {
      // A denial about something else, and a motive the body never discusses.
      text: 'Bus fares raised to fund new trams\n\nThe transport authority in Porto raised single fares by ten cents on Sunday.\n\nThe authority denied that drivers\' wages would be cut this year.',
    },
    {
      // The act is told as fact in the body.
      text: 'Port officials took bribes to clear cargo, court finds\n\nA court in Accra convicted three officials at the Tema container terminal (TCT) on Monday. The judge found that the officials took bribes to clear cargo without inspection.',
    },
  ],
});
