/**
 * Images written as the writer's own predicate (`families` in loaded-language.json: prize-windfall,
 * place-as-furnace, deal-image, asset-as-treasure, hype-predicate, hype-noun-predicate): "X is a
 * <image>", "X turned into a <image>", "a <image> for Y", and a hype adjective in "It is a
 * <hype> <noun>". Beside them the literal jackpots, furnaces, pressure cookers and crown jewels,
 * the same words quoted or reported from a named speaker, and the stock "torrent of abuse",
 * which is a weak signal while a flood of feeling ("a torrent of fury") stays a warning.
 */
import { expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { testSeverities, type SeverityRow } from '../helpers/rule-tester.js';

/** [text, the wording the flag must cover, its severity]. */
const flagged: SeverityRow[] = [
  // A gambler's win for a contract or a scheme.
  ['The road-maintenance contract was a jackpot for a firm registered in Ostrava only months before.', 'was a jackpot', 'warning'],
  ['The rebate scheme became a gravy train for consultants in Lagos State.', 'became a gravy train', 'warning'],
  ['The new parking concession is a licence to print money for its operator in Valletta.', 'is a licence to print money', 'warning'],
  ['The emergency orders handed the two suppliers a bonanza for the winter.', 'bonanza', 'info'],
  // A place as a furnace or a pressure cooker.
  ['The ridge above Kalavryta turned into a blast furnace as the wind rose on Thursday.', 'turned into a blast furnace', 'warning'],
  ['The detention centre at Tarsus is a pressure cooker, with four men to a cell built for one.', 'is a pressure cooker', 'warning'],
  ['By noon the market square in Multan was a furnace.', 'was a furnace', 'warning'],
  ['The refugee camp has become a pressure cooker since the food rations were halved in May.', 'become a pressure cooker', 'warning'],
  // A loaded image for a deal.
  ['The sale of the state airline is a fire sale of the country’s most valuable brand.', 'is a fire sale', 'warning'],
  ['For the mining group, the renewed licence is a sweetheart deal.', 'is a sweetheart deal', 'warning'],
  ['The council approved a sweetheart deal with the developer in a closed session.', 'sweetheart deal', 'info'],
  ['The merger of the two broadcasters was a stitch-up from the start.', 'was a stitch-up', 'warning'],
  // A treasure image for a state asset.
  ['The privatisation programme will sell off the family silver to cover this year’s deficit.', 'sell off the family silver', 'warning'],
  ['The copper mine is Zambia’s crown jewel, and its sale will be debated in parliament.', '’s crown jewel', 'info'],
  // A hype adjective or noun as the writer's own predicate.
  ['It is a game-changing deal for dairy farmers in the Waikato.', 'is a game-changing deal', 'warning'],
  ['It was a fairytale comeback for a side relegated twice in five years.', 'was a fairytale comeback', 'warning'],
  ['The new bypass is a game-changer for hauliers in Limburg.', 'is a game-changer', 'warning'],
  ['The drug is a miracle cure for nobody: trials in Porto found no effect.', 'is a miracle cure', 'warning'],
  ['The club’s fairy-tale season ended in the cup semi-final in Cork.', 'fairy-tale season', 'info'],
  // A flood image: a stock collocation for many messages is weak; a flood of feeling is a warning.
  ['The new parking rules drew a torrent of criticism from shop owners in Ghent.', 'torrent of criticism', 'info'],
  ['The fare rise set off a deluge of complaints from commuters in Poznań.', 'deluge of complaints', 'info'],
  ['The fare rise set off a tsunami of criticism from commuters in Poznań.', 'tsunami of criticism', 'warning'],
  ['The ruling unleashed an avalanche of rage among taxi drivers in Bogotá.', 'avalanche of rage', 'warning'],
];

const fine: string[] = [
  // Literal jackpots, furnaces, pressure cookers, fire sales and crown jewels.
  'The EuroMillions jackpot was a record for the lottery, and one ticket in Galway won it.',
  'A single ticket sold in Aberdeen won the jackpot for Saturday’s lottery draw.',
  'The steelworks at Port Talbot closed its last blast furnace in September.',
  'Workers at the smelter said the old furnace was a furnace built in 1968 and never relined.',
  'Police said the device was a pressure cooker packed with nails and an explosive charge.',
  'The recipe calls for a pressure cooker and two hours for the beans.',
  'Thieves took eight pieces of the crown jewels from the museum in four minutes on Sunday.',
  'The film is a fairy tale by the Brothers Grimm, retold with puppets for the opera house.',
  // Quoted and reported from a named speaker.
  '"It is a game-changing deal," said Aroha Ngata, who chairs the dairy co-operative in Hamilton.',
  'Union leader Sipho Dlamini said the camp is a pressure cooker and asked for more guards.',
  'The contract was a jackpot for the supplier, said Ioana Radu, an auditor at the state audit office in Copenhagen.',
  '"This concession is a fire sale," said Ruth Mensah-Okai, an opposition MP from the coast.',
  // The same words in a plain sense.
  'The ministry said the drug is a promising candidate for treating malaria in children.',
  'The heat in the kiln room reached 48C on Tuesday, the plant’s safety officer said.',
  'The new bypass opened to lorries on Monday, six months late and 12 per cent over budget.',
];

testSeverities(rule, 'predicate images', flagged, fine, (flags) => {
  it('reports a predicate image once, at its longest wording', () => {
    const found = flags('The tender was a jackpot for a firm with no staff.');
    expect(found.map((f) => [f.text, f.severity])).toEqual([['was a jackpot', 'warning']]);
  });

  it('keeps the plain hype adjective a weak signal outside the writer\'s predicate', () => {
    expect(flags('The minister praised a game-changing deal for dairy farmers.').map((f) => f.severity)).toEqual(['info']);
  });

  it('hands a predicate verdict to any speaker whose cue comes first, even an unnamed body', () => {
    expect(flags('The ministry said it was a game-changing deal for farmers in Otago.').map((f) => f.severity)).toEqual(['info']);
    expect(flags('The airline says the new route is a game-changer for Tromsø.').map((f) => f.severity)).toEqual(['info']);
  });
});
