import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// "When asked if ..., the agency's spokeswoman has yet to respond.": a bare silence ("did not
// reply", "has yet to respond") after a question asked in the sentence's opening clause,
// following the same body's denial on the matter the question tests. The bare wording is
// a silence only with the asked clause; the question must share words with the denial.
testRule(rule, {
  flagged: [
    {
      text: 'The regional health board denied that the maternity unit in Ystad had been closed to save money. "Safety was the only reason," its chair, Sofie Dahlgren, told local radio.\n\nAsked if the board had costed the maternity unit\'s closure before the vote, the board\'s spokeswoman has yet to respond.',
      flag: 'the board\'s spokeswoman has yet to respond',
    },
    {
      text: 'Brightwater Foods denied that any contaminated batch had reached supermarket shelves. Asked whether the contaminated batch numbers had been shared with supermarket buyers, the company did not respond.',
      flag: 'the company did not respond',
    },
    {
      text: 'The Port Authority of Valdora rejected claims that it had waived cargo fees for a shipping line owned by a senator. When asked whether the senator\'s shipping line had paid cargo fees in 2023, the authority has yet to respond.',
      flag: 'the authority has yet to respond',
    },
    {
      text: 'The city council denied that the tender for the new bus depot had been rigged. Asked whether council officials had shown the depot tender documents to one bidder in advance, the council did not answer.',
      flag: 'the council did not answer',
    },
    {
      text: 'The football federation denied that referees had been paid to favour the league leaders. "No referee has received a cent," its secretary-general said.\n\nAsked whether the federation had audited the referees\' bank accounts, the federation has not replied.',
      flag: 'the federation has not replied',
    },
    {
      text: 'The water board denied that it had raised tariffs to pay for the chairman\'s new offices. Asked if the new offices had been paid for from tariff income, a board spokeswoman declined to answer.',
      flag: 'a board spokeswoman declined to answer',
    },
    {
      text: 'The Ministry of Energy denied that the fuel subsidy had been cut to favour private importers. Asked whether private importers had lobbied for the subsidy cut, the energy ministry would not answer.',
      flag: 'the energy ministry would not answer',
    },
    {
      text: 'Castell Hospital denied that surgeons had skipped safety checks on the ward. Asked whether the safety checks on the ward had been recorded, the hospital gave no answer by Friday.',
      flag: 'the hospital gave no answer',
    },
  ],
  fine: [
    // No denial before: a silence, no contradiction.
    { text: 'Asked if the board had costed the maternity unit\'s closure before the vote, the board\'s spokeswoman has yet to respond.' },
    // A denial of another matter, and the question shares nothing with it.
    { text: 'The regional health board denied that the maternity unit in Ystad had been closed to save money.\n\nAsked whether the new ambulance station would open in May, the board did not reply.' },
    // A different body is silent.
    { text: 'Brightwater Foods denied that any contaminated batch had reached supermarket shelves. Asked whether the contaminated batch had been tested, the food safety agency did not respond.' },
    // "did not respond" that is no silence: the patient and the treatment.
    { text: 'The hospital denied that the patient had been given the wrong dose. Asked whether the dose had been checked, the nurse said the patient did not respond to treatment.' },
    // No asked clause: a bare "did not respond" is not read as a silence.
    { text: 'The hospital denied that the patient had been given the wrong dose. The patient did not respond to the new dose either.' },
    // A named body and another one of its kind, named by its own nouns: not the one that denied.
    { text: 'Brightwater Foods denied that any contaminated batch had reached supermarket shelves. Asked whether the contaminated batch had been tested, the food standards agency declined to comment.' },
    // The silence answers nothing the denial said: a practical matter.
    { text: 'The education ministry denied that exam papers had leaked before the test. Asked whether the results would be published before July, the ministry did not reply.' },
  ],
});
