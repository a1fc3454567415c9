import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// A question bounced between bodies ("was passed from the port authority to the customs
// directorate", "shuttled between the council and the utility") after one of them denied the
// matter it tests: a brush-off told as the question's journey. A figure in the question
// ("the 96 containers") points back at its first mention, which ties it to the denial.
// Plus a topic link that must not run on a noun read as its verb: "the container station"
// is not the "statement" the body made.
testRule(rule, {
  flagged: [
    {
      text: 'Tax inspectors say 96 shipping containers left the port of Koper last year without duty being paid.\n\nThe port authority denied that any container had left its quays without customs clearance.\n\nOur query about the 96 containers was passed from the port authority to the customs directorate, then to the finance ministry.',
      flag: 'Our query about the 96 containers was passed from the port authority',
    },
    {
      text: 'The water utility denied that it had cut supplies to the eastern districts to save money. Questions about the water cuts in the eastern districts were bounced between the utility and the city council for a week.',
      flag: 'were bounced between the utility',
    },
    {
      text: 'Audit papers show that 340 tonnes of grain left the state silo without a delivery note.\n\nThe grain board denied that any grain had left the silo without a delivery note.\n\nOur questions about the 340 tonnes were referred from the grain board to the agriculture ministry.',
      flag: 'Our questions about the 340 tonnes were referred from the grain board',
    },
    {
      text: 'Tamarack Mining denied that its tailings dam had leaked into the river. A query about the leak from the tailings dam was shuttled between Tamarack Mining and the regional water authority.',
      flag: 'was shuttled between Tamarack Mining',
    },
    {
      text: 'The defence ministry denied that the helicopter contract had been awarded without a tender. Questions about the helicopter contract got passed back and forth between the ministry and the air force.',
      flag: 'got passed back and forth',
    },
    {
      text: 'The rail operator denied that it had cancelled the night trains to save on staff. Questions about the night-train cancellations went back and forth between the operator and the transport ministry for two days.',
      flag: 'went back and forth between the operator',
    },
  ],
  fine: [
    // No denial before it.
    { text: 'Our query about the 96 containers was passed from the port authority to the customs directorate, then to the finance ministry.' },
    // A denial of another matter; the question and its figure share nothing with it.
    { text: 'Records show 96 new cranes were bought for the shipyards of Istria last year.\n\nThe port authority denied that any container had left its quays without customs clearance.\n\nOur query about the 96 cranes was passed from the port authority to the transport ministry.' },
    // Questions routed to the body that answers them, with no denial: ordinary.
    { text: 'Questions about the timetable were passed from the press office to the rail operator, which said the new timetable starts in June.' },
    // A figure that only went up: no body, nothing bounced.
    { text: 'The rail operator denied that it had cancelled the night trains. Requests for refunds went from 40 a week to 300 after the timetable changed.' },
    // Emails that bounced: no body bounced them.
    { text: 'The council denied that the depot tender had been rigged. Our emails to the depot contractor bounced back.' },
    // A silence on a different matter than the service speaks on: "station" is not "statement".
    { text: 'The head of the Meteorological Service, Ana Lund, said in a statement on Monday that the flood warnings had been issued on time.\n\nThe Meteorological Service has not commented on the weather station it plans to open on the coast.' },
    { text: 'The port authority said in a statement that the berth would reopen in May. The port authority has not commented on the new container station at the south quay.' },
  ],
});
