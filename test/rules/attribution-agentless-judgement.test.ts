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
    // Idioms of blame and praise that name no one.
    { text: 'The council in Bristol has come under fire for closing two libraries before the summer.', flag: 'has come under fire' },
    { text: 'The broadcaster has faced criticism for its coverage of the dock strike in Antwerp.', flag: 'has faced criticism' },
    { text: 'The regulator has faced mounting criticism over its handling of the pension fund collapse.', flag: 'has faced mounting criticism' },
    { text: 'The festival in Adelaide has won widespread praise for its programme.', flag: 'has won widespread praise' },
  ],
  fine: [
    { text: 'The ruling has been hailed by the Kenya Union of Journalists as a landmark for press freedom.' },
    { text: 'The governor’s response to the floods was criticised by three opposition mayors.' },
    { text: 'He was arrested in Rotterdam in June and was charged with fraud on Friday.' },
    { text: 'The general was condemned to death in absentia by a military court.' },
    { text: 'The anniversary will be celebrated with a concert in Kraków on Saturday.' },
    { text: 'The new metro line in Lima could be praised as a model if it stays punctual.' },
    { text: 'A UN convoy came under fire near the border crossing on Tuesday.' },
    { text: 'The pension plan came under fire from opposition parties in Madrid.' },
    { text: 'The airline could face criticism if the strike at Schiphol goes ahead.' },
    { text: 'Former minister Ana Costa, whose government faced heavy criticism after the 2017 fires, said lessons must be learned.' },
  ],
});
