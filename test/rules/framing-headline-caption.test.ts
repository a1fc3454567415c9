import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Display text (headline, standfirst, photo caption) that states as fact what the body has
// only as one side's claim, disputed: funding told as "used for" in a denial, a past form the
// tagger does not know ("rewrote"), a reply after a quote from the claimant, and captions.
const STAND = (standfirst: string, body: string) => `Harbour board renews terminal lease\n\n${standfirst}\n\nBy Ana Lee, Business Editor\n\n${body}`;

testRule(rule, {
  flagged: [
    {
      // The headline's "bankrolled" against a denial that any money "had been used for" it.
      text: 'Tuition increase bankrolled dean\'s new villa\n\nThe staff association says the increase paid for a new house for the dean. "Families are paying for a villa," its secretary said.\n\nThe dean, Prof. Marta Ilves, denied that any tuition money had been used for housing.',
      flag: 'bankrolled',
    },
    {
      // "rewrote" (read as a noun by the tagger) in the standfirst; a quote from the claimant stands between the claim and "denied that".
      text: STAND(
        'The incumbent kept the terminal after the board rewrote its scoring sheet once the bids were open',
        'The Harbour Board renewed the lease on Monday, its chairman said.\n\nBlue Cargo, the company that also bid, says the weighting for price was raised after the bids were opened. "They rigged it," its chief executive said.\n\nThe chairman denied that. "The sheet never changed," he said.',
      ),
      flag: 'rewrote',
    },
    {
      // A scare-quoted term and a participle on the claim's subject do not hide its verb.
      text: STAND(
        'The board redrew its scoring rules after the bids were opened',
        'The Harbour Board renewed the lease on Monday.\n\nBlue Cargo says the score given to "local content" was raised after the bids were opened. The board denies this.',
      ),
      flag: 'redrew',
    },
    {
      // A photo caption in the body, with the camera symbol.
      text: 'Flour prices double in the capital\n\nThe bakers\' guild says the state mill is holding back flour in its depot at the docks. "They are starving us," its chair said on Monday.\n\nThe mill\'s director denied it.\n\n📷 Sacks of flour that the state mill is holding back in its depot at the docks, on Monday.',
      flag: 'holding back in its depot at the docks, on Monday',
    },
    {
      // A "Photo:" caption and a past act.
      text: 'Council clears market for car park\n\nTraders say the council diverted the market repair fund to the new car park. The council denies this.\n\nPhoto: The car park that the council diverted the market fund to build, on Friday.',
      flag: 'diverted the market fund to build',
    },
  ],
  fine: [
    // The caption attributes the claim itself.
    { text: 'Flour prices double in the capital\n\nThe bakers\' guild says the state mill is holding back flour in its depot at the docks.\n\nThe mill\'s director denied it.\n\n📷 Sacks of flour in the state mill\'s depot, which bakers say is holding back stock, on Monday.' },
    // A caption the body supports in its own voice.
    { text: 'Ferry returns to service\n\nThe ferry is carrying passengers again after its liferafts were replaced on Friday, the regulator said.\n\n📷 Crew members are loading new liferafts onto the ferry on Friday.' },
    // The body says the funding as fact in its own voice.
    { text: 'Tuition increase bankrolled dean\'s new villa\n\nThe university bankrolled a new villa for the dean with the tuition increase, its accounts show. The dean said the house belonged to the state.' },
    // A phrasal act: "holds the monopoly" in the body is not "holding back" stock, and nobody disputes the caption.
    { text: 'Flour prices double in the capital\n\nThe state mill, which holds the monopoly on flour imports, says a cargo was delayed at sea.\n\n📷 Bakers are waiting outside the mill on Monday.' },
    // A standfirst that attributes the claim to the losing bidder.
    {
      text: STAND(
        'The losing bidder says the board rewrote its scoring sheet once the bids were open; the board denies it',
        'Blue Cargo says the weighting for price was raised after the bids were opened. "They rigged it," its chief executive said.\n\nThe chairman denied that.',
      ),
    },
    // "denied that" with its own clause about another matter is no reply to the claim.
    {
      text: STAND(
        'The board rewrote its scoring sheet in January, before the tender opened',
        'The board rewrote its scoring sheet in January and published it, its chairman said.\n\nBlue Cargo says the weighting was raised. "They rigged it," its chief said.\n\nThe chairman denied that the tender had been delayed.',
      ),
    },
  ],
});
