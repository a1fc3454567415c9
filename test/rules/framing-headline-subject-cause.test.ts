import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// Headlines that assert an act or a cause without a verb of their own: the cause as the
// subject of a causal verb ("Missed maintenance left ... stranded"), and an attributive
// participle ("Inside the rigged auction"), over bodies that only allege, deny or leave it open.
testRule(rule, {
  flagged: [
    {
      text: 'Faulty wiring caused blaze at Porto market\n\nA fire destroyed 40 stalls at the Bolhão market in Porto on Tuesday. The fire brigade said it had not drawn any conclusions about whether faulty wiring started the fire.',
      flag: 'Faulty wiring caused',
    },
    {
      text: 'Missed maintenance left ferry passengers stranded off Split\n\nAbout 300 passengers spent six hours on a ferry that lost power off Split on Friday. The operator, Adria Lines, insists the ferry was serviced in March and that its maintenance was up to date.',
      flag: 'Missed maintenance left',
    },
    {
      text: 'Inside the doctored accounts of a Lagos bus operator\n\nAuditors have accused the Lagos bus operator of doctoring its accounts for 2023. The company denies the claims.',
      flag: 'doctored',
    },
    {
      text: "How the rigged auction for Sofia's airport lease unfolded\n\nTwo losing bidders accused the transport ministry of steering the auction to a local firm. The ministry denies it.",
      flag: 'rigged',
    },
    {
      text: "Tracing the laundered millions of Kyiv's former mayor\n\nProsecutors accused the former mayor of laundering $4 million through shell firms in Cyprus. He denies the charges.",
      flag: 'laundered',
    },
  ],
  fine: [
    // The body states the cause.
    { text: 'Faulty wiring caused blaze at Porto market\n\nInvestigators said faulty wiring caused the fire that destroyed 40 stalls on Tuesday.' },
    // A causal headline over a body that leaves nothing open.
    { text: 'Storm left 20,000 homes without power in Brittany\n\nA storm brought down power lines across Brittany on Monday, leaving 20,000 homes without power, the grid operator said.' },
    { text: 'Burst pipe left school without heating\n\nA burst pipe left Riverside Primary School without heating on Monday, the council said.' },
    // The act told as fact.
    { text: "Inside the rigged tender for Lima's metro line\n\nA court found in May that two officials rigged the tender for Lima's new metro line in 2021." },
    // A participle that names no framed act.
    { text: "Inside the crowded wards of Nairobi's main hospital\n\nPatients at the hospital sleep two to a bed, nurses said." },
    { text: "The disputed tender for Accra's port\n\nTwo bidders accused the ports authority of favouring a rival. The authority denies it." },
  ],
});
