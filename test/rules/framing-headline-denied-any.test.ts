import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Standfirsts that take a thing as given ("had been warned about", "the payments") when the
// body mentions it only in a denial that any such thing existed ("denied that any warning
// had been ignored", "denies any payment").
const byline = 'By Tomas Berg\nPublished: 2 April 2025, 08:15';

testRule(rule, {
  flagged: [
    {
      text: `Ferry engine fails off Crete\n\nA fuel pump that the operator had been warned about failed twice before the ferry lost power\n\n${byline}\n\nThe ferry drifted for six hours off Heraklion on Sunday before tugs towed it into port.\n\nA former mechanic wrote on a forum that the pump leaked during sea trials. The operator denied that any warning had been ignored.`,
      flag: 'warned',
    },
    {
      text: `Stadium contract under scrutiny\n\nThe payments to two councillors helped the builder win the contract\n\n${byline}\n\nThe city of Lyon awarded the stadium contract to a regional builder in March.\n\nAn opposition councillor says two colleagues were paid. The builder denies any payment to elected officials.`,
      flag: 'payments',
    },
    {
      text: `Dam operator faces questions\n\nEngineers warned about the spillway gates for a year before the flood\n\n${byline}\n\nWater from the reservoir flooded three villages in Nepal's Sindhuli district on Friday.\n\nOne villager said engineers had raised the gates at a meeting. The operator denied that any warning had been received about the gates.`,
      flag: 'warned',
    },
    {
      text: `Airline grounds two jets\n\nThe carrier ignored cracks found by its own inspectors in January\n\n${byline}\n\nThe airline grounded two of its jets in Nairobi on Wednesday.\n\nA union official said inspectors had reported the problem. The airline denied that any cracks had been found before this week.`,
      flag: 'cracks',
    },
    {
      text: `Hospital lift stops with patient inside\n\nA lift the trust had been warned about stalled for two hours\n\n${byline}\n\nA patient was trapped between floors at the hospital in Leeds on Monday.\n\nA porter told the local paper that staff had reported the fault. The trust denies receiving any warning about the lift, and denied that any warning had been logged.`,
      flag: 'warned',
    },
  ],
  fine: [
    {
      // The warning is told as fact in the body.
      text: `Ferry engine fails off Crete\n\nA fuel pump that the operator had been warned about failed twice\n\n${byline}\n\nThe coastguard warned the operator about the pump in May in a letter seen by this newspaper. The operator denied that any warning had been ignored.`,
    },
    {
      // The standfirst attributes the claim.
      text: `Stadium contract under scrutiny\n\nAn opposition councillor says payments to two colleagues helped the builder win the contract\n\n${byline}\n\nThe builder denies any payment to elected officials.`,
    },
    {
      // The denial is about something the standfirst does not mention.
      text: `Dam operator faces questions\n\nWater from the reservoir flooded three villages on Friday\n\n${byline}\n\nThe operator denied that any complaint had been received about the gates.`,
    },
    {
      // The standfirst reports the denial itself.
      text: `Airline grounds two jets\n\nThe carrier denies that any cracks were missed by its inspectors\n\n${byline}\n\nThe airline grounded two jets in Nairobi on Wednesday. The airline denied that any cracks had been found before this week.`,
    },
    {
      // A denial that is negated denies nothing.
      text: `Hospital lift stops with patient inside\n\nA lift the trust had been warned about stalled for two hours\n\n${byline}\n\nThe trust did not deny that any warning had been received, and said it had ordered a new lift in March.`,
    },
  ],
});
