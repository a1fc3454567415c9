/**
 * Decline and waste images in the writer's predicate (`families` in loaded-language.json:
 * body-wound, death-verdict, vanishing-sink, slow-death, strangling, slowly-killing, and
 * prize-windfall's compound modifiers), and hype in a pull-quote box that quotes no one
 * (rules/sensational/_display.ts). Each with its literal (court, clinic, astronomy, murder,
 * reef), quoted and attributed neighbours, which must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // Everyday news words that only look like a literal context: a ferry terminal, a tax penalty, a
  // provincial governor, an appeal, a solar farm, a power plant.
  ['The port levy is a death sentence for the small shops around the ferry terminal.', 'death sentence for', 'warning'],
  ['The new filing rules are a death sentence for village lenders, which face a penalty for every late return. The governor of the province says he will appeal.', 'death sentence for', 'warning'],
  ['The feed-in subsidy has become a black hole, and the solar farms it pays for still sell at a loss.', 'black hole', 'warning'],
  ['The carbon levy is slowly strangling the small mills that supply the coal plants along the river.', 'slowly strangling', 'warning'],
  // A wound put on a trend.
  ['Since 2010 one school in four has closed in the lake district of Upper Austria, a demographic haemorrhage that no grant has slowed.', 'demographic haemorrhage', 'warning'],
  ['Since the mill closed, the valley has suffered an economic bloodletting that no grant has reversed.', 'economic bloodletting', 'warning'],
  ['The province is going through a haemorrhage of young graduates to the capital.', 'going through a haemorrhage', 'warning'],
  // A death sentence pronounced by the writer.
  ['For the island’s bus cooperatives, the new diesel duty will prove a death sentence for the rural routes.', 'death sentence for', 'warning'],
  ['The rent rise will spell the death knell for the last bookshops on the high street in Leuven.', 'death knell for', 'warning'],
  ['The closure of the rail spur was a death blow to the quarry villages of the Peak.', 'death blow to', 'warning'],
  ['The board sounded the death knell for the regional edition in March.', 'sounded the death knell', 'info'],
  // A sink that swallows money or people.
  ['Ten years and two contractors later, the Palermo monorail has turned into a bottomless pit.', 'bottomless pit', 'warning'],
  ['For applicants waiting since 2021, the asylum office in Cardiff has turned into a black hole.', 'black hole', 'warning'],
  ['The ferry terminal in Split is a bottomless pit, and the port authority has covered its losses every year since 2015.', 'bottomless pit', 'warning'],
  // A slow killing.
  ['Station by station, the licence-fee freeze means the slow strangling of local radio in Wales.', 'slow strangling of', 'warning'],
  ['Online retail has brought the slow death of the market towns of Picardy.', 'slow death of', 'warning'],
  ['The spending rules amount to a throttling of small municipal lenders.', 'throttling of', 'warning'],
  ['The port levy is slowly strangling the ferry operators of the Dalmatian islands.', 'slowly strangling', 'warning'],
  // A hype noun after a compound modifier.
  ['For the consultants who drew up the tender, the contract was a pay-to-play bonanza.', 'bonanza', 'warning'],
  // Display type: a pull-quote box that quotes no one.
  ['The team lost 5-0 in Porto on Saturday.\n\n┃ The club’s most humiliating result since 1987 ┃\n\nThe coach said he would stay.', 'humiliating', 'warning'],
  // The same word in the body copy stays a weak signal.
  ['The team suffered a humiliating night in Porto on Saturday, losing 5-0.', 'humiliating', 'info'],
];

const fine: string[] = [
  // Literal wounds, sentences, holes and deaths.
  'She suffered a brain haemorrhage at home and died in hospital two days later.',
  'Doctors said the patient was living through a haemorrhage that surgeons could not stop.',
  'The verdict is a death sentence for the three men convicted of the bombing, their lawyers said.',
  'For decades a diagnosis of the disease was a death sentence for patients in rural clinics.',
  'The judge commuted the death sentence to life in prison on appeal.',
  'The star collapsed and turned into a black hole, astronomers at the observatory said.',
  'Astronomers say the object is a supermassive black hole at the centre of the galaxy.',
  'There is a black hole of 4 billion euros in the pension fund, the auditor said.',
  'The coroner found that the victim died of strangulation; police have charged her husband.',
  'The slow death of the coral reef has been recorded by divers since 2016.',
  'The murder trial heard that the victim was slowly strangled over several minutes.',
  'The lottery jackpot was a record 190 million euros.',
  // Quoted and attributed.
  '"The road toll will be a death sentence for village hauliers," said Idrissa Ba, who leads the drivers’ association.',
  'Bakers in Lyon say the flour tariff is a death sentence for small bakeries.',
  'Opposition leader Ana Ribeiro called the metro line a bottomless pit for taxpayers’ cash.',
  '"My visa file has turned into a black hole," said Rosa Quint, who applied in 2022.',
  // A pull-quote that repeats a speaker, or signs them, and a fact box.
  '"We lost a humiliating final, and we will come back," said the captain, Rui Lopes.\n\n┃ We lost a humiliating final, and we will come back ┃\n\nThe club plays again in May.',
  'The club lost the final in Lisbon.\n\n┃ A humiliating final, and a long road back ┃ — Rui Lopes, captain\n\nThe club plays again in May.',
  'The club lost the final.\n\n│ • Humiliating defeats this season: 3 │\n\nThe club plays again in May.',
];

testSeverities(rule, 'decline and waste images', flagged, fine, (flags) => {
  it('reports a wound image once, at its longest wording', () => {
    const found = flags('Year after year the coalfield goes through an economic haemorrhage.');
    expect(found.map((f) => [f.text, f.severity])).toEqual([['goes through an economic haemorrhage', 'warning']]);
  });
});
