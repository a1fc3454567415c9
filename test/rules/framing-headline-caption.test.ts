import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Display text (headline, standfirst, photo caption) that states as fact what the body has
// only as one side's claim, disputed: funding told as "used for" in a denial, a past form the
// tagger does not know ("rewrote"), a reply after a quote from the claimant, and captions.
const STAND = (standfirst: string, body: string) => `Exam board publishes school results\n\n${standfirst}\n\nBy Ana Lee, Education Editor\n\n${body}`;

testRule(rule, {
  flagged: [
    {
      // The headline's "bankrolled" against a denial that any money "had been used for" it.
      text: 'Flood relief fund bankrolled governor\'s private jet\n\nThe auditors\' union says the relief fund paid for a private jet for the governor. "Flood victims are paying for a jet," its secretary said.\n\nThe governor, Piet Jansen, denied that any relief money had been used for the jet.',
      flag: 'bankrolled',
    },
    {
      // "rewrote" (read as a noun by the tagger) in the standfirst; a quote from the claimant stands between the claim and "denied that".
      text: STAND(
        'Pupils lost marks because the exam board rewrote the grading rules after the papers were marked',
        'The National Exam Board published the results on Monday, its director said.\n\nThe teachers\' union says the grade boundaries were changed after the papers were marked. "They moved the goalposts," its general secretary said.\n\nThe director denied that. "The rules never changed," she said.',
      ),
      flag: 'rewrote',
    },
    {
      // A scare-quoted term and a participle on the claim's subject do not hide its verb.
      text: STAND(
        'The board redrew its grading rules after the papers were marked',
        'The National Exam Board published the results on Monday.\n\nThe union says the weight given to "coursework" was lowered after the papers were marked. The board denies this.',
      ),
      flag: 'redrew',
    },
    {
      // A photo caption in the body, with the camera symbol.
      text: 'Herders protest grazing land sale\n\nThe herders\' union says the land agency is selling off common grazing land to a mining firm. "They are selling our fields," its chair said on Monday.\n\nThe agency\'s director denied it.\n\n📷 Grazing land near the town that the land agency is selling off to a mining firm, on Monday.',
      flag: 'selling off to a mining firm, on Monday',
    },
    {
      // A "Photo:" caption and a past act.
      text: 'Council clears market for car park\n\nTraders say the council diverted the market repair fund to the new car park. The council denies this.\n\nPhoto: The car park that the council diverted the market fund to build, on Friday.',
      flag: 'diverted the market fund to build',
    },
  ],
  fine: [
    // The caption attributes the claim itself.
    { text: 'Herders protest grazing land sale\n\nThe herders\' union says the land agency is selling off common grazing land to a mining firm.\n\nThe agency\'s director denied it.\n\n📷 Grazing land near the town, which herders say the agency is selling off, on Monday.' },
    // A caption the body supports in its own voice.
    { text: 'Bridge reopens to traffic\n\nThe bridge is carrying traffic again after its bearings were replaced on Friday, the highways agency said.\n\n📷 Engineers are fitting new bearings under the bridge on Friday.' },
    // The body says the funding as fact in its own voice.
    { text: 'Flood relief fund bankrolled governor\'s private jet\n\nThe province bankrolled a private jet for the governor with the flood relief fund, its accounts show. The governor said the jet belonged to the province.' },
    // A phrasal act: "sells grazing permits" in the body is not "selling off" land, and nobody disputes the caption.
    { text: 'Herders protest grazing land sale\n\nThe land agency, which sells grazing permits each spring, says the auction was delayed by snow.\n\n📷 Herders are waiting outside the agency on Monday.' },
    // A standfirst that attributes the claim to the union.
    {
      text: STAND(
        'The union says the exam board rewrote the grading rules after the papers were marked; the board denies it',
        'The teachers\' union says the grade boundaries were changed after the papers were marked. "They moved the goalposts," its general secretary said.\n\nThe director denied that.',
      ),
    },
    // "denied that" with its own clause about another matter is no reply to the claim.
    {
      text: STAND(
        'The board rewrote its grading rules in January, before the exams began',
        'The board rewrote its grading rules in January and published them, its director said.\n\nThe union says the grade boundaries were changed. "They moved the goalposts," its general secretary said.\n\nThe director denied that the results had been delayed.',
      ),
    },
  ],
});
