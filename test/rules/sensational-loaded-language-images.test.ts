/**
 * Image families in the writer's voice: hell and inferno images, intensified suffering
 * ("pure torment"), "nothing short of", disease similes ("spread like a plague"), places
 * turned into wastelands and vessels called coffins, fraud and betrayal labels ("a
 * betrayal of", "the visa racket", "a land grab"), "unholy mess", a market "in freefall",
 * headline verbs that make an event a monster ("algae swallows beaches") and capitalised
 * kickers that run on through a preposition ("HORROR ON THE M6:"). Their literal and
 * attributed neighbours (a church's hell, a real cemetery, a skydiver in freefall, a
 * tennis racket, a police case, a speaker's tag after the clause) must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // Hell and inferno images.
  ['For commuters on the Northern line, the week of the signal failure was a bureaucratic hell of refund forms and replacement buses.', 'a bureaucratic hell', 'warning'],
  ['By morning the campsite near Nîmes looked like a scene from hell, with tents flattened and cars upturned in the river.', 'scene from hell', 'warning'],
  ['Tenants of the Bucharest tower block have lived through a winter from hell since the district heating failed.', 'winter from hell', 'warning'],
  ['The outpatient wing in Cork has been a sweltering inferno since the cooling plant broke down in June.', 'a sweltering inferno', 'info'],
  // Intensified suffering.
  ['For patients waiting for hip operations in Leinster, the past year has been sheer agony.', 'sheer agony', 'warning'],
  ['Delivery riders in Jakarta have faced months of misery on the flooded roads.', 'months of misery', 'info'],
  ['It has been a living nightmare for the 300 families evicted from the Lima settlement.', 'living nightmare', 'warning'],
  // "Nothing short of".
  ['The turnaround at the Porto shipyard has been nothing short of a miracle.', 'nothing short of', 'warning'],
  ['The state of the Danube delta is little short of a catastrophe for the fishing villages.', 'little short of', 'warning'],
  // Disease similes.
  ['Payday lenders have spread like a cancer through the former mining towns of South Wales.', 'spread like a cancer', 'warning'],
  ['Short-let flats have multiplied like a plague in the old town of Kraków since 2019.', 'multiplied like a plague', 'warning'],
  ['Rumours of a devaluation spread like wildfire through the currency markets of Lagos.', 'spread like wildfire', 'info'],
  // Places as ruins, vessels as coffins.
  ['The once-green valley above Kuala Lipis has been turned into a muddy wasteland by illegal gold mining.', 'turned into a muddy wasteland', 'warning'],
  ['The 1960s bus fleet serving the mountain villages of Nepal is a collection of rolling coffins, and the regulator knows it.', 'rolling coffins', 'warning'],
  ['The 30-year-old trawler was a floating tomb long before it left Dakar harbour.', 'floating tomb', 'warning'],
  // Betrayal, racket, scam and grab labels.
  ['The pension freeze is a betrayal of the miners who kept the country lit through two winters.', 'is a betrayal', 'warning'],
  ['The visa racket has been running for years at the consulate in Chennai, under the eyes of its inspectors.', 'visa racket', 'warning'],
  ['If the growers are right, the saffron racket has cost Herat farmers millions.', 'saffron racket', 'warning'],
  ['The country now faces a financial Armageddon if the bond auction fails.', 'financial Armageddon', 'warning'],
  ['The loyalty scheme is a scam dressed up as a discount.', 'is a scam', 'warning'],
  ['The forest concession is a water grab by the bottling firms of Chiapas.', 'water grab', 'warning'],
  // Unholy mess and other turned-into verdicts.
  ['The rollout of the new tram ticketing app in Gothenburg has been an unholy mess.', 'unholy mess', 'warning'],
  ['The regional election count in Abruzzo turned into a farce when two ballot boxes went missing.', 'turned into a farce', 'warning'],
  // Freefall.
  ['Vietnam\'s cashew export trade is in freefall after two importers cancelled their contracts.', 'in freefall', 'warning'],
  ['Sales of new diesel cars went into free fall in Germany last year.', 'into free fall', 'warning'],
  // Headline verbs and kickers.
  ['Toxic algae swallows Baltic beaches as heatwave drags on\n\nSwimming was banned at 40 beaches in Latvia and Estonia, the health boards said.', 'swallows Baltic', 'warning'],
  ['Stinking seaweed smothers Cancún beaches before spring break\n\nHotels are clearing tonnes of sargassum every morning.', 'Stinking', 'warning'],
  ['HORROR ON THE M6: Coach overturns near Stafford\n\nThe coach was carrying 41 passengers to Glasgow, police said.', 'HORROR ON THE M6', 'warning'],
  ['TERROR AT SEA: Ferry hits reef off Lombok with 150 on board\n\nThe ferry struck the reef shortly after 2 a.m.', 'TERROR AT SEA', 'warning'],
];

const fine: string[] = [
  // Hell and inferno in their plain or proper senses.
  'The bishop preached on heaven, hell and the forgiveness of sins at the cathedral in Kraków on Sunday.',
  'She opened a small bakery in Hell\'s Kitchen after leaving her job at a Manhattan bank.',
  'The new coach said the squad had a hell of a season and deserved a rest.',
  'Firefighters said the warehouse had become a raging inferno within minutes of the fire starting.',
  // Literal falling, coffins, rackets and scams.
  'The skydiver was in freefall for 50 seconds before opening her parachute over the Algarve.',
  'Floodwaters swept through the cemetery at Potosí, leaving a floating coffin lodged against the gate, the city said.',
  'She restrung her tennis racket twice during the final at Roland Garros.',
  'Her badminton racket snapped in the second game of the quarter-final in Jakarta.',
  'Police arrested 14 people in Pune on Monday and charged them with running a visa racket.',
  // A speaker's words: quoted, labelled or tagged after the clause.
  '"The winter was a frozen hell," said Bat-Erdene Dorj, a herder in Bayankhongor province.',
  'Union leader Ines Duarte called the pension freeze a betrayal of the miners.',
  'The loyalty scheme is a scam, the consumer ombudsman Petra Lind said on Tuesday.',
  'The new tram timetable is a colossal blunder, said transport councillor Rui Matos.',
  'Villagers accused the bottling company of a land grab after fences went up around the spring.',
  // Ordinary neighbours of the shape.
  'The virus spread through the care home in Ghent within a week, the health agency said.',
  'The old quarry has been turned into a nature reserve with two swimming lakes.',
  'Sinkhole swallows two cars in Guatemala City\n\nThe hole opened after heavy rain, officials said.',
  'Fire engulfs warehouse in Leeds\n\nFirefighters tackled the blaze for six hours.',
  'Toddler swallows button battery, surgeons remove it\n\nThe boy was treated at the children\'s hospital in Bristol.',
  'Ferry hits reef off Lombok: 150 passengers rescued\n\nThe ferry struck the reef shortly after 2 a.m.',
];

testSeverities(rule, 'image families', flagged, fine, (flags) => {
  it('widens a kicker label to the whole kicker', () => {
    expect(flags('FURY OVER FEES: Parents protest at school trip costs\n\nParents in Leeds said the trips cost £400.').map((f) => [f.text, f.severity])).toEqual([['FURY OVER FEES', 'warning']]);
  });
  it('reports a headline verb only in the headline', () => {
    expect(flags('Beach closures in Latvia\n\nBy noon the algae had swallowed the beaches at Jūrmala.').map((f) => f.text)).toEqual([]);
  });
});
