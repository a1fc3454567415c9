import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// Silences in shapes where the actor or the question is not where the silence wording puts
// them: "There was no reply from X on ...", "Our questions about ... went unanswered",
// "Whether ... is a question X left open", "not in a position to" after "Asked to ...",
// "had nothing to say about the N that ...", a weak silence on a noun with a relative
// clause, a deflection to another body, a "how many" asked after an excess denied.
// Each must follow the same actor's denial of the same matter.
testRule(rule, {
  flagged: [
    {
      text: 'The water board has denied that the reservoir pumps were switched off during the heatwave. There was no reply from the board on how many of the pumps had been switched off in July.',
      flag: 'There was no reply from the board',
    },
    {
      text: 'Marrow Construction has denied that its crane operators worked shifts longer than twelve hours. "Every shift is logged and checked," its site director, Pavel Novak, said. Our questions about when the crane operators last had a day off went unanswered.',
      flag: 'Our questions about when the crane operators last had a day off went unanswered',
    },
    {
      text: 'The transport ministry has denied that the bridge was closed to inspectors last year. Whether anyone had inspected the bridge cables since they were replaced in 2021 is a question the ministry left open.',
      flag: 'Whether anyone had inspected the bridge cables',
    },
    {
      text: 'Nordsee Marine has denied working outside the licensed dredging zone off Liepaja. Asked to share the dredging logs for the past two weeks, Nordsee Marine said it was not in a position to do so.',
      flag: "Nordsee Marine said it was not in a position to",
    },
    {
      text: 'Andes Cacao has denied reselling the cooperative\'s beans before paying for them. In a letter, the company said six of the bean shipments had been rejected at the port. The exporter had nothing to say about the two shipments that, according to the cooperative\'s records, were unloaded in Hamburg in May.',
      flag: 'The exporter had nothing to say about the two shipments',
    },
    {
      text: 'The port authority has denied that any fisherman will be moved before compensation is agreed. The port authority declined to comment on notices, seen by the Coastal Times, that give 14 fishermen until June to move their boats.',
      flag: 'The port authority declined to comment on notices',
    },
    {
      text: 'The company has denied that the bus was overloaded. Pacific Coachlines has stayed silent on how many tickets were sold at the roadside after the bus left the depot.',
      flag: 'Pacific Coachlines has stayed silent on how many tickets',
    },
    {
      text: 'The health ministry also denied that its officials had approved the missing vaccine orders. As for where the 40,000 missing vaccine doses ended up, the ministry referred all questions to the state auditors.',
      flag: 'the ministry referred all questions to',
    },
  ],
  fine: [
    // A silence on another matter than the denial.
    { text: 'The water board has denied that the reservoir pumps were switched off during the heatwave. There was no reply from the board on the cost of its new headquarters.' },
    { text: 'Marrow Construction has denied that its crane operators worked shifts longer than twelve hours. Our questions about the company\'s tax bill went unanswered.' },
    { text: 'The port authority has denied that any fisherman will be moved before compensation is agreed. The port authority declined to comment on the value of its dredging contract, which has not been published.' },
    // No denial before it.
    { text: 'The council opened the new library on Monday. Whether the library will open on Sundays is a question the council left open.' },
    { text: 'Questions about the timetable went unanswered at the meeting, residents said.' },
    // The silence's own reason, in its sentence.
    { text: 'The city has denied that the roof was inspected late. The city declined to comment on whether the management company\'s contract would be renewed next year, saying the council would decide in November.' },
    // A different actor silent.
    { text: 'Andes Cacao has denied reselling the cooperative\'s beans. The shipping line had nothing to say about the two shipments that were unloaded in Hamburg.' },
    // A "how many" after a denial of something else.
    { text: 'The company has denied that the driver was speeding. Pacific Coachlines has stayed silent on how many tickets were sold at the roadside.' },
  ],
});

testRule(rule, {
  flagged: [
    { text: 'Harbour Feeds Ltd denied that the fish kill came from its pens. The company said it was unable to share feeding records for the week before the fish died.', flag: 'unable to share' },
    { text: 'The council denied that the mayor owned a stake in the developer. The council said it had nothing to add when asked whether the mayor sits on the developer’s board.', flag: 'nothing to add' },
  ],
  fine: [
    // No denial before it: a plain non-answer is not a contradiction.
    { text: 'Harbour Feeds Ltd opened a second hatchery in Marsaxlokk in May. The company said it was unable to share feeding records for the week before the fish died.' },
  ],
});
