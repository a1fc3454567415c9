import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// Silences that contradict what the article reports: "declined to comment on when ..." after
// a denial of the same matter, "which has not denied ..." after the actor's own denial, and a
// body named in full once and by its initials when it speaks.
testRule(rule, {
  flagged: [
    {
      // "on when": a wh-question (a time) after a topic preposition, restating the denial.
      text: 'The mine\'s safety chief, Ines Varga, denied that the gas sensors had been switched off during night shifts.\n\nThe mine declined to comment on when the gas sensors were last switched off.',
      flag: 'The mine declined to comment on when the gas sensors were last switched off',
    },
    {
      text: 'Kestrel Buses denied on Monday that its brakes had gone unchecked since the spring.\n\nKestrel Buses would not comment about when the brakes were last checked.',
      flag: 'Kestrel Buses would not comment about when the brakes were last checked',
    },
    {
      // "which has not denied": a relative clause after the actor's own denial of the same act.
      text: 'The football federation denied on Monday that any money had been paid to the referees.\n\nThe federation, which has not denied paying the referees, has postponed its annual congress.',
      flag: 'The federation, which has not denied paying the referees',
    },
    {
      text: 'Northwind Mining rejected claims that it had dumped tailings in the river, saying every load was logged.\n\nNorthwind Mining, which has not disputed dumping the tailings, says it will pay for a survey.',
      flag: 'Northwind Mining, which has not disputed dumping the tailings',
    },
    {
      // The company is named in full, then speaks through a spokeswoman under its initials.
      text: 'The National Rail Company (NRC) cancelled 40 trains on Sunday. NRC spokeswoman Ama Boateng denied in a statement that any money had been paid to the signalling contractor.\n\nThe company, which has not denied paying the signalling contractor, has cut its timetable.',
      flag: 'The company, which has not denied paying the signalling contractor',
    },
    {
      // "has not yet engaged with questions on how" after the same body's statement explaining how.
      text: 'The transport authority said in a statement on Monday that the fare zones reflected the length of each bus route.\n\nCommuters in the outer suburbs say their fares have doubled.\n\nThe authority has not yet engaged with questions on how the fare zones were drawn.',
      flag: 'The authority has not yet engaged with questions on how the fare zones were drawn',
    },
    {
      text: 'The water board said on Friday that the rationing hours were based on each district\'s reservoir levels.\n\nThe water board has not responded to questions about how the rationing hours were decided.',
      flag: 'The water board has not responded to questions about how the rationing hours were decided',
    },
  ],
  fine: [
    // The statement is on the matter but explains nothing of how: another question.
    { text: 'The transport authority said in a statement on Monday that the fare zones would be reviewed next year.\n\nThe authority has not yet engaged with questions on how the fare zones were drawn.' },
    // A weak "declined to comment on how" stays a follow-up question, not a contradiction.
    { text: 'The water board said on Friday that the rationing hours were based on each district\'s reservoir levels.\n\nIts chairman declined to comment on how long the rationing would last.' },
    // A silence on another matter than the denial.
    { text: 'The mine denied that the gas sensors had been switched off during night shifts.\n\nThe mine declined to comment on when the new ventilation fans would arrive.' },
    // "when" as a conjunction, not the topic: no question asked.
    { text: 'The bus company denied that any route had been cut for lack of drivers. It declined to comment when reached by telephone on Tuesday.' },
    // "has not denied" by an actor that denied nothing.
    { text: 'The union says the council paid the contractor twice for the same repairs.\n\nThe council, which has not denied paying twice, says it is reviewing the invoices.' },
    // "has not denied" a different matter from the one it denied.
    { text: 'The football federation denied on Monday that any money had been paid to the referees.\n\nThe federation, which has not denied losing the match reports, has postponed its annual congress.' },
    // A relative "which" before the silence asks nothing: the ministry spoke on another matter.
    { text: 'The ministry said the new tariff would apply from January.\n\nThe importers\' association, which has declined to comment on the tariff, represents 400 firms.' },
    // Initials that spell another body than the silent one.
    { text: 'The National Rail Company cancelled 40 trains on Sunday. PRA spokeswoman Ama Boateng denied in a statement that any money had been paid to the signalling contractor.\n\nThe company, which has not denied paying the signalling contractor, has cut its timetable.' },
  ],
});
