import { describe, expect, it } from 'vitest';
import rule from '../../rules/sensational/loaded-language.js';
import { analyze } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'The nurses’ union slammed the offer as an insult to its members.', flag: 'slammed the offer' },
    { text: 'Councillor Ruth Ames blasted the mayor’s plan as a giveaway to developers.', flag: 'blasted the mayor' },
    { text: 'It was the most destructive flood in living memory for the villages along the Sava.', flag: 'most destructive flood in living memory' },
    { text: 'Shockingly, the audit found no record of the 2023 payments.', flag: 'Shockingly' },
    { text: 'The council’s reckless borrowing left Wellington with a NZ$2 billion hole in its books.', flag: 'reckless' },
    { text: 'The ruling party suffered a stunning defeat in the Osaka mayoral race on Sunday.', flag: 'stunning defeat' },
    { text: 'Sunday’s vote was an electoral massacre for the Greens in Lower Austria.', flag: 'electoral massacre' },
    { text: 'Police in Lusaka launched a brutal crackdown on striking miners this week.', flag: 'brutal crackdown' },
    // The words that describe a speaker, and a clause the writer adds after the report, are the writer's.
    { text: 'The disgraced former mayor of Lille told reporters on Friday that he would appeal.', flag: 'disgraced' },
    { text: 'Minister Ana Costa said the mine would reopen, in a stunning reversal of her position in May.', flag: 'stunning reversal' },
    { text: 'The dockworkers’ strike brought the port of Antwerp to its knees for a week in October.', flag: 'brought the port of Antwerp to its knees' },
    { text: "The striker's late miss sent shockwaves through the dressing room in Turin.", flag: 'sent shockwaves' },
    { text: 'The central bank\'s surprise rate rise triggered a bloodbath on the Johannesburg exchange.', flag: 'bloodbath' },
    { text: 'A monster storm is set to wreak havoc across Queensland this weekend.', flag: 'monster storm' },
    { text: 'The leaked campaign memo is a bombshell for the Liberal Party ahead of the Ontario vote.', flag: 'bombshell' },
    { text: 'Shadowy donors have poured money into the referendum campaign in Ireland.', flag: 'Shadowy' },
    { text: 'Coach slams referee after derby defeat in Glasgow\n\nThe manager said the penalty decision cost his side the match.', flag: 'slams referee' },
    { text: 'In a stunning twist, the incumbent mayor of Lyon conceded on election night.', flag: 'In a stunning twist' },
    { text: 'Ticket prices for the final in Madrid have skyrocketed to eye-watering levels.', flag: 'eye-watering' },
    { text: 'The broader implications of the drought for wheat exporters are profound.', flag: 'implications of the drought for wheat exporters are profound' },
    { text: 'With the coalition hanging by a thread, the finance minister of Nepal resigned on Friday.', flag: 'hanging by a thread' },
  ],
  fine: [
    { text: 'The lorry driver was charged with reckless driving after the crash on the M62 near Leeds.' },
    // Reported speech: the judge's verdict, not the writer's.
    { text: 'Judge Mary Okafor said the driver had acted recklessly when he ran the red light in Abuja.' },
    { text: 'The Sitges festival opened with a Spanish horror film about a drowned village.' },
    { text: 'Leaders of formerly untouchable castes marched through Nagpur on Sunday.' },
    { text: 'Engineers blasted the rock face to widen the tunnel on the A9.' },
    { text: 'The storm was the strongest to hit the province since records began in 1951, the weather service said.' },
    { text: 'A firestorm swept through the valley on Saturday night, destroying 40 homes, the fire service said.' },
    { text: 'Pilgrims fell to their knees at the shrine in Fátima as the procession passed.' },
    { text: 'The storm brought 120 mm of rain to Brisbane and cut power to 40,000 homes, the Bureau of Meteorology said.' },
    { text: 'Novak Djokovic won his 24th grand slam title at Flushing Meadows.' },
    { text: 'Shares in the miner fell 12% after it cut its output forecast, the steepest one-day drop since 2020.' },
    // A loaded word inside a quotation is the speaker's, not the writer's.
    { text: '"This result is a bombshell for the party," said Ines Duarte, a political scientist at the University of Lisbon.' },
    { text: '"It was an absolute bloodbath out there," said trader Ken Oduya, after the index fell 6%.' },
    { text: 'Mathematicians at the conference in Kyoto presented new results in chaos theory.' },
    { text: 'The lorry slammed into a barrier on the M6 near Stoke, police said.' },
    { text: 'Firefighters said the bushfire became a firestorm as winds reached 90 km/h.' },
    { text: 'The defender blasted the ball into the top corner in the 89th minute.' },
    { text: 'The injured walker was staggering back to the car park when rescuers found her.' },
    { text: 'The new law could have a chilling effect on press freedom, the union said.' },
    { text: 'Police found a clandestine drugs laboratory in a farmhouse near Utrecht.' },
    { text: 'Voters in Georgia faced long queues, but officials said turnout was in line with 2020.' },
  ],
});

describe('sensational/loaded-language severity', () => {
  const flags = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags;

  it('reports clear hype as a warning and a weaker signal as info', () => {
    const text = 'The ruling ignited a firestorm in Lagos. Officials wasted no time in appealing.';
    expect(flags(text).map((f) => [f.text, f.severity])).toEqual([
      ['ignited a firestorm', 'warning'],
      ['wasted no time', 'info'],
    ]);
  });

  it('raises weaker hype to a warning in the headline, the publication\'s own voice', () => {
    const text = 'FERRY NIGHTMARE: Passengers Stranded For Nine Hours\n\nAn engine failure off Åland turned the Turku crossing into a nightmare for 400 passengers.';
    expect(flags(text).map((f) => [f.text, f.severity])).toEqual([
      ['NIGHTMARE', 'warning'],
      ['nightmare', 'info'],
    ]);
  });

  it('reports the longest wording once, not the words inside it', () => {
    expect(flags('The verdict ignited a firestorm of criticism in Warsaw.').map((f) => f.text)).toEqual(['ignited a firestorm']);
  });

  it('gives a neutral alternative in the message when the lexicon has one', () => {
    const [flag] = flags('The decision sent shockwaves through the league.');
    expect(flag?.message).toMatch(/Neutral alternative:/);
  });

  it('leaves quoted words alone but flags the same words outside the quote', () => {
    const text = 'The minister called the report "a bombshell". The bombshell report runs to 400 pages.';
    const found = flags(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(text.lastIndexOf('bombshell'));
  });
});

describe('newsroom lexicon entries from the config', () => {
  it('flags a house entry and still skips it inside quotes', async () => {
    const { analyze } = await import('../../src/analyze.js');
    const text = 'Rivals Clash\n\nThe derby turned into a bloodletting for the visitors. "It was a bloodletting," said coach Ana Ruiz.';
    const config = { lexicon: { 'sensational/loaded-language': [{ pattern: 'bloodletting', message: 'say "heavy defeat"' }] } };
    const flags = analyze({ id: 'x', text }, { config }).flags.filter((f) => f.ruleId === 'sensational/loaded-language');
    expect(flags.map((f) => f.text)).toEqual(['bloodletting']);
    expect(flags[0]!.start).toBe(text.indexOf('bloodletting'));
    expect(analyze({ id: 'x', text }).flags.filter((f) => f.text === 'bloodletting')).toEqual([]);
  });
});
