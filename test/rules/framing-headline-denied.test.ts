import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Headlines that turn a denial into its opposite: "admits" over a body that reports only a
// denial, a relation ("with ties to", "linked to") over a body where it is denied and never
// stated as fact, and a cause over "the cause ... was still being investigated".
testRule(rule, {
  flagged: [
    {
      text: 'Rail operator admits signal fault behind Lyon derailment\n\nThe operator, Rhône Rail, denied that a signal fault had led to the derailment on Sunday. Investigators are still examining the track.',
      flag: 'admits',
    },
    {
      text: 'Mayor admits misuse of flood funds\n\nThe mayor of Piura, Carlos Vela, denied any misuse of the flood funds on Tuesday. Auditors from the comptroller\'s office are examining the accounts.',
      flag: 'admits',
    },
    {
      text: 'Club confesses to fixing youth matches\n\nFC Vardar denied that it had fixed any youth matches, after a newspaper in Skopje published recordings of its coaches.',
      flag: 'confesses',
    },
    {
      text: 'Port contract awarded to firm with ties to president\'s family\n\nThe contract for the container terminal went to Baraka Logistics. Opposition MPs say the firm is owned by relatives of the president. Baraka Logistics has denied any links to the president\'s family.',
      flag: 'with ties to',
    },
    {
      text: 'Hospital supplier linked to health minister wins new tender\n\nMedEquip Ltd won a second contract on Monday. Journalists at the Daily Monitor reported that a director of the firm is the minister\'s nephew. The company rejected claims of connections to the minister.',
      flag: 'linked to health minister',
    },
    {
      text: 'Pump fault behind Walvis Bay water cuts\n\nThe plant that supplies Walvis Bay shut down on Monday. The operator said the cause of the pump fault was still being investigated.',
      flag: 'Pump fault behind',
    },
  ],
  fine: [
    // The body reports the admission itself.
    { text: 'Rail operator admits signal fault behind Lyon derailment\n\nRhône Rail admitted on Tuesday that a signal fault had caused the derailment, and denied that its staff had ignored earlier warnings.' },
    { text: 'Minister admits delays to Lagos rail line\n\nThe transport minister acknowledged on Monday that the line would open a year late, and denied that the delays had raised its cost.' },
    // The denial is about another matter than the admission.
    { text: 'Council admits pothole backlog\n\nThe council said it had 4,000 potholes waiting for repair. It denied that the road budget had been cut.' },
    // The body states the ties as fact.
    { text: 'Port contract awarded to firm with ties to president\'s family\n\nBaraka Logistics, which won the contract, is owned by the president\'s nephew. The firm has ties to the president\'s family going back decades. It denied any links to the tender board.' },
    // No denial: the link is reported from records.
    { text: 'Senator linked to mining lobby wins re-election\n\nSenator Rosa Pinto, who chairs the mining committee, received donations from three mining companies, according to electoral records.' },
    // The cause is stated as fact.
    { text: 'Pump fault behind Walvis Bay water cuts\n\nThe plant that supplies Walvis Bay shut down on Monday. A pump fault caused the breakdown, the operator said on Tuesday.' },
  ],
});
