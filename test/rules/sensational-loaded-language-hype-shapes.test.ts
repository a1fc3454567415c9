/**
 * Hype idioms as families (`families` and `entries` in loaded-language.json): criticism as heat
 * ("a blistering ruling"), a blow that leaves a body reeling (with a long object), a flow of
 * death ("a river of death"), a place plunged into panic, and press-release praise of the
 * authorities' leadership ("a masterful display of steady leadership"). Each with its
 * literal, quoted and attributed neighbours, which must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

const flagged: SeverityRow[] = [
  // Criticism as heat, and a blow that leaves an institution reeling (a name of several words).
  ['In a withering ruling on Thursday, the Federal Court of Australia set aside the licence for the coal terminal at Abbot Point.', 'withering ruling', 'info'],
  ['The audit, which left the Regional Water Board of Friesland reeling, found that 40 per cent of the pumps had never been inspected.', 'left the Regional Water Board of Friesland reeling', 'info'],
  ['The tribunal issued a searing critique of the ministry’s tender for school meals in Lombardy.', 'searing critique', 'info'],
  // A flow of death in the writer's voice.
  ['Shortly after midnight the embankment gave way and the valley filled with a torrent of death that swept through three villages.', 'torrent of death', 'warning'],
  ['The cyclone left a trail of death along the coast of Mozambique, destroying 20,000 homes.', 'trail of death', 'warning'],
  // A place plunged or thrown into panic.
  ['The chlorine leak has plunged the port city of Rijeka into panic.', 'plunged the port city of Rijeka into panic', 'warning'],
  ['The cyberattack threw hospitals across Finland into pandemonium on Monday.', 'threw hospitals across Finland into pandemonium', 'warning'],
  // Disorder words in the same frame stay a weak signal, as "plunged into chaos" is.
  ['The resignations plunged the coalition in Prague into turmoil.', 'plunged the coalition in Prague into turmoil', 'info'],
  // Press-release praise of the authorities in the writer's voice.
  ['In a masterful display of steady leadership, the provincial government reopened the pass within two days.', 'a masterful display of steady leadership', 'warning'],
  ['The county council showed bold leadership throughout the floods, reopening schools within a week.', 'showed bold leadership', 'warning'],
  ['The port authority’s response to the oil spill was a masterclass in crisis management.', 'a masterclass in crisis management', 'warning'],
];

const fine: string[] = [
  // Literal heat, and a speaker's reeling.
  'Temperatures were blistering across Andalusia on Tuesday, reaching 44C in Córdoba.',
  '"The ruling left us reeling," said Ana Duarte, who chairs the fishers’ cooperative in Aveiro.',
  // A count of real things after "of death", and a flow of something else.
  'Judges in the case received a wave of death threats after the verdict, police said.',
  'The newspaper printed a flood of death notices in the weeks after the earthquake.',
  'The embankment gave way as a river of mud, carrying away two houses.',
  // The same images in a named speaker's words.
  '"It poured through the streets as a river of death," said Rosa Quint, whose house stood below the slope.',
  'Fisheries minister Tove Berg said the leak had plunged the island into panic.',
  '"The outbreak has plunged the town into panic," said Mayor Karel Novak.',
  // Literal plunges and a neutral economic one.
  'Power cuts plunged the capital into darkness on Sunday night.',
  'The crash plunged the country into recession in 2009.',
  // Leadership named without praise, or praise in a speaker's words.
  'Critics say the region has lacked decisive leadership since the floods.',
  '"This was a masterful display of steady leadership," said Ivo Marin, the council’s spokesman.',
  'Opposition leader Maria Holm called the response a masterclass in crisis management.',
];

testSeverities(rule, 'hype idioms: heat, reeling, flow of death, plunged into panic, leadership puff', flagged, fine, (flags) => {
  it('reports the plunged-into-panic image once, at its longest wording', () => {
    const found = flags('The poisoning has plunged the mining town of Kalgoorlie into panic.');
    expect(found.map((f) => [f.text, f.severity])).toEqual([['plunged the mining town of Kalgoorlie into panic', 'warning']]);
  });
});
