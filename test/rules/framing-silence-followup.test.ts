import rule from '../../rules/framing/silence-contradiction.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// A denial, then the same actor silent on a follow-up question: a silence wording with a
// question ("kept quiet about why", "Asked about X, ... declined to comment"), a document not
// produced when asked, a "has not said whether", requests to say ignored.
testRule(rule, {
  flagged: [
    {
      text: 'Norvik Dairy has denied that its milk powder was contaminated. "Every tin is tested twice," a spokeswoman said. The company has kept quiet about why two of its powder lines in Tartu were shut down on 3 May.',
      flag: 'The company has kept quiet about why two of its powder lines',
    },
    {
      text: 'The county government has denied that the governor met any contractor before the tender closed. Asked about the lunch in Mombasa that, according to the opposition, was attended by the governor and two contractors, the county government declined to comment.',
      flag: 'the county government declined to comment',
    },
    {
      text: 'Skyline Air insists the aircraft passed its maintenance check in March and that the engine was inspected before the flight. When asked for the maintenance log, the airline did not provide it.',
      flag: 'the airline did not provide it',
    },
    {
      text: 'The power company has denied that any customer records were stolen. "No account data left our servers," a spokesman said. It has not said whether it told the data regulator about the attack.',
      flag: 'It has not said whether',
    },
    {
      text: 'Harlow Rail has denied that more than 200 drivers will lose their jobs. Harlow Rail ignored repeated requests to say whether that number includes agency staff.',
      flag: 'Harlow Rail ignored repeated requests to say',
    },
    {
      // "the state-owned ferry company": a hyphenated participle does not end the appositive.
      text: 'Baltic Ferries, the state-owned ferry company, will sell two vessels this year. The company has denied that more sales are planned. Baltic Ferries ignored repeated requests to say whether the sale includes its cargo ships.',
      flag: 'Baltic Ferries ignored repeated requests',
    },
  ],
  fine: [
    // A question on another matter than the denial.
    { text: 'Norvik Dairy has denied that its milk powder was contaminated. The company declined to comment on whether it would pay compensation to the farmers who supply it.' },
    // No denial before the silence.
    { text: 'The council has kept quiet about why the central library closed two hours early on Saturday.' },
    // Another actor is silent.
    { text: 'The ministry has denied that the minister met the bidders. Asked about the dinner at which the minister met the bidders, the consortium declined to comment.' },
    // The document was produced.
    { text: 'The museum denied that the painting had been sold. When asked for a copy of the sale register, the museum produced one within the hour.' },
    // An announcement, not a denial, before "has not said whether that number".
    { text: 'Harlow Rail said 200 drivers would lose their jobs. It has not said whether that number includes agency staff.' },
    // The silence is paragraphs away from the denial.
    { text: 'The bank has denied that customer data was compromised.\n\nCard payments failed across the country on Friday.\n\nShops in Utrecht reported long queues.\n\nIt has not said whether it will compensate the shops.' },
  ],
});

describe('silence follow-ups', () => {
  const severities = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => f.severity);
  it('does not read a silence on a bare topic ("on the cost") as a follow-up', () => {
    expect(severities('The agency has denied that the dam leaked. The agency declined to comment on the cost of the repairs to the dam wall.')).toEqual([]);
  });
});
