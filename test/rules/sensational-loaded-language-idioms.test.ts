/**
 * Idiom and image families in the writer's voice: disgust images ("a reeking carpet of
 * scum"), coined fraud epithets ("the great battery con"), excess images ("an orgy of
 * concrete"), falling-body images for a decline ("a death spiral", "fell off a cliff"),
 * negligence idioms ("asleep at the wheel", "fiddling while Rome burns"), monster images
 * for a disaster ("the earth opened its jaws") and capitals kickers of the same family
 * ("BURIED ALIVE:"). Their literal neighbours (a shark's jaws, a driver asleep at the
 * wheel, a plane's spiral, the Great Train Robbery, a sinkhole that swallows a car) and
 * speakers' own words must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

const flagged: SeverityRow[] = [
  // Disgust images.
  ['By Thursday a stinking carpet of algae covered the marina at Porto Rafti.', 'stinking carpet of', 'warning'],
  ['Residents of the Lagos estate woke to a putrid river of sewage running past their doors.', 'putrid river of', 'warning'],
  ['Divers found a foul-smelling blanket of sludge over the reef off Mombasa.', 'foul-smelling blanket of', 'warning'],
  ['By August the old harbour at Chittagong was a sea of filth.', 'sea of filth', 'info'],
  // Disgust image in an agency's statement reported without quotation marks.
  ['Bathing was banned at two beaches near Split after a festering tide of waste washed in, the county health agency said.', 'festering tide of', 'warning'],
  // Coined fraud epithets.
  ['For the farmers who borrowed to buy the pumps, the great irrigation swindle has meant years of debt.', 'the great irrigation swindle', 'warning'],
  ['Parents in Brno are still waiting for refunds from the great school-uniform rip-off.', 'the great school-uniform rip-off', 'warning'],
  ['The great carbon-credit con has left the villages of Kalimantan with nothing to show for it.', 'great carbon-credit con', 'warning'],
  // Excess images.
  ['The new waterfront in Batumi is an orgy of glass towers and casinos.', 'orgy of', 'warning'],
  ['Bidding for the Lusaka copper smelter turned into a feeding frenzy once the reserve price was published.', 'turned into a feeding frenzy', 'warning'],
  // Falling-body images for a decline.
  ['Coffee prices in Huila went into a death spiral after the harvest came in early.', 'death spiral', 'warning'],
  ['The Kenyan shilling went into a tailspin in March.', 'into a tailspin', 'warning'],
  ['Bookings fell off a cliff at the Dalmatian resorts after the ferry strike.', 'fell off a cliff', 'warning'],
  ['Wool prices have gone through the floor this season in Patagonia.', 'through the floor', 'warning'],
  // Negligence idioms.
  ['For a decade the port authority in Durban was asleep at the wheel while the cranes rusted.', 'asleep at the wheel', 'warning'],
  ['The health ministry fiddled while Rome burned as the measles cases climbed in Bucharest.', 'fiddled while Rome burned', 'warning'],
  ['Regulators in Manila have buried their heads in the sand over the ferry safety reports.', 'heads in the sand', 'warning'],
  ['The council has sat on its hands since the flood report landed in 2021.', 'sat on its hands', 'info'],
  // Monster images for a disaster.
  ['Just after midnight in Petrópolis, the hillside opened its jaws and took three houses.', 'opened its jaws', 'warning'],
  ['On Sunday the river opened its mouth and the lower town of Derna was gone.', 'river opened its mouth', 'warning'],
  ['Villagers on the Jamuna have watched the hungry river take their fields one by one.', 'hungry river', 'warning'],
  // Capitals kickers of the family.
  ['BURIED ALIVE: Landslide hits village in Kerala\n\nRescuers were searching for 12 people on Tuesday, the state said.', 'BURIED ALIVE', 'warning'],
  ['SWALLOWED WHOLE: Sinkhole takes van in Lima\n\nThe driver climbed out before the van fell, police said.', 'SWALLOWED WHOLE', 'warning'],
];

const fine: string[] = [
  // Literal senses.
  'The shark opened its jaws and bit the surfboard in half, the lifeguards at Recife said.',
  'The lorry driver was asleep at the wheel when the collision happened, the inquest in Leeds heard.',
  'The pilot could not pull the plane out of the death spiral, the investigators in Addis Ababa found.',
  'Gulls gathered over the trawler in a feeding frenzy as the catch was sorted.',
  'The Great Train Robbery of 1963 is still the subject of books and films.',
  'The great majority of the fraud cases were closed by the prosecutor in Vilnius.',
  'A carpet of wildflowers covers the hills above Namaqualand every September.',
  'A hiker fell off a cliff near Cape Point on Sunday, the rescue service said.',
  'The tablets are swallowed whole with a glass of water twice a day.',
  'The python had swallowed a goat whole, the wildlife officers in Kerala found.',
  // Ordinary disaster wording.
  'Sinkhole swallows car in Lima suburb\n\nThe hole opened after three days of rain, the municipality said.',
  'The sinkhole swallowed a parked car and part of the pavement on Monday night.',
  'Prices fell by a third in August, the agriculture department said.',
  // A speaker's words.
  '"It is an orgy of concrete," said Lejla Hodžić, who leads the Mostar heritage group.',
  'Opposition leader Tomás Reyes called the scheme the great pension swindle.',
  '"The earth opened its jaws," said Carmen Ruiz, who lives beside the hole.',
  'The ministry has been asleep at the wheel, said Nadia Haddad, a lawyer for the families.',
];

testSeverities(rule, 'idiom and image families', flagged, fine, (flags) => {
  it('reports a capitals kicker only where it stands as the kicker', () => {
    expect(flags('Landslide in Kerala: villagers buried alive, rescuers say\n\nRescuers were searching on Tuesday.').filter((f) => f.text === 'buried alive')).toEqual([]);
  });
});
