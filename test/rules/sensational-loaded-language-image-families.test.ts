/**
 * Image families written as heads plus the frames they need (`families` in
 * loaded-language.json): a demolition tool swung at a policy, a bombing campaign for an
 * economic act, an appetite put on an organisation, a place painted as a dead world, a sewer
 * of corruption, people toppling like dominoes, a process called a farce. Each with the
 * literal, quoted and attributed neighbours of the same words, which must stay quiet.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // A demolition tool for a policy.
  ['The finance ministry in Accra took a sledgehammer to the fuel subsidy in its March budget.', 'took a sledgehammer to', 'warning'],
  ['The new levy is a wrecking ball of a tax bill for small farms in Umbria.', 'wrecking ball of a', 'warning'],
  ['Quito answered the deficit with a fiscal wrecking ball: spending on roads was cut by a third.', 'fiscal wrecking ball', 'warning'],
  ['The central bank in Colombo has taken a regulatory bludgeon to small lenders this year.', 'regulatory bludgeon', 'warning'],
  // A bombing campaign for an economic act.
  ['The carpet-bombing of the market with cheap credit began in the spring of 2021.', 'carpet-bombing', 'warning'],
  ['Traders in Santiago braced for a shock and awe rate cut from the new governor.', 'shock and awe', 'warning'],
  // An appetite put on an organisation.
  ['The smelter’s unquenchable thirst for power has left villages near Kitwe with rolling blackouts.', 'unquenchable thirst', 'warning'],
  ['The agency’s ravenous appetite for data has worried privacy campaigners in Tallinn.', 'ravenous appetite', 'warning'],
  // A dead world for a place.
  ['After the storm the coffee terraces above Matagalpa are now a wasteland of mud and snapped trees.', 'are now a wasteland', 'warning'],
  ['Open-pit mining has turned the hills behind the town into a grey moonscape.', 'moonscape', 'warning'],
  ['The fire left a charred wasteland where the olive groves of the valley stood.', 'charred wasteland', 'warning'],
  // A sewer of corruption.
  ['The port authority in Mombasa has become a cesspool of kickbacks and ghost contracts.', 'cesspool of kickbacks', 'warning'],
  ['Reporters found a moral swamp at the top of the rowing federation in Poznań.', 'moral swamp', 'warning'],
  ['The licensing office was a den of thieves, the report makes clear.', 'den of thieves', 'warning'],
  // People toppling.
  ['In the heat of the afternoon, marchers dropped like flies along the route to the stadium.', 'dropped like flies', 'warning'],
  ['Within an hour of the concert’s start, fans were falling like ninepins in the front rows.', 'falling like ninepins', 'warning'],
  ['Regional banks fell like dominoes after the collapse of the largest lender in 2009.', 'fell like dominoes', 'info'],
  // A process called a farce.
  ['With half the ballot boxes still sealed on Sunday, the recount was a charade.', 'was a charade', 'warning'],
  ['Six candidates were disqualified on the morning of the vote in what became an electoral farce.', 'electoral farce', 'warning'],
];

const fine: string[] = [
  // Literal tools, bombings, appetites, moonscapes, cesspits and dominoes.
  'A sledgehammer was found at the scene, police said.',
  'Thieves took a sledgehammer to the cash machine outside the post office in Leeds on Sunday night.',
  'Workers took a wrecking ball to the old grain silo on the harbour front on Friday.',
  'The allied air forces carried out a carpet-bombing of the city in 1944, killing thousands.',
  'The invasion began with a shock-and-awe air campaign against Baghdad by US troops in 2003.',
  'Locusts have a voracious appetite and can strip a field of maize in a few hours.',
  'Babies with the syndrome have an insatiable hunger, the paediatrician explained to parents.',
  'Photographs sent back by the lander show the moon’s surface and a grey moonscape near the crater.',
  'Sewage from the cesspit behind the school leaked into the stream, the council said.',
  'The children set up ten thousand dominoes in the gym and toppled them on Friday.',
  'The Lyric Theatre’s revival of the Feydeau comedy is a farce in three acts with a cast of eleven.',
  // Quoted, attributed and labelled by a speaker.
  '"The budget takes a sledgehammer to the poor," said Ama Owusu, an opposition MP in Accra.',
  '"This federation is a cesspit of favours," said Petra Novak, whose son competes for the club.',
  'Union leader Kofi Mensah called the inquiry a charade and walked out of the hearing.',
  '"They were dropping like flies in the heat," said Lucía Pérez, a nurse at the field clinic.',
  'Fishing families in the Gulf of Fonseca say the new quota is a sledgehammer to crack a nut.',
  'Police used a battering ram to take the door off its hinges before the arrests.',
  'Aid workers said children in the camp showed a ravenous hunger after weeks without food.',
  'The astronauts described a grey moonscape at the landing site on their return to orbit.',
  // The same words in a plain sense.
  'The ministry said the new reservoir would meet the city’s thirst for water until 2040.',
  'Prices fell sharply on Monday, and the exchange suspended trading for an hour.',
];

testSeverities(rule, 'image families', flagged, fine, (flags) => {
  it('reports a family image once, at its longest wording', () => {
    const found = flags('The treasury took a monetary sledgehammer to household borrowing in the spring.');
    expect(found.map((f) => [f.text, f.severity])).toEqual([['took a monetary sledgehammer to', 'warning']]);
  });

  it('keeps a voracious appetite mild, and a warning when put on a company', () => {
    expect(flags('Readers in the north have a voracious appetite for crime fiction.').map((f) => f.severity)).toEqual(['info']);
    expect(flags('The company has a voracious appetite for rival start-ups.').map((f) => f.severity)).toEqual(['warning']);
  });
});
