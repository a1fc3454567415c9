/**
 * Ruin and frenzy images in the writer's voice: a plan moving at speed toward ruin ("hurtling
 * toward the abyss"), a craze noun with a spreading verb ("a hydrogen mania sweeping the
 * north"), ruin idioms ("left the league's finances in ruins", "on its knees"), anger as a
 * pot boiling over or a blast (a warning in a headline, a weak signal when it erupts in the
 * body), a sale turned into a feeding frenzy, and a service called a nightmare ("a nightmare
 * on wheels", "a commuter nightmare"). Their literal neighbours (a submersible over a real
 * abyss, sharks in a frenzy, storm-torn flags, a town ruined by an earthquake, a fever
 * outbreak) and the same words from a named speaker stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // Motion toward ruin.
  ['After a third loss-making year the state airline is hurtling toward the precipice.', 'hurtling toward the precipice', 'warning'],
  ['Without a new buyer, the steelworks in Galați is careering towards disaster.', 'careering towards disaster', 'warning'],
  ['The coalition in Tallinn lurched toward the brink after the budget vote failed.', 'lurched toward the brink', 'warning'],
  ['The ferry operator has been sliding into oblivion since the bridge opened in 2019.', 'sliding into oblivion', 'info'],
  // A craze sweeping a place.
  ['A cobalt frenzy gripping the Copperbelt has pushed land prices up fivefold.', 'frenzy gripping', 'warning'],
  ['The hydrogen mania sweeping northern Chile has drawn bids from nine consortia.', 'mania sweeping', 'warning'],
  ['A padel craze sweeping the suburbs of Lyon has filled every court until midnight.', 'craze sweeping', 'info'],
  // Ruin idioms.
  ['Three years of infighting left the opposition alliance in tatters before the vote.', 'left the opposition alliance in tatters', 'warning'],
  ['The audit left the national football league\'s finances in ruins.', 'in ruins', 'warning'],
  ['After two failed harvests the cocoa cooperative in Abengourou is on its knees.', 'is on its knees', 'warning'],
  ['Her plan for the port authority now lies in shreds.', 'lies in shreds', 'warning'],
  // Anger boiling over or erupting.
  ['Fury erupts as Lagos taxi fares double overnight\n\nSeveral thousand drivers blocked the Third Mainland Bridge on Monday, the police said.', 'Fury erupts', 'warning'],
  ['Nurses\' anger boiled over at the board meeting in Cork on Tuesday.', 'anger boiled over', 'warning'],
  ['Anger erupted in Harare after the fuel price rose for the third time in a month.', 'Anger erupted', 'info'],
  // A sale turned into a feeding frenzy.
  ['The sale of the state\'s telecom licences became a feeding frenzy for private equity.', 'became a feeding frenzy', 'warning'],
  ['The tender for the new container terminal in Mersin turned into a frenzy among Gulf investors.', 'turned into a frenzy', 'warning'],
  // A service called a nightmare.
  ['The replacement bus service between Leeds and York is a nightmare on wheels.', 'nightmare on wheels', 'warning'],
  ['Roadworks on the ring road have created a commuter nightmare in Kraków.', 'commuter nightmare', 'warning'],
  ['The visa office in Nairobi has become a nightmare for students applying to study abroad.', 'become a nightmare', 'warning'],
];

const fine: string[] = [
  // Literal depths, predators, rags, ruins and fevers.
  'The submersible plunged toward the abyss of the Mariana Trench on its fourth dive of the season.',
  'Sharks in a feeding frenzy tore through the shoal of sardines off Durban on Sunday.',
  'The gale left the flags on the promenade in tatters.',
  'The earthquake left the old quarter of Antakya in ruins.',
  'Dengue fever sweeping the coastal districts has filled the wards in Colombo, the health ministry said.',
  'Ambulances raced towards the disaster site in Kahramanmaraş within the hour.',
  // The same words from a named speaker.
  '"The airline is hurtling toward the precipice," said Olga Nilsen, who heads the cabin crew union.',
  'Grace Mwangi, who drives the ring road to work every day, said the commute had become a nightmare.',
  'Union leader Tomás Ruiz said the cuts had left the ferry service in tatters.',
  'Anger at the ruling boiled over, said Fatima Diallo, a trader in Dakar.',
  '"It was a feeding frenzy," said Lars Holm, a broker on the trading floor that morning.',
  // The words in a plain sense.
  'The craze for vinyl records has lasted longer than most retailers in Hamburg expected.',
  'The hospital trust\'s cash fell to six weeks of wages in June, its finance director said.',
];

testSeverities(rule, 'ruin and frenzy images', flagged, fine, (flags) => {
  it('reports a ruin idiom once, at its longest wording', () => {
    const found = flags('Years of neglect left the county\'s library service in tatters.');
    expect(found.map((f) => [f.text, f.severity])).toEqual([['left the county\'s library service in tatters', 'warning']]);
  });

  it('keeps erupting anger a weak signal in the body and a warning in the headline', () => {
    expect(flags('Fury erupted in the market after the stalls were cleared.').map((f) => f.severity)).toEqual(['info']);
    expect(flags('Fury erupts over stall clearances at city market\n\nCouncil workers cleared 40 stalls on Monday, the council said.').map((f) => f.severity)).toEqual(['warning']);
  });
});
