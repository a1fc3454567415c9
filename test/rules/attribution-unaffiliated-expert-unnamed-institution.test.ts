import rule from '../../rules/attribution/unaffiliated-expert.js';
import { testRule } from '../helpers/rule-tester.js';

// An institution brought in as one of its kind ("a Dutch university", "a university in
// Rotterdam", "a Lagos bank") names nothing a reader could look up; a place in a "who"
// clause of experience is no employer either.
testRule(rule, {
  flagged: [
    { text: '"The reef is bleaching earlier each year," said Dr Maria Keller, a coral ecologist at a Dutch university.', flag: 'said Dr Maria Keller' },
    { text: '"The reef is bleaching earlier each year," said Dr Maria Keller, a coral ecologist at a university in Rotterdam.', flag: 'said Dr Maria Keller' },
    { text: 'Dr Maria Keller, a coral ecologist at a Dutch university who has dived the Gulf of Aqaba reefs since 2004, said the bleaching had come early.', flag: 'Dr Maria Keller' },
    { text: '"The reef is bleaching earlier each year," said Dr Maria Keller, a coral ecologist who works at a university in Rotterdam.', flag: 'said Dr Maria Keller' },
    { text: '"Rates will have to rise before the harvest," said Paul Okafor, an economist at a Lagos bank.', flag: 'said Paul Okafor' },
  ],
  fine: [
    { text: '"The reef is bleaching earlier each year," said Dr Maria Keller, a coral ecologist at Erasmus University in Rotterdam.' },
    { text: '"The reef is bleaching earlier each year," said Dr Maria Keller, a coral ecologist at the University of Groningen.' },
    { text: '"The reef is bleaching earlier each year," said Dr Maria Keller, a coral ecologist who works at the Royal Netherlands Institute for Sea Research.' },
    { text: '"Rates will have to rise before the harvest," said Paul Okafor, an economist at a Zenith Bank branch.' },
  ],
});
