/**
 * A lethality adjective the story itself contradicts (`unsupportedHarm` in
 * loaded-language.json): "the deadly tins" in a caption, or "Deadly heaters" in a headline,
 * while the story says no illness or death has been linked to them, or that no injury was
 * reported and tells of none. Things lethal by nature, stories with real deaths, and a
 * party's own denial in quotation marks stay quiet.
 */
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

const recall = (caption: string, denial: string) =>
  `Food agency recalls infant formula made in Ghent\n\nThe Federal Agency for the Safety of the Food Chain on Friday ordered the recall of four batches of infant formula made by a dairy in Ghent, after tests found traces of a cleaning agent.\n\n${caption}\n\nThe agency said about 60,000 tins had been sold since March. ${denial}\n\nThe dairy said it would cooperate with the inspectors.`;

const heaters = (body: string) =>
  `Deadly heaters pulled from shelves across Ireland\n\nThe Competition and Consumer Protection Commission on Tuesday told retailers to stop selling a model of oil-filled heater ${body}\n\nAbout 8,000 heaters were sold in the last two winters.`;

const flagged: SeverityRow[] = [
  // A caption in the body, and the story's own denial that any harm is linked.
  [recall('📷 A shop worker in Antwerp removes the deadly tins from a shelf on Friday. Photo: Jan Peeters', 'No illness or death has been linked to the formula, the agency said.'), 'deadly tins', 'warning'],
  // A headline, and a plain denial in a story that tells of no death or injury.
  [heaters('after tests found its thermostat could fail.\n\nNo injuries have been reported, the commission said.'), 'Deadly heaters', 'warning'],
  // In the copy itself.
  [recall('Shops in Antwerp began clearing the lethal formula from their shelves on Friday.', 'No illnesses have yet been linked to the recalled batches.'), 'lethal formula', 'warning'],
];

const fine: string[] = [
  // The story tells of real deaths: the plain denial covers only the rest.
  heaters('after a fire in Cork killed two people last month.\n\nNo other injuries have been reported, the commission said.'),
  // No denial at all.
  recall('📷 A shop worker in Antwerp removes the deadly tins from a shelf on Friday. Photo: Jan Peeters', 'Inspectors are still testing the remaining batches.'),
  // The denial is the maker's own, in quotation marks: one side's account.
  recall('📷 A shop worker in Antwerp removes the deadly tins from a shelf on Friday. Photo: Jan Peeters', '"No illness has been linked to our formula," said Pieter Claes, the dairy’s managing director.'),
  // Lethal by nature, or a measure of what would kill.
  recall('Inspectors said a child would need to drink several litres before taking a lethal dose.', 'No illness or death has been linked to the formula, the agency said.'),
];

testSeverities(rule, 'lethality adjectives the story contradicts', flagged, fine);
