import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Causal headlines ("X behind Y") and present-tense act headlines ("Mayor Hides Audit")
// over a body that leaves the cause open, or reports the act only as denied or claimed.
testRule(rule, {
  flagged: [
    {
      text: 'Faulty Valve Behind Lagos Refinery Fire\n\nA fire at the Dangote refinery near Lagos on Sunday injured four workers. Investigators are examining whether a faulty valve on the crude unit started the blaze. The valve maker, Hydra Controls, denied that any of its valves had failed.',
      flag: 'Faulty Valve Behind',
    },
    {
      text: 'Contaminated Feed to Blame for Dairy Herd Deaths in Friesland\n\nMore than 200 cows have died on eleven farms in Friesland since June. The Dutch food safety authority said it suspected contaminated feed but had not drawn any conclusions.',
      flag: 'Contaminated Feed to Blame for',
    },
    {
      text: 'Software Update Responsible for Airline Check-in Outage\n\nCheck-in systems at SkyNord failed at airports across Norway on Friday. The airline said it was investigating whether a software update from its supplier, Arcus Systems, was linked to the outage. Arcus Systems denied that its update had caused any failure.',
      flag: 'Software Update Responsible for',
    },
    {
      text: 'Mayor Hides Audit of Harbour Contracts\n\nOpposition councillors in Gdansk say the audit of the harbour contracts was finished in May. Mayor Piotr Nowak denied that the audit was being concealed and said it would be published after a legal review.',
      flag: 'Hides',
    },
    {
      text: 'Ministry Buries Flood Wall Study\n\nEngineers told the Senate in Manila that their study of the Marikina flood walls had been sent to the public works ministry in March. The ministry denied that it had suppressed the study.',
      flag: 'Buries',
    },
    {
      text: "Utility Cuts Pensioners' Winter Subsidy\n\nA pensioners' group in Tallinn says Eesti Energia cut the winter subsidy for 12,000 households this month. Eesti Energia denies this.",
      flag: 'Cuts',
    },
  ],
  fine: [
    // The body states the cause as a finding.
    { text: "Faulty Valve Behind Lagos Refinery Fire\n\nA faulty valve on the crude unit caused Sunday's fire at the Dangote refinery near Lagos, the fire service said in its final report. The valve maker, Hydra Controls, said it would review its designs." },
    // "behind" for the makers of something, with nothing left open.
    { text: "The Designers Behind Lisbon's New Tram\n\nThe studio of Ana Rocha designed the trams, which enter service in May. Rocha said the team spent three years on the project." },
    // The headline hedges the cause itself.
    { text: 'Suspected Faulty Valve Behind Lagos Refinery Fire\n\nInvestigators are examining whether a faulty valve on the crude unit started the blaze. The valve maker denied that any of its valves had failed.' },
    // A present-tense headline the body reports as done.
    { text: 'Council Approves Harbour Tram in Gdansk\n\nGdansk city council approved the harbour tram line on Tuesday by 24 votes to 10. Opponents said the council had ignored residents.' },
    // "inspectors' report" is the object, and the act (publishing) is not in dispute.
    { text: "City Publishes Inspectors' Report on Short-Term Lets\n\nThe city of Split published the inspectors' report on Monday. Landlords' groups denied that the report was accurate." },
    // What is left open is another factor than the headline's cause.
    { text: 'Storm Behind Power Cuts in Brittany\n\nStorm Ciaran brought down power lines across Brittany, the grid operator Enedis said, leaving 80,000 homes without electricity. Enedis is investigating whether a substation fault also played a part.' },
  ],
});
