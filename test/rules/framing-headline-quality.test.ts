import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A headline adjective that judges its noun ("illegal rosters", "fake invoices", "rigged
// tender") over a body where that judgement is one side's and the other side denies it, and
// nothing settles it: the headline takes a side.
testRule(rule, {
  flagged: [
    {
      text: 'Dockers walk out over illegal shift patterns at Gdansk port\n\nDockers at the container terminal stopped work on Monday. Their union says the new shift patterns leave less than nine hours between shifts. The terminal operator denied that any shift pattern broke the labour code, and said the union had been consulted.',
      flag: 'illegal shift patterns',
    },
    {
      text: 'Co-op members sue over fake invoices\n\nForty members of a dairy co-operative in Wexford have sued its former board. They say the board paid a haulier for deliveries that never happened. The board denied that the invoices were forged, and its lawyer said every delivery was logged.',
      flag: 'fake invoices',
    },
    {
      text: 'Rivals cry foul over rigged tender for city buses\n\nTwo bus makers have complained to the competition authority about the city\'s tender for 80 electric buses. The transport department rejected claims that the tender had been rigged, saying the rules were published in advance.',
      flag: 'rigged tender',
    },
    {
      text: 'Farmers protest unlawful water cuts in Murcia\n\nAbout 300 farmers drove tractors into Murcia on Thursday. The irrigators\' association says the basin authority cut their quotas without notice. The authority denied that the cuts breached the basin plan, and said a drought decree allowed them.',
      flag: 'unlawful water cuts',
    },
    {
      text: 'Tenants fight illicit rent rises in Vilnius tower\n\nTenants of a 12-storey block in Vilnius say their rents rose by 30 per cent in a year. The landlord, Baltic Homes, denied that the rises broke any rule of the tenancy law.',
      flag: 'illicit rent rises',
    },
  ],
  fine: [
    // The headline attributes the judgement.
    { text: 'Union says rosters are illegal as cabin crew strike\n\nCabin crew stopped work on Monday. The airline denied that any roster broke the rules.' },
    // The body settles it: a court ruled.
    { text: 'Firm fined over illegal dumping near Lake Ohrid\n\nA court in Ohrid ruled on Tuesday that the dumping was illegal and fined the company €40,000. The company had denied that the dumping broke the law.' },
    // No denial: the judgement is not contested.
    { text: 'Police seize fake banknotes in Porto raid\n\nPolice in Porto seized 4,000 counterfeit banknotes on Friday and arrested two men, the force said.' },
    // A denial about something else.
    { text: 'Customs seize illegal ivory at Entebbe airport\n\nCustoms officers at Entebbe seized 200 kilograms of ivory on Monday. The airline denied that its staff had helped load the crates.' },
    // The adjective is the writer\'s own in the body too: the headline follows the story.
    { text: 'Inspectors close illegal quarry in Cappadocia\n\nInspectors closed the illegal quarry on Monday after finding it had no permit. The owner denied that the quarry broke any law.' },
    // Inspectors found the breach.
    { text: 'Airline grounded over illegal rosters\n\nThe aviation authority found that the rosters breached rest rules and grounded the airline on Friday. The airline denied that any roster broke the rules.' },
  ],
});

// A kinship stated as fact in the headline ("Mayor's cousin won ...") over a body where it
// is a claim the party named denies.
testRule(rule, {
  flagged: [
    {
      text: "Governor's son-in-law behind port dredging deal\n\nThe port authority awarded the dredging contract to Delta Marine in May. An opposition senator said one of Delta Marine's owners was \"family of the governor\". Delta Marine denied that any of its owners was related to the governor.",
      flag: "Governor's son-in-law",
    },
    {
      text: "Mayor's cousin won €3m bus contract\n\nA transport firm in Braga won the city's bus contract in March. Councillors say its owner is the mayor's cousin. The mayor's office denied any family relation between the mayor and the owner.",
      flag: "Mayor's cousin",
    },
    {
      text: "President's nephew runs the new lottery\n\nThe company that won the national lottery licence is run by a businessman the opposition describes as close to the president. The presidency rejected claims that he was the president's nephew.",
      flag: "President's nephew",
    },
    {
      text: "Minister's wife owns stake in wind farm firm\n\nA stake of 8 per cent in the wind farm developer is held by a trust in Valletta, according to the company register. The minister denied that his family had any interest in the trust.",
      flag: "Minister's wife",
    },
    {
      text: "Police chief's brother behind security contract\n\nA security firm was hired to guard the stadium. A union official said the firm's owner was \"the chief's own blood\". The police denied that the owner was a relative of the chief.",
      flag: "Police chief's brother",
    },
  ],
  fine: [
    // The writer states the kinship: the headline follows the story.
    { text: "Minister's brother-in-law wins road contract\n\nThe road contract was awarded to Kora Builders, whose owner is the minister's brother-in-law. The ministry denied that the tender had been rigged." },
    // The headline attributes it.
    { text: "MP says minister's brother-in-law is behind coal licence\n\nAn MP told parliament that a director of the local partner was related to the minister. The company denied that any shareholder was related to a member of the government." },
    // No denial of the kinship.
    { text: "Mayor's son opens bakery in old town\n\nThe mayor's son opened a bakery on Friday. The council denied that it had waived the rent." },
    // A kin noun that is not possessed.
    { text: "Son of fishermen becomes harbour master\n\nThe new harbour master grew up in a family of fishermen. He denied that he would close the old quay." },
    // The denial is about something else.
    { text: "Senator's daughter hired by energy regulator\n\nThe regulator hired the senator's daughter as a lawyer in June, it said. The regulator denied that the post had not been advertised." },
  ],
});
