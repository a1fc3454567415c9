import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

// "X has offered no explanation for the recording" after X (or its owner, spokesperson or
// head) was reported giving an account in a passage about that recording.
testRule(rule, {
  flagged: [
    {
      text: 'Fjord Ferries cuts winter sailings after video of overloaded deck\n\nThe maritime authority in Bergen cut the company\'s winter sailings on Tuesday.\n\nThe authority has linked the video to Fjord Ferries Ltd, whose ship can be seen in the recording. The company\'s owner, Lars Eide, said the passengers on deck had come from a second ship that had broken down and that his crew had been told to take them on.\n\nSeveral crew members have since left the company.\n\nFjord Ferries Ltd has offered no explanation for the video.',
      flag: 'Fjord Ferries Ltd has offered no explanation for the video',
    },
  ],
  fine: [
    {
      // A bare denial explains nothing: the company still owes its account.
      text: 'Fjord Ferries cuts winter sailings after video of overloaded deck\n\nThe maritime authority in Bergen cut the company\'s winter sailings on Tuesday.\n\nThe authority has linked the video to Fjord Ferries Ltd, whose ship can be seen in the recording. The company\'s owner, Lars Eide, denied that his ship had broken any rule.\n\nSeveral crew members have since left the company.\n\nFjord Ferries Ltd has offered no explanation for the video.',
    },
    {
      // Someone else's account, not the company's.
      text: 'Fjord Ferries cuts winter sailings after video of overloaded deck\n\nThe maritime authority in Bergen cut the company\'s winter sailings on Tuesday.\n\nThe authority has linked the video to Fjord Ferries Ltd, whose ship can be seen in the recording. A passenger, Ola Berg, said the deck had been crowded for an hour before anyone acted.\n\nFjord Ferries Ltd has offered no explanation for the video.',
    },
  ],
});
