/**
 * Scene families in the writer's voice: money labels (gravy train, cash cow, money pit),
 * slow-motion disasters (a car crash or train wreck in slow motion), siege and war-zone
 * images for news that is not a war, robbery idioms for a price ("daylight robbery",
 * fleecing customers), derogatory metaphors for vehicles (rolling scrapheaps, rust buckets,
 * coffins on wheels), a scare compound in a headline ("Killer smog"), stampede and exodus
 * images, and a mood sweeping a place. Their literal and attributed neighbours (a real
 * siege, a real car crash filmed in slow motion, a bank robbery in daylight, a real crowd
 * crush, a speaker's quotation, a toxic cloud from a chemical fire) must stay quiet.
 */
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // Money labels.
  ['For six years the harbour dredging contract was a consultants\' gravy train, paid for by the port\'s ratepayers in Gdańsk.', 'gravy train', 'warning'],
  ['The new stadium in Cardiff has become a money pit for the regional council.', 'money pit', 'info'],
  // Slow-motion disasters.
  ['The pension fund\'s reform in Ljubljana has been a train wreck in slow motion.', 'train wreck in slow motion', 'warning'],
  ['The regional airline\'s collapse was a slow-motion car crash that began with the 2019 fuel contracts.', 'slow-motion car crash', 'warning'],
  // Siege and war-zone images.
  ['Skopje is a city under siege from air pollution every winter.', 'under siege', 'warning'],
  ['After the music festival the park in Leeds looked like a war zone, with tents and bottles strewn across the grass.', 'like a war zone', 'warning'],
  // Robbery idioms.
  ['Parking at Oslo\'s new hospital costs €6 an hour. It is highway robbery.', 'highway robbery', 'warning'],
  ['The water company has been fleecing customers in Rotterdam with estimated bills for a decade.', 'fleecing customers', 'warning'],
  // Derogatory metaphors for vehicles.
  ['The ferries to the outer islands of Cebu are floating scrapheaps, many of them built in the 1970s.', 'floating scrapheaps', 'warning'],
  ['Half of the school buses in the district are rust buckets that fail their annual inspection.', 'rust buckets', 'warning'],
  ['Commuters in Accra call the old minibuses names, and the vans on the coastal route are coffins on wheels.', 'coffins on wheels', 'warning'],
  // A scare compound in a headline.
  ['Killer smog over Lahore: schools closed for a week\n\nThe provincial government closed schools after air-quality readings passed 400.', 'Killer smog', 'warning'],
  // Stampede, exodus and sweeping moods.
  ['When the roof of the market hall in Sofia began to creak, there was a human stampede for the doors.', 'human stampede', 'warning'],
  ['The closure of the steelworks has triggered a mass exodus from the valley towns.', 'mass exodus', 'info'],
  ['Fear swept through the village of Amatrice when the second tremor struck.', 'Fear swept through', 'info'],
];

const fine: string[] = [
  // Literal sieges, crashes, robberies, crowds and clouds.
  'The town of Mariupol was under siege by Russian troops for nearly three months in 2022.',
  'Police released dashcam footage of the car crash in slow motion to show how the driver had swerved.',
  'Two men were arrested after a daylight robbery at a jeweller\'s in Antwerp, police said.',
  'Eleven pilgrims were crushed to death in a human stampede at the shrine gates on Friday, officials said.',
  'Toxic cloud forces evacuation near chemical plant\n\nFirefighters said the chemical fire sent a cloud of chlorine over two villages.',
  'The cattle stampede across the Kenyan ranch injured two herders, the county said.',
  // A speaker's words: quoted or tagged.
  '"They are fleecing us in broad daylight," said Ama Owusu, who sells cocoa in Kumasi.',
  '"This club has become a gravy train for agents," said Lars Holm, the supporters\' trust chairman.',
  'The ferries are floating scrapheaps, said Jose Reyes, who heads the boat operators\' union in Cebu.',
  // Ordinary neighbours of the shape.
  'The siege of Leningrad lasted 872 days.',
  'The council sent the old trams to a scrapyard in Brno after the new fleet arrived.',
  'Cash-strapped councils in the Midlands have cut library opening hours.',
  'The dairy herd of 120 cows was moved to the winter sheds in November.',
  'Passengers left the train through the rear doors after the power failed near Ghent.',
];

testSeverities(rule, 'scene families', flagged, fine);
