import rule from '../../rules/framing/contradictory-status.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      text: 'The claims remain unverified, according to the prosecutor\'s office in Milan. Investigators have confirmed the claims, the newspaper reported.',
      flag: 'confirmed the claims',
    },
    {
      text: 'Police said the footage was authenticated by forensic experts in Lyon. The footage, which is unverified, was shared widely on Telegram.',
      flag: 'is unverified',
    },
    {
      text: 'Officials handed the classified document to reporters in Ottawa on Monday. The declassified document lists 40 sites.',
      flag: 'declassified document',
    },
  ],
  fine: [
    { text: 'Health officials in Winnipeg reported 40 confirmed cases of measles and 12 unconfirmed cases on Friday. Unconfirmed reports put the number higher.' },
    { text: 'The video remains unverified. The regulator in Seoul later confirmed the video on Tuesday.' },
    { text: 'A declassified cable from 1971 shows the embassy in Hanoi was classified as a hardship post.' },
    { text: 'Reuters confirmed the authenticity of the letter from the Peruvian ministry. The claims in the letter remain unverified.' },
  ],
});
