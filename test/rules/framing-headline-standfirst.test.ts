import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Headlines and standfirsts that state what the body only alleges or reports denied: a
// standfirst (the summary line between the headline and the byline) stating a past act in
// the writer's voice; a headline "<sum> went on <purpose>" over a denial that the money was
// used for it; a headline cause ("knocked out") that the body reports denied ("was not to
// blame") or still under investigation.
testRule(rule, {
  flagged: [
    {
      text: 'Wind farm two years late as subsidy questions grow\n\nNordvik Wind used the subsidy to pay off its own loans, leaving the turbines in storage.\n\nBy Ingrid Dahl, energy reporter\nPublished: 12 March 2026, 07:00\n\nThe 40-turbine wind farm was due to open in 2024.\n\nAn unsigned memo sent to the paper says that most of the subsidy was transferred to the company\'s lenders. The company denied using any of the subsidy to repay debt.',
      flag: 'used',
    },
    {
      text: 'Port strike ends after eight days\n\nHarbour Logistics diverted the safety budget to pay a dividend, leaving the cranes unrepaired.\n\nBy Ana Ruiz, ports correspondent\nPublished: 9 April 2025, 06:30\n\nDockers went back to work on Monday after eight days.\n\nThe union alleges that Harbour Logistics diverted the safety budget to pay a dividend in 2024. The company denies this.',
      flag: 'diverted',
    },
    {
      text: '€3.1 million in tourist taxes went on Split council bonuses\n\nSplit\'s city council approved its budget on Tuesday.\n\nMayor Ivan Horvat denied that any tourist-tax money had been used for bonuses. "Every euro is accounted for," he said.\n\nAccording to two people who have seen a draft audit, €3.1 million was moved from the tourist-tax fund into the general budget.',
      flag: 'went',
    },
    {
      // The mayor's own account in the standfirst is hers, not a fact told by the paper.
      text: '€600,000 in parking fees went on Graz council bonuses\n\nThe mayor says every euro of the fund went on road repairs.\n\nBy Lena Huber\nPublished: 4 May 2025, 08:10\n\nMayor Eva Gruber denied that any parking-fee money had been used for bonuses.\n\nTwo councillors who have read the draft accounts say €600,000 was moved from the parking fund into the general budget.',
      flag: 'went',
    },
    {
      text: 'Faulty patch knocked out Tonga Mobile\n\nService returned for most customers on Wednesday after a day and a half without calls or data.\n\nThe company says the cause is still under investigation. Its chief executive, Sione Fifita, said on Tuesday that a software patch installed on Sunday night was not to blame.',
      flag: 'knocked out',
    },
    {
      text: 'Power surge took down Andes Bank\'s payment system\n\nCustomers could not pay by card for six hours on Friday.\n\nAndes Bank said a power surge did not cause the failure and that the cause was being investigated.',
      flag: 'took down',
    },
  ],
  fine: [
    // The standfirst attributes the claim.
    { text: 'Wind farm two years late as subsidy questions grow\n\nA memo says Nordvik Wind used the subsidy to pay off its loans; the company denies it.\n\nBy Ingrid Dahl, energy reporter\nPublished: 12 March 2026, 07:00\n\nAn unsigned memo sent to the paper says that most of the subsidy was transferred to the company\'s lenders. The company denied using any of the subsidy to repay debt.' },
    // The standfirst states what the body states too.
    { text: 'Library reopens after flood repairs\n\nThe city used a state grant to rebuild the ground floor.\n\nBy Tom Reyes\nPublished: 3 June 2025, 09:15\n\nThe city used a €2 million state grant to rebuild the ground floor, the council said.' },
    // The headline's money went where the body says it went.
    { text: '€2 million in parking fees went on new bus lanes\n\nThe council spent €2 million from parking fees on new bus lanes last year, its published accounts show. The opposition had asked for the money to go on road repairs.' },
    // The body states the cause as fact.
    { text: 'Storm knocked out power to 5,000 homes\n\nA storm knocked out power lines across the north on Monday. The cause of a separate fire at the substation is under investigation.' },
    // The headline attributes the cause.
    { text: 'Company says power surge took down payment system\n\nCustomers could not pay by card for six hours on Friday. Andes Bank said a power surge had caused the failure.' },
    // A second paragraph of story, not a standfirst, under the headline.
    { text: 'Wind farm two years late\n\nNordvik Wind used the subsidy to pay off its loans, a memo alleges.\n\nThe company denied using any of the subsidy to repay debt.' },
  ],
});
