import rule from '../../rules/cross-source/casualty-account.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Coast Wire' },
  { text: b, source: 'Valley Post' },
];
/** The article that reports harm first (the tester looks for the flag in the first article). */
const reported = (none: string, harm: string) => pair(harm, none);

testRule(rule, {
  flagged: [
    {
      // "All ... safely" rules out the missing as well as the hurt.
      articles: reported(
        'Ferry runs aground off Lamu\n\nA ferry ran aground off Lamu island on Friday. All 96 passengers and six crew were taken ashore safely by fishing boats, the coast guard said.',
        'Lamu ferry aground\n\nA ferry ran aground off Lamu island on Friday. One passenger was still missing on Friday evening, the county commissioner said.',
      ),
      flag: 'One passenger was still missing',
    } as never,
    {
      // A count after the verb: "killed two workers".
      articles: reported(
        'Blast at Tema refinery\n\nAn explosion hit a storage tank at the Tema refinery on Monday. No injuries were reported, the fire service said.',
        'Tema refinery explosion\n\nAn explosion at the Tema refinery on Monday killed two workers, the plant\'s operator said.',
      ),
      flag: 'killed two workers',
    } as never,
    {
      articles: reported(
        'Stadium roof collapse in Porto\n\nPart of the roof of a stadium in Porto collapsed during a storm on Sunday night. Nobody was injured, the city council said.',
        'Porto roof collapse\n\nPart of a stadium roof in Porto collapsed on Sunday night, and at least four people were hurt, according to the civil protection agency.',
      ),
      flag: 'four people were hurt',
    } as never,
    {
      articles: reported(
        'Avalanche near Zermatt\n\nAn avalanche swept across a ski run near Zermatt on Saturday. All the skiers on the run escaped unhurt, police said.',
        'Zermatt avalanche\n\nAn avalanche hit a ski run near Zermatt on Saturday. A British tourist was killed and two others were injured, police said.',
      ),
      flag: 'A British tourist was killed',
    } as never,
    {
      // Grave harm: none in serious condition against some in critical condition.
      articles: reported(
        'Bus overturns near Cusco\n\nA bus overturned on a mountain road near Cusco on Sunday, injuring 14 passengers. None of the 14 was in serious condition, the regional health office said.',
        'Cusco bus crash\n\nA bus overturned near Cusco on Sunday. Three of the injured were in critical condition at the regional hospital on Monday, a doctor said.',
      ),
      flag: 'Three of the injured were in critical condition',
    } as never,
    {
      // "No one was seriously hurt" against a death.
      articles: reported(
        'Crane collapse in Gdansk\n\nA crane collapsed at the Gdansk shipyard on Thursday. No one was seriously hurt, the shipyard said.',
        'Gdansk crane collapse\n\nA crane collapsed at the Gdansk shipyard on Thursday. A dock worker was killed, police said.',
      ),
      flag: 'A dock worker was killed',
    } as never,
    {
      // Injuries that are not life-threatening against intensive care.
      articles: reported(
        'Chlorine leak at Mombasa pool\n\nChlorine gas leaked at a public pool in Mombasa on Saturday. Nine swimmers were treated; none of the injuries was life-threatening, the county said.',
        'Mombasa pool leak\n\nChlorine gas leaked at a public pool in Mombasa on Saturday. Two swimmers remain in intensive care, the hospital said.',
      ),
      flag: 'Two swimmers remain in intensive care',
    } as never,
    {
      articles: reported(
        'Tram derails in Porto\n\nA tram derailed in central Porto on Friday. Nobody was badly hurt, the operator said.',
        'Porto tram derailment\n\nA tram derailed in central Porto on Friday. Two passengers are in a critical condition, the fire service said.',
      ),
      flag: 'Two passengers are in a critical condition',
    } as never,
  ],
  fine: [
    {
      // Both say the same.
      articles: pair(
        'Ferry runs aground off Lamu\n\nA ferry ran aground off Lamu island on Friday. No one was hurt, the coast guard said.',
        'Lamu ferry aground\n\nA ferry ran aground off Lamu island on Friday. None of the 96 passengers was injured, the county commissioner said.',
      ),
    } as never,
    {
      // A hedge or a negation is no report of harm.
      articles: pair(
        'Blast at Tema refinery\n\nAn explosion hit a storage tank at the Tema refinery on Monday. No injuries were reported, the fire service said.',
        'Tema refinery explosion\n\nAn explosion at the Tema refinery on Monday could have killed dozens of workers, the union said, but no worker was hurt.',
      ),
    } as never,
    {
      // One article telling an update: at first no one, later two injured.
      articles: pair(
        'Stadium roof collapse in Porto\n\nPart of the roof of a stadium in Porto collapsed on Sunday night. At first the council said nobody was injured; later two people were taken to hospital with injuries.',
        'Porto roof collapse\n\nPart of a stadium roof in Porto collapsed on Sunday night, the civil protection agency said.',
      ),
    } as never,
    {
      // People hurt in another event (an earlier year) are not this event's.
      articles: pair(
        'Avalanche near Zermatt\n\nAn avalanche swept across a ski run near Zermatt on Saturday. All the skiers on the run escaped unhurt, police said.',
        'Zermatt avalanche\n\nAn avalanche hit a ski run near Zermatt on Saturday. In 2019 an avalanche on the same slope killed three people.',
      ),
    } as never,
    {
      // "No one was seriously hurt" allows people hurt lightly.
      articles: pair(
        'Crane collapse in Gdansk\n\nA crane collapsed at the Gdansk shipyard on Thursday. No one was seriously hurt, the shipyard said.',
        'Gdansk crane collapse\n\nA crane collapsed at the Gdansk shipyard on Thursday. Three workers were injured and treated at the scene, police said.',
      ),
    } as never,
    {
      // None in serious condition and people taken to hospital agree.
      articles: pair(
        'Bus overturns near Cusco\n\nA bus overturned near Cusco on Sunday. None of the 14 injured was in serious condition, the health office said.',
        'Cusco bus crash\n\nA bus overturned near Cusco on Sunday. Fourteen passengers were taken to hospital, where they were treated and sent home.',
      ),
    } as never,
    {
      // A hedge is no report of grave harm.
      articles: pair(
        'Chlorine leak at Mombasa pool\n\nChlorine gas leaked at a public pool in Mombasa on Saturday. None of the swimmers was in serious condition, the county said.',
        'Mombasa pool leak\n\nChlorine gas leaked at a public pool in Mombasa on Saturday. The gas could have put dozens of swimmers in intensive care, the fire chief said.',
      ),
    } as never,
    {
      // Grave harm in an earlier event.
      articles: pair(
        'Tram derails in Porto\n\nA tram derailed in central Porto on Friday. Nobody was badly hurt, the operator said.',
        'Porto tram derailment\n\nA tram derailed in central Porto on Friday. In 2019 a derailment on the same line left two passengers in critical condition.',
      ),
    } as never,
    {
      // Both outlets report the same grave harm.
      articles: pair(
        'Mine flood in Zonguldak\n\nWater flooded a coal mine in Zonguldak on Monday. Two miners are in intensive care, the governor said.',
        'Zonguldak mine flood\n\nWater flooded a coal mine in Zonguldak on Monday. Two of the rescued miners remain in critical condition, doctors said.',
      ),
    } as never,
  ],
});
