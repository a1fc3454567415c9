import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A photo caption right under the byline, above the first paragraph, is the story's display
// text (the Document reads it as a caption paragraph, not as page furniture or the headline):
// it may not state as fact an order of events that one side alleges and the other denies.
const page = (caption: string) =>
  `THE HARBOUR GAZETTE\nHome \u203a City \u203a Planning\nMonday 6 May 2024\n\nCouncil approves marina on Tamar wharf\nThe vote clears the way for 120 berths; a heritage group says the old cranes were scrapped before consent was given\n\nBy Ellen Pascoe | 6 May 2024, 08:10\nShare: Facebook | X | Email\n\n${caption}\n\nLaunceston city council on Friday approved plans for a 120-berth marina on the Tamar wharf.\n\nThe Wharf Heritage Trust says the two 1920s cranes were scrapped on 2 March, a week before the council gave consent on 9 March. Harbourline's managing director, Tom Keast, denied that the cranes were removed before consent was given and said the work began on 10 March.\n\nThe marina is due to open in 2026.`;

testRule(rule, {
  flagged: [
    { text: page('\u{1f4f7} The wharf where the cranes were scrapped before consent was given. Photo: Harbour Gazette'), flag: 'The wharf where the cranes were scrapped', message: /photo caption/ },
  ],
  fine: [
    // The caption attributes the claim.
    { text: page('\u{1f4f7} The wharf where, the heritage trust says, the cranes were scrapped before consent was given. Photo: Harbour Gazette') },
    // The caption states nothing in dispute.
    { text: page('\u{1f4f7} The Tamar wharf at low tide on Sunday. Photo: Harbour Gazette') },
  ],
});
