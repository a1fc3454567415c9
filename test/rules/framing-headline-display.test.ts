import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Display text (headline, standfirst, a writer's subhead) that asserts what the body has only
// as one side's claim and a denial: a headline act told in other words in the body ("drained
// the fund" / "paid themselves", "took money out of"); a standfirst clause that states one
// party's own account a second party denies ("whose stream was fouled by a neighbour's pipe"
// over "has long said that the neighbour's pipe fouled ..."); a subhead that gives the reason
// for an act as fact ("Picked for its links to the mayor") over a section that has that reason
// only from one side, rejected.
const byline = 'By Maren Olsen | 3 March 2025';

testRule(rule, {
  flagged: [
    {
      text: `Choir treasurers drained touring fund\n\nThe Bergen youth choir has called off its spring tour of Germany.\n\n${byline}\n\nThe choir called off the tour on Friday, its conductor said.\n\nParents of the singers say the two treasurers paid themselves expenses from the touring fund for three years. Both treasurers deny taking money out of the fund.`,
      flag: 'drained',
    },
    {
      text: `Clinic trustees siphoned hospital appeal fund\n\nThe appeal raised 2 million pesos in 2024.\n\n${byline}\n\nA group of donors says the trustees helped themselves to the appeal money. The trustees deny this.`,
      flag: 'siphoned',
    },
    {
      text: `Landlords milked flat repair grant\n\nThe grant was meant to fix the roofs of 300 flats in Daugavpils.\n\n${byline}\n\nThe tenants' association says the landlords paid themselves consulting fees from the grant in 2024. The landlords deny this.`,
      flag: 'milked',
    },
    {
      text: `Court upholds fine on dairy farmer\n\nThe court upholds the fine on the Waikato farmer, whose stream was fouled by a neighbour's broken pipe\n\n${byline}\n\nThe district court on Monday confirmed the fine on Aroha Tane for polluting the stream.\n\nTane, 51, has long said that a neighbour's broken pipe fouled the stream. The neighbour has denied that any pipe of his fouled the stream.`,
      flag: 'fouled',
    },
    {
      text: `City picks builder for the Vistula footbridge\n\nWork on the bridge starts in April.\n\n${byline}\n\nThe city of Torun on Tuesday picked Mostex, a local firm, to build the footbridge. The contract is worth 40 million zloty.\n\nPicked for its links to the mayor\n\nTwo losing bidders say Mostex was chosen because its owner is the mayor's cousin. "The tender was a formality," one of them said.\n\nThe city disputed that account. "Mostex had the lowest price," a spokesman said.`,
      flag: 'Picked for its links to the mayor',
    },
    {
      text: `Port authority appoints new harbour master\n\nThe appointment takes effect in May.\n\n${byline}\n\nThe port authority on Wednesday appointed Jonas Berg as harbour master. He has worked at the port for six years.\n\nSelected as a reward for his campaign work\n\nLocal fishermen's associations say Berg was selected because he ran the mayor's election campaign last year.\n\nThe port authority dismissed the claims. "He was the strongest of four candidates," its chair said.`,
      flag: 'Selected as a reward for his campaign work',
    },
  ],
  fine: [
    // The headline attributes the claim.
    { text: `Choir treasurers drained touring fund, parents say\n\nThe Bergen youth choir has called off its spring tour.\n\n${byline}\n\nParents of the singers say the two treasurers paid themselves expenses from the touring fund. Both treasurers deny taking money out of the fund.` },
    // The body states the act in its own voice: the headline follows the story.
    { text: `Choir treasurers drained touring fund\n\nThe Bergen youth choir has called off its spring tour.\n\n${byline}\n\nAn auditor hired by the choir found that the two treasurers drained 300,000 kroner from the touring fund in 2024. Both were charged on Monday.` },
    // A denial of another matter: the treasurers deny a late filing, not taking money.
    { text: `Choir treasurers drained touring fund\n\nThe Bergen youth choir has called off its spring tour.\n\n${byline}\n\nThe auditor's report shows the treasurers drained the touring fund in 2024. The treasurers deny that any tax return was filed late.` },
    // The standfirst attributes the farmer's account.
    { text: `Court upholds fine on dairy farmer\n\nThe court upholds the fine on the Waikato farmer, who says his stream was fouled by a neighbour's broken pipe\n\n${byline}\n\nTane, 51, has long said that a neighbour's broken pipe fouled the stream. The neighbour has denied that any pipe of his fouled the stream.` },
    // A subhead the section supports in its own voice, with no rejection.
    { text: `City picks builder for the Vistula footbridge\n\nWork on the bridge starts in April.\n\n${byline}\n\nThe city of Torun on Tuesday picked Mostex, a local firm, to build the footbridge.\n\nChosen for the lowest price\n\nThe city said Mostex was chosen for its price, 40 million zloty, the lowest of five bids. Engineers welcomed the choice.\n\nWork starts in April.` },
    // A subhead that attributes the charge itself.
    { text: `City picks builder for the Vistula footbridge\n\nWork on the bridge starts in April.\n\n${byline}\n\nThe city of Torun on Tuesday picked Mostex to build the footbridge.\n\nPicked for mayoral links, bidders say\n\nTwo losing bidders say Mostex was chosen because its owner is the mayor's cousin.\n\nThe city disputed that account. "Mostex had the lowest price," a spokesman said.` },
    // A short label line without a reason is no claim.
    { text: `City picks builder for the Vistula footbridge\n\nWork on the bridge starts in April.\n\n${byline}\n\nThe city of Torun on Tuesday picked Mostex to build the footbridge.\n\nWhat happens next\n\nTwo losing bidders say Mostex was chosen because its owner is the mayor's cousin.\n\nThe city disputed that account.` },
  ],
});
