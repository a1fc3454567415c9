import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

// A headline or standfirst whose subject carries an act in a participle ("Traders hoarding
// rice have pushed up prices") over a body where the act is one side's claim and the accused
// deny it: the sentence builds a cause on a disputed act.
testRule(rule, {
  flagged: [
    {
      text: 'Rice prices climb in Dhaka markets\n\nWholesalers hoarding rice in warehouses have pushed prices up by a third, as the harvest arrives late.\n\nBy Rafiq Ahmed, markets reporter\nPublished: 3 June 2025, 07:00\n\nRice prices in Dhaka rose by a third in May. The food ministry blames speculation. The wholesalers\' association denied that its members were hoarding rice, and said the late harvest was to blame.',
      flag: 'hoarding',
    },
    {
      text: 'Guards taking bribes let smuggled fuel across the border\n\nFuel smuggled from the south is sold openly in the border towns. Drivers say they pay at the checkpoints. The customs service denied that its guards were taking bribes.',
      flag: 'Guards taking',
    },
    {
      text: 'Landlords dumping tenants have emptied the old town\n\nThe old town has lost a third of its residents since 2019. A tenants\' group says landlords are forcing people out to rent to tourists. The landlords\' federation denied dumping tenants and said most had left of their own accord.',
      flag: 'dumping',
    },
    {
      text: 'Officials skimming aid have left refugees without food\n\nRefugees at the camp near Gaziantep say rations have been cut twice this year. Aid workers blame the local office. The office denied skimming any aid.',
      flag: 'skimming',
    },
    {
      text: 'Operators overbooking flights stranded hundreds at Faro\n\nHundreds of passengers were left at Faro airport on Sunday. A consumer group says the airlines sold more seats than they had. The airlines denied overbooking any flight.',
      flag: 'overbooking',
    },
  ],
  fine: [
    // The body states the act as fact.
    { text: 'Wholesalers hoarding rice have pushed prices up\n\nInspectors found 9,000 tonnes of rice in sealed warehouses on Monday. Wholesalers hoarded rice for three months before the harvest, the inspectors\' report shows. The association denied that its members were hoarding.' },
    // No denial.
    { text: 'Volunteers clearing snow have reopened the mountain road\n\nAbout 60 volunteers cleared the road to the village on Sunday, the mayor said.' },
    // The participle is the predicate, not inside the subject.
    { text: 'Prices keep rising as traders hold stock\n\nTraders said they were holding stock until the harvest. The ministry denied that it was hoarding grain.' },
    // A denial of another act.
    { text: 'Farmers blocking roads have cut off the port\n\nFarmers have blocked the three roads to the port since Monday. The ministry denied that it had cut subsidies.' },
    // The headline attributes the claim.
    { text: 'Ministry says traders hoarding onions have tripled prices\n\nThe ministry blames speculation. The wholesalers denied that their members were hoarding.' },
  ],
});
