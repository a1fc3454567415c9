import rule from '../../rules/framing/admission-contradicted.js';
import { testRule } from '../helpers/rule-tester.js';

// "As X admitted, <the act never happened>" in the writer's voice, while the story reports the
// act as done (a past verb of the act, or its noun that "took place").
const story = (earlier: string, frame = 'As the board admitted in its reply to the tribunal, no engineer inspected the dam before the reservoir was filled.') =>
  `Tribunal faults water board over dam\n\nThe tribunal sat for three days in the county hall and heard from eleven witnesses, among them farmers whose fields were flooded in the spring.\n\n${earlier}\n\n${frame}\n\nThe board has 28 days to appeal.`;

testRule(rule, {
  flagged: [
    { text: story('Two engineers from the board inspected the dam in May, the tribunal heard.'), flag: 'As the board admitted', message: /reports the act as done/ },
    { text: story('The chair accepted that the inspection took place in May.'), flag: 'As the board admitted' },
    { text: story('The ministry told the court that its auditors had reviewed the accounts in 2021.', 'As the ministry conceded in court, its auditors never reviewed the accounts.'), flag: 'As the ministry conceded' },
  ],
  fine: [
    // Nothing in the story says the act happened.
    { text: story('The board filled the reservoir in June without an engineer\'s report, the tribunal found.') },
    // The act only planned, or denied, elsewhere: not told as done.
    { text: story('Engineers from the board planned to inspect the dam in May, the tribunal heard.') },
    { text: story('The board said no one had inspected the dam since 2019.') },
    // A concession of an act that did happen is no contradiction.
    { text: story('Two engineers inspected the dam in May, the tribunal heard.', 'As the board admitted in its reply, its engineers inspected the dam only once.') },
    // "As" that is not a concession frame.
    { text: story('Two engineers inspected the dam in May, the tribunal heard.', 'As the water rose, no engineer inspected the dam.') },
  ],
});
