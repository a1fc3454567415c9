// cross-source/conflicting-detail: outlets that name different authorities for one order
// ("the labour ministry ordered the mine closed" / "the municipality ordered the mine shut").
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Andes Wire', publishedAt: '2026-03-04' },
  { text: b, source: 'Altiplano Post', publishedAt: '2026-03-04' },
];

testRule(rule, {
  flagged: [
    {
      // A ministry against a municipality; "closed" and "shut" are one act.
      articles: pair(
        'Mine shut after tunnel collapse\n\nA tunnel collapsed at a tin mine outside Oruro on Monday. The Ministry of Mining ordered the mine closed on Monday pending a safety review, it said in a statement.',
        'Oruro mine closed\n\nA tunnel collapsed at a tin mine outside Oruro on Monday. The Oruro municipality ordered the mine shut on Monday evening, a council spokesman said.',
      ),
      flag: 'The Ministry of Mining ordered the mine closed',
    } as never,
    {
      // The noun form ("ordered the closure of") against the participle ("ordered ... shut down").
      articles: pair(
        'Slaughterhouse closed\n\nInspectors found rats at a slaughterhouse in Cuenca last week. The provincial governor ordered the closure of the slaughterhouse on Friday.',
        'Cuenca slaughterhouse\n\nInspectors found rats at a slaughterhouse in Cuenca last week. The city council ordered the slaughterhouse shut down on Friday, the mayor said.',
      ),
      flag: 'The provincial governor ordered the closure',
    } as never,
    {
      // A passive order with its agent after "by".
      articles: pair(
        'Warehouse sealed\n\nPolice found 300 tonnes of expired pesticide in a warehouse near Durban. The warehouse was ordered sealed by a district court on Thursday.',
        'Durban warehouse\n\nPolice found 300 tonnes of expired pesticide in a warehouse near Durban. The environment ministry ordered the warehouse sealed on Thursday.',
      ),
      flag: 'The warehouse was ordered sealed by a district court',
    } as never,
    {
      // One kind of body told apart by what follows it: two different ministries.
      articles: pair(
        'Factory closed\n\nDozens of workers fell ill at a garment factory in Gazipur. The Ministry of Health ordered the factory closed on Sunday.',
        'Gazipur factory\n\nDozens of workers fell ill at a garment factory in Gazipur. The Ministry of Labour ordered the factory shut on Sunday.',
      ),
      flag: 'The Ministry of Health ordered the factory closed',
    } as never,
    {
      // An office holder against a body of another kind; an evacuation.
      articles: pair(
        'Beach evacuated\n\nA chemical drum washed up on a beach near Gdynia on Saturday. The regional governor ordered the beach evacuated, his office said.',
        'Gdynia beach\n\nA chemical drum washed up on a beach near Gdynia on Saturday. Mayor Anna Wolska ordered the beach evacuated within minutes, the city said.',
      ),
      flag: 'The regional governor ordered the beach evacuated',
    } as never,
  ],
  fine: [
    {
      // The ministry and the Ministry of Health are one authority.
      articles: pair(
        'Plant closed\n\nAmmonia leaked at a fish-processing plant in Walvis Bay on Tuesday. The ministry ordered the plant closed on Tuesday.',
        'Walvis Bay plant\n\nAmmonia leaked at a fish-processing plant in Walvis Bay on Tuesday. The Ministry of Health ordered the plant shut on Tuesday.',
      ),
    } as never,
    {
      // A mayor and the municipality are one authority.
      articles: pair(
        'Market closed\n\nA fire gutted part of the central market in Kumasi. Mayor Kwame Boateng ordered the market closed until the roof is checked.',
        'Kumasi market\n\nA fire gutted part of the central market in Kumasi. The municipality ordered the market shut until the roof is checked.',
      ),
    } as never,
    {
      // Different things ordered closed.
      articles: pair(
        'Floods in Kandy\n\nFloods hit Kandy on Wednesday. The education ministry ordered the schools closed for two days.',
        'Kandy floods\n\nFloods hit Kandy on Wednesday. The municipal council ordered the bridge closed to traffic.',
      ),
    } as never,
    {
      // Vague authorities name no kind of body.
      articles: pair(
        'Refinery closed\n\nA fire broke out at a refinery near Tema on Monday. Authorities ordered the refinery closed.',
        'Tema refinery\n\nA fire broke out at a refinery near Tema on Monday. The municipality ordered the refinery shut.',
      ),
    } as never,
    {
      // Different acts: a closure and a demolition can both have happened.
      articles: pair(
        'Hotel closed\n\nCracks appeared in a hotel in Pokhara after the earthquake. The tourism ministry ordered the hotel closed.',
        'Pokhara hotel\n\nCracks appeared in a hotel in Pokhara after the earthquake. The municipality ordered the hotel demolished.',
      ),
    } as never,
    {
      // The owner closing its own plant is no order; people ordered to do something else.
      articles: pair(
        'Mill halted\n\nA boiler burst at a sugar mill in Tucumán. The company closed the mill on Monday and ordered workers to go home.',
        'Tucumán mill\n\nA boiler burst at a sugar mill in Tucumán. The provincial government ordered the mill closed on Monday.',
      ),
    } as never,
    {
      // An article that names both authorities tells two orders, not a conflict.
      articles: pair(
        'Dam site closed\n\nA landslide hit a dam site near Potosí. The municipality ordered the site closed on Monday, and on Tuesday the Ministry of Environment ordered the site shut for a month.',
        'Potosí dam\n\nA landslide hit a dam site near Potosí. The Ministry of Environment ordered the site closed for a month.',
      ),
    } as never,
  ],
});
