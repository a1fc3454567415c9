import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Display text (headline, standfirst, a writer's subhead) that asserts what the body has only
// as one side's claim and a denial: a headline act told in other words in the body ("drained
// the fund" / "paid themselves", "took money from"); a standfirst clause that states one
// party's own account a second party denies ("who was given ... by her coach" over "has
// always said that her coach gave her ..."); a subhead that gives the reason for an act as
// fact ("Picked for loyalty") over a section that has that reason only from one side, rejected.
const byline = 'By Maren Olsen | 3 March 2025';

testRule(rule, {
  flagged: [
    {
      text: `Bus company's owners drained route subsidy before closure\n\nNorthern Coaches, which ran the valley's only bus line, has stopped running.\n\n${byline}\n\nNorthern Coaches went into administration on Friday, the court said.\n\nThe drivers' union says the two owners paid themselves bonuses out of the subsidy while drivers went unpaid. The owners deny taking any money from the subsidy account for themselves.`,
      flag: 'drained',
    },
    {
      text: `Clinic trustees siphoned hospital appeal fund\n\nThe appeal raised 2 million pesos in 2024.\n\n${byline}\n\nA group of donors says the trustees helped themselves to the appeal money. The trustees deny taking any money from the fund.`,
      flag: 'siphoned',
    },
    {
      text: `Ferry firm's directors milked island subsidy\n\nThe island's only ferry has not sailed since June.\n\n${byline}\n\nThe seafarers' union says the directors paid themselves fees from the subsidy in 2024. The directors deny this.`,
      flag: 'milked',
    },
    {
      text: `Cycling federation upholds ban\n\nThe federation upholds the ban on the national road champion, who was given the steroid by his team doctor without his knowledge\n\n${byline}\n\nThe federation's appeals board on Monday confirmed the two-year ban on Tomas Varga.\n\nVarga, 29, has long said that his team doctor gave him pills he believed were iron supplements. The doctor has denied giving him any medication.`,
      flag: 'given',
    },
    {
      text: `Ministry names new head of the national archive\n\nThe historian Clara Weiss will take over in January.\n\n${byline}\n\nThe culture ministry on Tuesday named Clara Weiss, a historian, as director of the national archive. She has spent twenty years at the university library.\n\nPicked for party loyalty, not experience\n\nThe opposition Greens say she was chosen because she is a member of the governing party. "This is patronage," their culture spokesman said.\n\nThe ministry rejected the opposition's charge. "She is the best-qualified candidate," a spokeswoman said.`,
      flag: 'Picked for party loyalty, not experience',
    },
    {
      text: `Port authority appoints new harbour master\n\nThe appointment takes effect in May.\n\n${byline}\n\nThe port authority on Wednesday appointed Jonas Berg as harbour master. He has worked at the port for six years.\n\nSelected as a reward for his campaign work\n\nLocal fishermen's associations say Berg was selected because he ran the mayor's election campaign last year.\n\nThe port authority dismissed the claims. "He was the strongest of four candidates," its chair said.`,
      flag: 'Selected as a reward for his campaign work',
    },
  ],
  fine: [
    // The headline attributes the claim.
    { text: `Bus company's owners drained route subsidy, union says\n\nNorthern Coaches has stopped running.\n\n${byline}\n\nThe drivers' union says the two owners paid themselves bonuses out of the subsidy. The owners deny taking any money from the subsidy account.` },
    // The body states the act in its own voice: the headline follows the story.
    { text: `Bus company's owners drained route subsidy before closure\n\nNorthern Coaches has stopped running.\n\n${byline}\n\nThe court-appointed administrator found that the two owners drained 1.2 million crowns from the route subsidy in 2024. Both were charged on Monday.` },
    // A denial of another matter: the owners deny a safety lapse, not taking money.
    { text: `Bus company's owners drained route subsidy before closure\n\nNorthern Coaches has stopped running.\n\n${byline}\n\nThe administrator's report shows the owners drained the subsidy account in 2024. The owners deny that any bus was unsafe.` },
    // The standfirst attributes the athlete's account.
    { text: `Cycling federation upholds ban\n\nThe federation upholds the ban on the national road champion, who says he was given the steroid by his team doctor\n\n${byline}\n\nVarga, 29, has long said that his team doctor gave him pills he believed were iron supplements. The doctor has denied giving him any medication.` },
    // A subhead the section supports in its own voice, with no rejection.
    { text: `Ministry names new head of the national archive\n\nThe historian Clara Weiss will take over in January.\n\n${byline}\n\nThe culture ministry on Tuesday named Clara Weiss, a historian, as director of the national archive.\n\nChosen for her work on the colonial records\n\nThe ministry said she was chosen for her work cataloguing the colonial records. Archivists welcomed the appointment.\n\nShe starts in January.` },
    // A subhead that attributes the charge itself.
    { text: `Ministry names new head of the national archive\n\nThe historian Clara Weiss will take over in January.\n\n${byline}\n\nThe culture ministry on Tuesday named Clara Weiss as director of the national archive.\n\nPicked for loyalty, opposition says\n\nThe opposition Greens say she was chosen because she is a member of the governing party.\n\nThe ministry rejected the opposition's charge. "She is the best-qualified candidate," a spokeswoman said.` },
    // A short label line without a reason is no claim.
    { text: `Ministry names new head of the national archive\n\nThe historian Clara Weiss will take over in January.\n\n${byline}\n\nThe culture ministry on Tuesday named Clara Weiss as director of the national archive.\n\nWhat happens next\n\nThe opposition Greens say she was chosen because she is a member of the governing party.\n\nThe ministry rejected the opposition's charge.` },
  ],
});
