/**
 * Metaphor families in the writer's voice: draining someone (bled dry, fleeced, gouged),
 * a place as a place of death (a graveyard for, a death trap, killing fields), atmospheric
 * menace (a toxic shroud over a city) and chaos words with an intensifier (utter chaos);
 * and their literal neighbours (a churchyard, a chemical leak, a real killing, sheep
 * shearing), quoted or attributed uses, which must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { analyze } from '../../src/analyze.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

const flags = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags;

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // Drain metaphors.
  ['Cocoa growers in the Western Region are being bled dry by buying agents who pay late and weigh short.', 'bled dry', 'warning'],
  ['Private landlords have been bleeding student tenants dry in Coimbra, where a room now costs €450.', 'bleeding student tenants dry', 'warning'],
  ['Commuters on the Jakarta toll road are being fleeced by operators that raised fees twice this year.', 'fleeced', 'warning'],
  ['Pharmacies in the province were gouging patients during the insulin shortage last winter.', 'gouging patients', 'warning'],
  ['The card scheme has milked small retailers dry with fees of up to 3 percent a sale.', 'milked small retailers dry', 'warning'],
  ['For a decade, brokers at the Mombasa landing sites have robbed fishermen blind.', 'robbed fishermen blind', 'warning'],
  // Place-as-death metaphors.
  ['The Baltic coast has become a graveyard for wind-turbine start-ups since subsidies ended in 2023.', 'become a graveyard', 'warning'],
  ['The old ring road turned into a cemetery for ambitious transport plans in Lagos.', 'turned into a cemetery', 'warning'],
  ['The high street in Bradford is a graveyard of shuttered shops and charity stores.', 'graveyard of', 'info'],
  ['The pedestrian crossing outside the primary school in Pécs is a death trap, and the council has known for years.', 'death trap', 'warning'],
  ['The 1970s footbridge, a deathtrap by any standard, is still open to cyclists.', 'deathtrap', 'warning'],
  // Atmospheric menace.
  ['Lahore spent another week under a toxic shroud as brick kilns kept burning on the city edge.', 'toxic shroud', 'warning'],
  ['A choking blanket of smog settled over Skopje on Tuesday, with PM2.5 readings at 310.', 'choking blanket', 'warning'],
  ['Residents of Ulaanbaatar woke to a pall of toxic smog for the ninth day in a row.', 'pall of toxic', 'warning'],
  ['A toxic haze hung over the valley towns of the Po basin for most of January.', 'toxic haze', 'info'],
  // Chaos words with an intensifier.
  ['It was utter chaos at Gatwick on Friday as the baggage system failed for six hours.', 'utter chaos', 'warning'],
  ['There was complete mayhem at the ticket offices when the festival opened its second-day sales.', 'complete mayhem', 'warning'],
  ['Sheer pandemonium broke out at the Lagos port gates when the new clearance system went live.', 'Sheer pandemonium', 'warning'],
];

const fine: string[] = [
  // Literal bleeding, sheep, eyes: the metaphor's own words in their plain sense.
  'Slaughterhouse inspectors found that carcasses had not been bled dry before they were cut, the agency said.',
  'Shearers fleeced 1,200 sheep in two days at the farm near Canterbury, where wool prices have recovered.',
  'Police said the attacker gouged the victim’s face with a broken bottle outside the bar.',
  'The sponge must be squeezed until it is nearly dry before the next coat of paint.',
  'Two men robbed a blind pensioner of his savings at a cash machine in Brno, police said.',
  'The farm is milking 240 cows, and the dry cows are grazed on the lower fields, the dairy cooperative said.',
  'After the hospital fire, the school gym was turned into a temporary morgue for the victims.',
  // Literal graveyards, killings and traps.
  'The churchyard has become a graveyard for the village’s war dead, with 140 headstones restored this year.',
  'Archaeologists found a Roman graveyard of about 60 burials under the car park in Leicester.',
  'The Khmer Rouge killing fields, where thousands were killed and buried, drew 300,000 visitors last year.',
  'The fire turned the nightclub into a death trap, and 27 people died, the fire brigade said.',
  'The night shift is sometimes called the graveyard shift at the plant.',
  // A real chemical release or fire: a toxic cloud is literal.
  'A toxic cloud of chlorine drifted over the suburb after the tanker derailed, and 400 homes were evacuated.',
  'Firefighters warned of a toxic haze from the burning tyre depot and told residents to keep windows shut.',
  // A neutral description of smog, and chaos words without an intensifier are weak (info) at most.
  'A blanket of smog settled over Skopje on Tuesday, with PM2.5 readings at 310, the environment ministry said.',
  // Quoted, reported or labelled by a speaker.
  'Cocoa growers in the Western Region say they are being bled dry by buying agents who pay late.',
  '"We are being bled dry by the wholesalers," said Amina Yusuf, who runs a fish stall in Mombasa.',
  'Parents’ association chair Lena Brandt called the crossing a death trap and asked for a zebra crossing.',
  '"It was total chaos," said Tomasz Nowak, a passenger on the delayed flight to Warsaw.',
  'The union leader, Pedro Alves, described the warehouse as a killing field for workers’ backs.',
];

testSeverities(rule, 'metaphor families', flagged, fine, () => {
  it('keeps a bare chaos word weak and an intensified one a warning', () => {
    expect(flags('The timetable change caused chaos at the station.').map((f) => f.severity)).toEqual(['info']);
    expect(flags('The timetable change caused total chaos at the station.').map((f) => [f.text, f.severity])).toEqual([['total chaos', 'warning']]);
  });
});
