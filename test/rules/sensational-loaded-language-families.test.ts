/**
 * The families behind loaded wording, not single phrases: an intensifier on a verdict noun,
 * a force of nature made of a reaction, body blows, apocalypse words, war metaphors for
 * disputes and tabloid labels in the headline; and the literal, quoted and attributed uses
 * of the same words that must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { analyze } from '../../src/analyze.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

const flags = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags;

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // An intensifying adjective + an evaluative noun.
  ['The new parking permit scheme has become a colossal blunder for a city hall that promised shorter queues.', 'colossal blunder', 'warning'],
  ['The botched census turned into an unmitigated disaster for the statistics office in Nairobi.', 'unmitigated disaster', 'warning'],
  ['Moving the archive to a basement that floods every spring was an abject failure of planning.', 'abject failure', 'warning'],
  ['The Ljubljana ring road upgrade has been a staggering waste of public money.', 'staggering waste', 'warning'],
  ['The ministry made a catastrophic misjudgement when it scrapped the school bus grant.', 'catastrophic misjudgement', 'warning'],
  ['The relaunch of the ferry timetable was a total shambles, with boats leaving empty.', 'total shambles', 'info'],
  // A mass or a force of nature + "of" + a reaction; size by adjective.
  ['The fare rise unleashed a torrent of anger among commuters in Lyon.', 'torrent of anger', 'warning'],
  ['The decision set off a tsunami of complaints from parents across Galway.', 'tsunami of complaints', 'warning'],
  ['The ruling provoked a wave of fury among taxi drivers in Lisbon.', 'wave of fury', 'warning'],
  ['The proposal drew a wave of criticism from hoteliers in Rhodes.', 'wave of criticism', 'info'],
  ['What followed was a shortage of biblical proportions at pharmacies across Andalusia.', 'biblical proportions', 'warning'],
  // Body blows.
  ['The closure of the steelworks is a hammer blow for the valley, where one in four jobs depends on it.', 'hammer blow', 'warning'],
  ['The airline pulling out of Kiruna is a kick in the teeth for a town that paid for the runway.', 'kick in the teeth', 'warning'],
  ['The rejection of the stadium bid came as a body blow to the club, which had spent two years on it.', 'body blow', 'warning'],
  ['The rail strike is a gut-punch for a tourism season in Kerala that had only just recovered.', 'gut-punch', 'warning'],
  // Apocalypse words as modifiers.
  ['Lorry drivers on the Brenner route face a nightmare commute while the bridge is closed.', 'nightmare commute', 'warning'],
  ['Residents of the bay are bracing for the doomsday storm that forecasters expect on Friday.', 'doomsday storm', 'warning'],
  ['Three months of roadworks have made the high street a living hell for shopkeepers in Ghent.', 'living hell', 'warning'],
  // War metaphors for disputes.
  ['The council’s vote on the quarry turned a planning dispute into an all-out war between the two villages.', 'all-out war', 'warning'],
  ['The mayor of Split declared war on noisy bars with a new licensing plan.', 'declared war on noisy bars', 'warning'],
  ['The contest for the party leadership in Quebec has become a battle royale.', 'battle royale', 'warning'],
  // Tabloid labels in the headline.
  ['TAX RIP-OFF: Madeira doubles its levy on visitors\n\nThe regional government said the money would go to conservation.', 'RIP-OFF', 'warning'],
  ['HOLIDAY HELL: Tourists queue for six hours at Palma airport\n\nQueues at passport control stretched outside the terminal on Saturday.', 'HELL', 'warning'],
  ['FERRY FURY: Passengers stranded for nine hours off Mull\n\nThe ferry lost power two miles from Oban.', 'FURY', 'warning'],
];

const fine: string[] = [
  // Inside a quotation, or a label a named or placed speaker puts on it.
  '"It was a monumental blunder," said opposition leader Marta Kowalczyk, who has called for the minister to resign.',
  'Opposition leader Marta Kowalczyk called the scheme a colossal blunder and demanded an inquiry.',
  'The Reindeer Herders’ Association said the decision was a monumental mistake.',
  'The job cuts, which unions described as a bloodbath, will fall mostly on the Basel back office.',
  // Literal senses.
  'The engine suffered a catastrophic failure shortly after take-off, the investigators said.',
  'Fears of an all-out war between the two countries grew after troops massed on the border.',
  'Declaring war on the rebels, the general ordered artillery units to the frontline.',
  'A wave of protests swept through the capital after the fuel price rise, police said.',
  'The avalanche buried two skiers near Chamonix on Sunday, the mountain rescue service said.',
  'The gang’s leader was killed in a bloodbath at the ranch, where police found eleven bodies.',
  'Witnesses said the victim was knocked down by a blow to the stomach before the attackers fled, police said.',
  'The heavyweight landed a body blow in the third round and his opponent did not get up.',
  'The hail of gunfire lasted several minutes, witnesses told police.',
  'The troops faced a torrent of rockets and shelling overnight.',
  'The Doomsday Clock was moved to 89 seconds to midnight on Tuesday.',
  'Scientists at the seed vault in Svalbard, sometimes called the doomsday vault, deposited 30,000 new samples.',
  'The striker scored a spectacular own goal in the 89th minute to hand the visitors the win.',
  'Police charged the driver with road rage after the incident on the A1.',
  'The museum’s monumental staircase reopened after two years of restoration.',
  'Health officials said obesity had reached epidemic proportions in the region.',
  'The cooperative recorded a record harvest of 9,000 tonnes, its annual report said.',
  'Solar firms said the tariff was a blow to the solar industry in Andalusia.',
  'Prices rose sharply at the end of the World Cup in Qatar, the tourism board said.',
  // Capitals that are not a label: a kicker with no loaded word, a real war.
  'UKRAINE WAR: Kyiv says drones hit refinery\n\nThe refinery in Saratov was hit overnight, officials said.',
  'Council approves new bus lanes for city centre\n\nThe council voted 30 to 12 on Tuesday to approve the lanes.',
];

testSeverities(rule, 'families of loaded wording', flagged, fine, () => {
  it('reports a stronger wording inside a weaker, longer one at its own severity', () => {
    const found = flags('The announcement unleashed a torrent of fury among dockworkers in Gdańsk.');
    expect(found.map((f) => [f.text, f.severity])).toEqual([['torrent of fury', 'warning']]);
  });

  it('keeps a war word mild outside a dispute, and a warning inside one', () => {
    expect(flags('An all-out war is what the region does not need.').map((f) => f.severity)).toEqual(['info']);
    expect(flags('The pay dispute at the port has turned into an all-out war.').map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports a capitals label only in the headline, as its kicker', () => {
    expect(flags('Owners say the FURY is misplaced\n\nOwners of holiday flats in Dubrovnik met on Monday.')).toEqual([]);
    expect(flags('Readers wrote to us about the SHAME: of the council.')).toEqual([]);
  });

  it('reports a capitals label on a kicker line of its own over the headline', () => {
    const page = (kicker: string) => `HARBOUR CITY TRIBUNE\nLocal › Transport\n\n${kicker}\nBus fares rise by a third from March\n\nThe city's transport authority said on Monday that single fares would rise from 1.50 to 2.00 euros.`;
    expect(flags(page('FARE FURY')).map((f) => [f.text, f.severity])).toEqual([['FURY', 'warning']]);
    // A kicker with no loaded word, and a section label, are not reported.
    expect(flags(page('FARES RISE'))).toEqual([]);
    expect(flags(page('TRANSPORT'))).toEqual([]);
  });

  it('reports a capitals label as the title of a fact box the story keeps', () => {
    const page = (title: string, row = 'Fares from March: 2.00 euros') =>
      `Bus fares rise by a third from March\n\nThe city's transport authority said on Monday that single fares would rise from 1.50 to 2.00 euros, the first rise in nine years.\n\n┌──────────────────────────────┐\n│ ${title.padEnd(28)} │\n│ ${row.padEnd(28)} │\n│ Last rise: 2016              │\n└──────────────────────────────┘\n\nPassengers' groups said they would ask the council to delay the rise until the new lines open in the autumn.`;
    expect(flags(page('A FARE FIASCO')).map((f) => [f.text, f.severity])).toEqual([['FIASCO', 'warning']]);
    expect(flags(page('FARES AT A GLANCE'))).toEqual([]);
  });

  it('treats a passive label as the writer’s own', () => {
    expect(flags('The scheme has been called a colossal blunder.').map((f) => f.text)).toEqual(['colossal blunder']);
  });
});
