// cross-source/quote-variant: one short statement of a body, given word for word to two different
// named spokespeople ("a spokeswoman for the board, Ana Ruiz, said ... '...,' she said" / "board
// spokesman Tomas Berg said that '...'"): one statement with two voices, one outlet has the
// speaker wrong. Quotations of eight words or more are compared whoever speaks; shorter ones only
// when both speakers speak for a body, and the pronoun of a follow-on quote is read back to the
// person named just before it.
import rule from '../../rules/cross-source/quote-variant.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Baltic Courier', publishedAt: '2026-04-08' },
  { text: b, source: 'Nordic Freight Wire', publishedAt: '2026-04-08' },
];

testRule(rule, {
  flagged: [
    {
      // A pronoun speaker resolved to the spokeswoman named in the sentence before.
      articles: pair(
        'The port of Klaipeda closed its grain terminal on Monday, a spokeswoman for the port authority, Rasa Vaitkute, said in a statement. "The grain terminal will reopen within the week," she said.',
        'Port authority spokesman Darius Petrauskas said in Monday\'s statement that "the grain terminal will reopen within the week" after repairs.',
      ),
    } as never,
    {
      articles: pair(
        'The water utility said supplies were safe. "The reservoir was never contaminated by the spill," said its spokesman, Henrik Lund.',
        'The water utility\'s spokeswoman, Ingrid Dahl, said: "The reservoir was never contaminated by the spill."',
      ),
    } as never,
    {
      articles: pair(
        'A spokesperson for the railway, Marta Kowalska, said: "Every train will run on Friday."',
        'Railway spokesman Piotr Nowak said on Thursday: "Every train will run on Friday."',
      ),
    } as never,
    {
      articles: pair(
        'The airline\'s spokeswoman, Elena Rossi, said in a statement: "All passengers were rebooked within hours."',
        '"All passengers were rebooked within hours," the airline\'s spokesman, Marco Bianchi, said.',
      ),
    } as never,
    {
      articles: pair(
        'The ministry confirmed the outage. "Pension payments will arrive on time," a spokeswoman for the ministry, Aiko Tanaka, said.',
        'Ministry spokesman Kenji Sato said: "Pension payments will arrive on time."',
      ),
    } as never,
  ],
  fine: [
    {
      // The same spokeswoman in both outlets.
      articles: pair(
        'A spokeswoman for the port authority, Rasa Vaitkute, said: "The terminal will reopen within the week."',
        'Port authority spokeswoman Rasa Vaitkute said that "the terminal will reopen within the week."',
      ),
    } as never,
    {
      // Two people, two statements: different words.
      articles: pair(
        'A spokeswoman for the railway, Marta Kowalska, said: "Every train will run on Friday."',
        'The union\'s spokesman, Piotr Nowak, said: "Not one driver will work on Friday."',
      ),
    } as never,
    {
      // A short line by two people who are not spokespeople: a slogan may be said twice.
      articles: pair(
        'The protest leader, Jonas Berg, shouted: "We will not be moved today."',
        'Student organiser Lena Holm told the crowd: "We will not be moved today."',
      ),
    } as never,
    {
      // Spokespeople of two different bodies may use the same stock line.
      articles: pair(
        'A spokeswoman for the police, Eva Stone, said: "Inquiries are continuing at this stage."',
        'A spokesman for the fire service, Tom Reed, said: "Inquiries are continuing at this stage."',
      ),
    } as never,
    {
      // An unresolved pronoun after a body, not a named person, stays unread.
      articles: pair(
        'The museum said in a statement on Monday that the collection was safe. "Not one painting was damaged by the flood," she said.',
        'Museum spokesman Arvid Lund said that "not one painting was damaged by the flood."',
      ),
    } as never,
  ],
});
