import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

// Figures one named source gives, told in sentences worded too differently to align,
// and addresses that place one event in two streets or zones. Three-outlet mini-stories.
testRule(rule, {
  flagged: [
    {
      // The same count (households moved out), the same agency, two numbers.
      articles: [
        { text: 'Floods hit Kisumu\n\nThe Kenya Red Cross said 230 households had been evacuated from the lakeshore estates and were sheltering in two schools near the bus park.', source: 'Lake Wire' },
        { text: 'Kisumu floods\n\nWater rose above the doors on Sunday night. The Kenya Red Cross said 320 households were forced out of their homes overnight as the lake burst its banks.', source: 'Nyanza Times' },
        { text: 'Kisumu: rain forecast\n\nMore rain is expected on Wednesday, the meteorological department said.', source: 'Radio Ramogi' },
      ],
      flag: '230 households',
    },
    {
      // Deaths attributed to the same ministry in differently built sentences.
      articles: [
        { text: 'Cholera in Tete\n\nThe health ministry said 18 people had died of cholera in Tete province since the start of the month, most of them children.', source: 'Zambezi Post' },
        { text: 'Tete outbreak\n\nClinics are full. The health ministry said 81 people have died in the outbreak, which began in the riverside districts after the rains.', source: 'Maputo Ledger' },
      ],
      flag: '18 people',
    },
    {
      // One collapse placed on two streets and in two zones.
      articles: [
        { text: 'Building collapse\n\nA three-storey building collapsed early on Friday on 7a Calle in zone 1 of Mixco, firefighters said, trapping two workers.', source: 'Valle Wire' },
        { text: 'Mixco collapse\n\nA three-storey building collapsed early on Friday on 3a Avenida in zone 6 of Mixco, trapping two workers, firefighters said.', source: 'Altiplano Daily' },
        { text: 'Rain warning\n\nMore rain is expected in Mixco this weekend, the weather service said.', source: 'Canal 9' },
      ],
      flag: '7a Calle in zone 1',
    },
    {
      // A named street against another named street for the same blaze.
      articles: [
        { text: 'Market fire\n\nA fire destroyed dozens of stalls at the night market on Jalan Alor in Kuala Lumpur on Saturday, the fire department said.', source: 'Klang Valley Post' },
        { text: 'KL stalls burn\n\nA fire destroyed dozens of stalls at the night market on Jalan Petaling in Kuala Lumpur on Saturday, the fire department said.', source: 'Semenanjung Wire' },
      ],
      flag: 'Jalan Alor',
    },
    {
      // The same road, different district numbers.
      articles: [
        { text: 'Gas blast\n\nA gas cylinder exploded in a noodle shop on Nguyen Trai Street in District 5 of Ho Chi Minh City, injuring four diners, police said.', source: 'Saigon Wire' },
        { text: 'Noodle shop blast\n\nA gas cylinder exploded in a noodle shop on Nguyen Trai Street in District 1 of Ho Chi Minh City, injuring four diners, police said.', source: 'Mekong Times' },
      ],
      flag: 'District 5',
    },
  ],
  fine: [
    {
      // The same count from the same source, written as a word and a figure.
      articles: [
        { text: 'Floods hit Kisumu\n\nThe Kenya Red Cross said 230 households had been evacuated from the lakeshore estates.', source: 'Lake Wire' },
        { text: 'Kisumu floods\n\nThe Kenya Red Cross said about 230 households were forced out of their homes overnight as the lake rose.', source: 'Nyanza Times' },
      ],
    },
    {
      // The same source counting different things: households evacuated, people in shelters.
      articles: [
        { text: 'Floods hit Kisumu\n\nThe Kenya Red Cross said 230 households had been evacuated from the lakeshore estates.', source: 'Lake Wire' },
        { text: 'Kisumu floods\n\nThe Kenya Red Cross said 900 people were sleeping in schools used as shelters.', source: 'Nyanza Times' },
      ],
    },
    {
      // Different sources with different counts: two accounts, not one source misreported.
      articles: [
        { text: 'Cholera in Tete\n\nThe health ministry said 18 people had died of cholera in Tete province since the start of the month.', source: 'Zambezi Post' },
        { text: 'Tete outbreak\n\nMedecins Sans Frontieres said 31 people had died in the riverside districts, where few cases reach the clinics.', source: 'Maputo Ledger' },
      ],
    },
    {
      // The event on one street, the shelter on another: two places of one story.
      articles: [
        { text: 'Building collapse\n\nA three-storey building collapsed early on Friday on 7a Calle in zone 1 of Mixco, firefighters said.', source: 'Valle Wire' },
        { text: 'Mixco collapse\n\nNeighbours were taken to a church hall on 2a Avenida in zone 3 of Mixco, where volunteers served breakfast.', source: 'Altiplano Daily' },
      ],
    },
    {
      // One outlet gives the street, the other only the zone: nothing to set against each other.
      articles: [
        { text: 'Gas blast\n\nA gas cylinder exploded in a noodle shop on Nguyen Trai Street in Ho Chi Minh City, injuring four diners, police said.', source: 'Saigon Wire' },
        { text: 'Noodle shop blast\n\nA gas cylinder exploded in a noodle shop in District 5 of Ho Chi Minh City, injuring four diners, police said.', source: 'Mekong Times' },
      ],
    },
    {
      // The same address, one outlet adding the zone.
      articles: [
        { text: 'Building collapse\n\nA three-storey building collapsed early on Friday on 7a Calle in Mixco, firefighters said.', source: 'Valle Wire' },
        { text: 'Mixco collapse\n\nA three-storey building collapsed early on Friday on 7a Calle in zone 1 of Mixco, firefighters said.', source: 'Altiplano Daily' },
      ],
    },
  ],
});
