import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// Silences that contradict what the article reports: "declined to comment on when ..." after
// a denial of the same matter, "which has not denied ..." after the actor's denial, and a body
// named in full once and by its initials when it speaks.
testRule(rule, {
  flagged: [
    {
      // "on when": a wh-question (a time) after a topic preposition, restating the denial.
      text: 'The operator\'s safety director, Ines Varga, denied that the lifeboats had been kept past their inspection dates.\n\nThe operator declined to comment on when the lifeboats were last sent for inspection.',
      flag: 'The operator declined to comment on when the lifeboats were last sent for inspection',
    },
    {
      text: 'Kestrel Buses denied on Monday that its brakes had gone unchecked since the spring.\n\nKestrel Buses would not comment about when the brakes were last checked.',
      flag: 'Kestrel Buses would not comment about when the brakes were last checked',
    },
    {
      // "which has not denied": a relative clause after the actor's own denial of the same act.
      text: 'The Harbour Authority denied on Monday that any ransom had been paid to the hackers.\n\nThe authority, which has not denied paying the gang, has pushed back its filing deadlines.',
      flag: 'The authority, which has not denied paying the gang',
    },
    {
      text: 'Northwind Mining rejected claims that it had dumped tailings in the river, saying every load was logged.\n\nNorthwind Mining, which has not disputed dumping the tailings, says it will pay for a survey.',
      flag: 'Northwind Mining, which has not disputed dumping the tailings',
    },
    {
      // The company is named in full, then speaks through a spokeswoman under its initials.
      text: 'The National Water Company (NWC) took its billing portal offline on Sunday. NWC spokeswoman Ama Boateng said in a statement that "no ransom has been or will be paid."\n\nThe company, which has not denied paying the gang, has pushed back payment deadlines.',
      flag: 'The company, which has not denied paying the gang',
    },
    {
      // "has not engaged with questions about how" after the same body's statement explaining how.
      text: 'The fisheries ministry said in a statement on Monday that the catch limits followed each fleet\'s recorded landings over the past five years.\n\nSmall boat owners say their share was cut by half.\n\nThe ministry has not engaged with questions about how the catch limits were set.',
      flag: 'The ministry has not engaged with questions about how the catch limits were set',
    },
    {
      text: 'The water board said on Friday that the rationing hours were based on each district\'s reservoir levels.\n\nThe water board has not responded to questions about how the rationing hours were decided.',
      flag: 'The water board has not responded to questions about how the rationing hours were decided',
    },
  ],
  fine: [
    // The statement is on the matter but explains nothing of how: another question.
    { text: 'The fisheries ministry said in a statement on Monday that the catch limits would be reviewed next year.\n\nThe ministry has not engaged with questions about how the catch limits were set.' },
    // A weak "declined to comment on how" stays a follow-up question, not a contradiction.
    { text: 'The water board said on Friday that the rationing hours were based on each district\'s reservoir levels.\n\nIts chairman declined to comment on how long the rationing would last.' },
    // A silence on another matter than the denial.
    { text: 'The operator denied that the lifeboats had been kept past their inspection dates.\n\nThe operator declined to comment on when the new timetable would start.' },
    // "when" as a conjunction, not the topic: no question asked.
    { text: 'The ferry company denied that any crossing had been cancelled for lack of crew. It declined to comment when reached by telephone on Tuesday.' },
    // "has not denied" by an actor that denied nothing.
    { text: 'The union says the council paid the contractor twice for the same repairs.\n\nThe council, which has not denied paying twice, says it is reviewing the invoices.' },
    // "has not denied" a different matter from the one it denied.
    { text: 'The Harbour Authority denied on Monday that any ransom had been paid to the hackers.\n\nThe authority, which has not denied losing tax records, has pushed back its filing deadlines.' },
    // A relative "which" before the silence asks nothing: the ministry spoke on another matter.
    { text: 'The ministry said the new quota would apply from January.\n\nThe cooperative, which has declined to comment on the quota, buys from 400 farms.' },
    // Initials that spell another body than the silent one.
    { text: 'The National Water Company took its billing portal offline on Sunday. PWA spokeswoman Ama Boateng said in a statement that "no ransom has been or will be paid."\n\nThe company, which has not denied paying the gang, has pushed back payment deadlines.' },
  ],
});
