import rule from '../../rules/attribution/agentless-judgement.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'The ruling has been hailed as a landmark for press freedom in Kenya.', flag: 'has been hailed' },
    { text: 'The governor’s response to the floods was roundly criticised.', flag: 'was roundly criticised' },
    { text: 'The new metro line in Lima has been praised for its punctuality.', flag: 'has been praised' },
    { text: 'The coach was blasted for leaving his captain on the bench in the final.', flag: 'was blasted' },
    { text: 'Her memoir has been widely celebrated as a portrait of post-war Warsaw.', flag: 'has been widely celebrated' },
    { text: 'The decision to close the border was denounced, and the minister resigned within a week.', flag: 'was denounced' },
  ],
  fine: [
    { text: 'The ruling has been hailed by the Kenya Union of Journalists as a landmark for press freedom.' },
    { text: 'The governor’s response to the floods was criticised by three opposition mayors.' },
    { text: 'He was arrested in Rotterdam in June and was charged with fraud on Friday.' },
    { text: 'The general was condemned to death in absentia by a military court.' },
    { text: 'The anniversary will be celebrated with a concert in Kraków on Saturday.' },
    { text: 'The new metro line in Lima could be praised as a model if it stays punctual.' },
  ],
});
