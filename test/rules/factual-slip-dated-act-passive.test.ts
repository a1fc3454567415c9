import rule from '../../rules/factual-slip/dated-act.js';
import { testRule } from '../helpers/rule-tester.js';

// A passive with its time and a titled agent: "launched in 2010 by Chancellor X",
// "opened by President X in March 2015". Wrong when the time lies clearly before every term
// (after a term, only an act no former holder can do).
testRule(rule, {
  flagged: [
    { text: 'The Athi River bridge was opened in 2015 by President William Ruto.', flag: 'opened in 2015 by President William Ruto' },
    { text: 'The inquiry into the water board was ordered in 2012 by Prime Minister Anthony Albanese.', flag: 'ordered in 2012 by Prime Minister Anthony Albanese' },
    { text: 'The Lekki refinery was inaugurated by President Bola Tinubu in March 2019, officials said.', flag: 'inaugurated by President Bola Tinubu in March 2019' },
    { text: 'A sugar levy was introduced in 2010 by President Claudia Sheinbaum to fund school meals.', flag: 'introduced in 2010 by President Claudia Sheinbaum' },
    { text: 'The trade pact, which was signed in 2008 by President Uhuru Kenyatta, lapsed last year.', flag: 'signed in 2008 by President Uhuru Kenyatta' },
  ],
  fine: [
    { text: 'The Athi River bridge was opened in 2023 by President William Ruto.' },
    { text: 'The Athi River bridge was opened in 2015 by President Uhuru Kenyatta.' },
    // After the term, a former holder still opens things.
    { text: 'The presidential library was opened in 2023 by President Barack Obama.' },
    { text: "The inquiry was ordered in 2012 by Prime Minister Anthony Albanese's predecessor." },
    { text: 'The bridge was opened in 2015 by then-Deputy President William Ruto.' },
    { text: 'The plan was drafted in 2012, and President Claudia Sheinbaum revived it last year.' },
  ],
});
