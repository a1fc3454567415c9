import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// A denial, then the question that tests it meets nothing: "no further comment" (nothing
// beyond what was said, so its denial earlier in the paragraph), a request answered by an
// automatic or holding reply (the request as subject, the denier in the paragraph before),
// or "has not addressed the findings" after the same body's denial of them (also when the
// body's name is written in the other order: "Ministry of Health" / "Health Ministry").
testRule(rule, {
  flagged: [
    {
      // A silence on questions (not a topical one): any statement by the same body on the matter answers it.
      text: 'The city council said on Monday that the housing budget would rise by 4% next year, to 31 million euros.\n\nThe council has not responded to questions about the housing budget since then, opposition members complained.',
      flag: 'The council has not responded to questions about the housing budget',
    },
    {
      text: 'The water utility denied that it had ignored warnings about the dam. "Every report was read and acted on," its spokeswoman, Ines Varga, said on Monday. Asked why the 2022 inspection had been cancelled, the utility said it had no further comment.',
      flag: 'the utility said it had no further comment',
    },
    {
      text: 'The club denied that the east stand was unsafe. Asked when the east stand had last been inspected, the club said it had no further comment.',
      flag: 'the club said it had no further comment',
    },
    {
      text: 'Harbour Logistics denied that any of its trucks had crossed the border without papers. "All our drivers carry the full set of documents," the company said.\n\nA request for copies of those documents brought only a holding statement.',
      flag: 'A request for copies of those documents brought only a holding statement',
    },
    {
      text: 'The consortium denied that any state bank had lent it money. "All of the loans were made by private investors in Singapore," its chairman, Tomas Reyes, said on Friday.\n\nEmails asking for the list of investors received an automated reply.',
      flag: 'Emails asking for the list of investors received an automated reply',
    },
    {
      text: 'The Ministry of Health rejected the inspectors\' account of the insulin shortages. "No hospital has run out of insulin," the ministry said in a statement on Monday.\n\nThe inspectors visited 40 hospitals in six provinces between March and May.\n\nThey found empty pharmacy shelves in 11 of them.\n\nNurses in two provinces said patients had been sent to buy insulin privately.\n\nThe Health Ministry has not addressed the inspectors\' findings on insulin shortages.',
      flag: 'The Health Ministry has not addressed the inspectors\' findings on insulin shortages',
    },
    {
      text: 'Torvik Mining has denied polluting the Ounas river. "Our discharge has always been within the permit," the company said. Fishermen downstream say the water turned orange in April. Torvik Mining has not responded to the allegations.',
      flag: 'Torvik Mining has not responded to the allegations',
    },
    {
      text: 'The council denied that the audit of the housing fund had been delayed. Pressed on why the audit of the housing fund was late, the council declined to comment further.',
      flag: 'the council declined to comment',
    },
    {
      text: 'Vistara Foods denied that any of its cheese contained cow\'s milk. "Every batch is tested," the company said.\n\nOur request for the test results was met with a holding statement.',
      flag: 'Our request for the test results was met with a holding statement',
    },
  ],
  fine: [
    // "Nothing further" with no question asked.
    { text: 'The council denied that the audit of the housing fund had been delayed. It said it had nothing further to add.' },
    // A brush-off whose request shares nothing with the denial: another matter.
    { text: 'Vistara Foods denied that any of its cheese contained cow\'s milk.\n\nA request for an interview with the new chief executive produced an automatic reply.' },
    // No denial: a confirmation, then no further comment.
    { text: 'The agency confirmed that the road contract had been signed in May. Asked why the second bidder had been excluded, the agency said it had no further comment.' },
    // No denial before the brush-off.
    { text: 'The club announced the sale on Monday.\n\nA request for a list of the new shareholders brought an automatic reply.' },
    // Someone else speaks in the brush-off's own paragraph: the denier two sentences back is not the one asked.
    { text: 'The fund denied that any public money was involved.\n\nThe mayor said the town welcomed the investment. A request for a list of the lenders brought an automatic reply.' },
    // The body spoke on another matter, and denied nothing.
    { text: 'The Transport Ministry said on Monday that the new timetable would start in June. The Transport Ministry has not addressed the report\'s findings on signal failures.' },
    // The denial is of another matter than the findings not addressed.
    { text: 'The ministry rejected claims that it had cut the school meals budget. The ministry has not addressed the auditors\' findings on classroom heating.' },
    // Another ministry denied.
    { text: 'The Energy Ministry denied that any blackout had been caused by the new tariff. The Finance Ministry has not addressed the auditors\' findings on the tariff.' },
    // A denial in an earlier paragraph, then a question on another matter.
    { text: 'The railway denied overcharging for the new season tickets.\n\nBus companies on the same routes charge less.\n\nAsked whether its chairman would stand again, the railway said it had no further comment.' },
  ],
});
