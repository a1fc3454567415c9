/**
 * Labels the writer pins on a story in their own voice: plunder images for the use of a
 * resource ("a pillage of the reef", "plundering the forests"), binge labels for spending,
 * serfdom labels for working conditions, laboratory-animal images for people ("human
 * guinea pigs"), a possessive shambles ("the council's housing shambles") and a meltdown
 * spread over a whole country. Their ordinary neighbours (a war's real pillage, a pet
 * guinea pig, a shopping trip, a speaker's quotation or tagged clause, a reactor's
 * meltdown, a history of feudalism) must stay quiet.
 */
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

const flagged: SeverityRow[] = [
  ['What the villagers describe is a pillage of the Great Lakes fisheries, carried out at night by foreign-owned boats.', 'a pillage of the', 'warning'],
  ['Environmental groups have tracked the plunder of the Mekong delta by sand-dredging companies since 2015.', 'plunder of the Mekong delta', 'warning'],
  ['Logging firms have been plundering the forests of northern Laos for a decade, satellite images show.', 'plundering the forests', 'warning'],
  ['The audit lays out the regional council\'s hiring binge, paid for by a levy on hotel rooms.', 'hiring binge', 'warning'],
  ['Budget documents show the ministry\'s spending splurge in the months before the Ghanaian election.', 'spending splurge', 'warning'],
  ['For the seasonal pickers in Almería, the arrangement amounts to modern-day serfdom: no contract and no sick pay.', 'modern-day serfdom', 'warning'],
  ['Cleaners hired through the agency work under what amounts to servitude, with their passports held by the employer.', 'amounts to servitude', 'warning'],
  ['Patients in the vaccine study were used as human guinea pigs by a contractor in a hurry, the records suggest.', 'human guinea pigs', 'warning'],
  ['Residents of the care home were treated like lab rats in a sleep-drug trial run by a Chilean start-up.', 'like lab rats', 'warning'],
  ['For ratepayers in Dunedin, the council\'s stadium shambles has a real cost in higher bills.', 'stadium shambles', 'warning'],
  ['By noon the bank outage had become a nationwide meltdown, with shops in Nairobi and Mombasa unable to take cards.', 'nationwide meltdown', 'warning'],
  ['The club\'s summer spending spree left its Milan accounts with a €40 million loss.', 'spending spree', 'info'],
  ['What the audit describes looks like a borrowing binge by the port authority in Durban.', 'borrowing binge', 'warning'],
];

const fine = [
  'Soldiers looted the museum, and the pillage of the city lasted three days before the army withdrew.',
  'Three men were charged with the plunder of the Roman fort, police in Lincoln said.',
  '"This is a plunder of our seas, dressed up as a licensing scheme," said fishers\' leader Tomas Abel.',
  'The children kept two guinea pigs and a rabbit in the garden of the house in Leuven.',
  'Researchers used guinea pigs in the 1950s to test the first vaccines, the museum exhibit explains.',
  'Tourists went on a shopping spree in the outlet malls outside Bicester over the bank holiday.',
  'What critics call a spending binge began with the 2023 budget in Tallinn.',
  'The exhibition traces the end of serfdom in the Russian Empire after the emancipation of 1861.',
  'Union leader Ama Owusu said the contracts amounted to modern-day serfdom and asked the ministry to intervene.',
  'The council spent €12 million on new buses in 2024, up from €9 million the year before, its accounts show.',
  'Volunteers in the trial were paid €400 and told of the risks in writing, the hospital said.',
];

testSeverities(rule, 'labels: plunder, binge, serfdom, guinea pigs', flagged, fine);
