/**
 * Loaded figures in the writer's voice that stand for a whole shape, not a phrase: a place
 * "turned into" a war zone or a car park, a process belittled as a bazaar or a circus, a
 * price sent into orbit, a "<resource> grab", a project that devours a place. Each with the
 * literal, quoted and attributed neighbours of the same words, which must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // A place turned into a scene of war, madness or standstill.
  ['The port strike has turned the container terminal in Antwerp into a car park for ships.', 'car park for ships', 'warning'],
  ['The blockade turned the ring road around Lyon into a car park for most of Monday.', 'into a car park', 'warning'],
  ["The dockers' walkout has turned the harbour into a ghost town, with 40 ferries tied up.", 'into a ghost town', 'warning'],
  ['The night of protests turned the old town of Sucre into a war zone.', 'into a war zone', 'warning'],
  ["The committee chairman's outbursts turned the budget hearing into a circus.", 'into a circus', 'warning'],
  // A process belittled as a market or a show.
  ['Inspectors found what amounted to a recruitment bazaar at the customs service in Mombasa, with posts sold by grade.', 'recruitment bazaar', 'warning'],
  ['The count in the northern province became a judicial circus after three recounts in a week.', 'judicial circus', 'warning'],
  ['The licensing free-for-all has left the coast with 60 new hotels in five years.', 'licensing free-for-all', 'info'],
  // A price sent into space or through the roof.
  ['Rents in central Lisbon have gone into orbit since the short-let boom began.', 'gone into orbit', 'warning'],
  ['Cocoa has shot into the stratosphere on the London market this year.', 'shot into the stratosphere', 'warning'],
  ['Bus fares have gone through the roof since the subsidy ended in April.', 'gone through the roof', 'warning'],
  // A resource grab in the writer's voice.
  ["This is Patagonia's great lithium grab, and the herders of the salt flats have been left out.", 'lithium grab', 'warning'],
  ["The ministry's new licences amount to a timber grab in the northern forests.", 'timber grab', 'warning'],
  // A project that devours a place.
  ['A quarry that will devour the hillside above the village has been approved by the regional council.', 'devour the hillside', 'warning'],
  ['The new motorway would devour three villages and 400 hectares of farmland in the Alentejo.', 'devour three villages', 'warning'],
  ["The city's sprawl has gobbled up the wetlands east of Dhaka.", 'gobbled up the wetlands', 'info'],
  // A stock phrase, a weak signal.
  ['For small exporters in Mendoza the new levy is a double blow.', 'is a double blow', 'info'],
];

const fine: string[] = [
  // Real car parks, towns, circuses, markets, orbits, roofs, grabs and appetites.
  'The council turned the disused bus depot into a car park with 300 spaces in 2019.',
  'Developers plan to turn the derelict site into a multi-storey car park.',
  'The airport car park was full by 7 a.m. on Friday, the operator said.',
  'Children queued for the circus on Saturday, where acrobats and clowns performed under a red tent.',
  'The charity bazaar raised 4,000 euros for the school library, with stalls run by parents.',
  'The rocket lifted off from Kourou and put the satellite into orbit 40 minutes after launch.',
  'Two astronauts went into orbit on the Soyuz capsule on Thursday.',
  'A branch went through the roof of the house during the storm, the fire service said.',
  "The crane's coal grab jammed on Tuesday, halting unloading at the terminal for six hours.",
  'Locusts devoured the farmland around Agadez within a week, the agriculture ministry said.',
  'The wildfire devoured 2,000 hectares of forest near Valparaíso before firefighters stopped it.',
  // The same figures as someone's words.
  '"The strike has turned the airport into a car park for planes," said union leader Ana Ribeiro.',
  '"This election is a circus," said Musa Kamara, a candidate in Bo.',
  'Opposition MPs accused the government of a coal grab in the eastern highlands.',
  'Local farmers called the scheme a water grab and walked out of the meeting.',
  'Residents of Mpaka say the mine will devour the valley, and have asked the court to stop it.',
  // Plain reports of the same events.
  'The electoral commission published the results of 96 polling stations on Monday.',
  'Prices rose by 40 per cent in a month, according to the statistics office.',
  'The sprawl of the city has reached the villages to the east, where farmland gave way to warehouses.',
];

testSeverities(rule, 'process and place images', flagged, fine, (flags) => {
  it('keeps a car park a weak signal away from a strike or a blockade', () => {
    expect(flags('Since the road closed, the old market square has turned into a car park.').map((f) => f.severity)).toEqual(['info']);
  });

  it('reads a body wording even where a headline-only entry has the same tokens', () => {
    expect(flags('Campaigners fear the new dam will devour the valley and its orchards.').map((f) => [f.text, f.severity])).toEqual([['devour the valley', 'warning']]);
  });
});
