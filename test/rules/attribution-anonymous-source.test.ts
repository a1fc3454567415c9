import rule from '../../rules/attribution/anonymous-source.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const severities = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => [f.text, f.severity]);

testRule(rule, {
  flagged: [
    { text: 'One union official confided that the strike fund in Kitwe would run dry within a week.', flag: 'One union official confided' },
    { text: '“The talks are dead,” a senior European diplomat said after the meeting in Brussels.', flag: 'a senior European diplomat said' },
    { text: 'Sources within the interior ministry say the curfew in Lagos will be extended by a week.', flag: 'Sources within the interior ministry say' },
    { text: 'According to sources who have seen the draft, the treaty caps fishing quotas at 2019 levels.', flag: 'According to sources' },
    { text: 'The airline will order 60 new jets, two people familiar with the negotiations said on Monday.', flag: 'people familiar with the negotiations' },
    { text: '“We have no money left for the second phase,” officials in the Kenyan treasury told reporters.', flag: 'officials in the Kenyan treasury told' },
    { text: 'Insiders at the club claim the manager will be sacked before Christmas, an aide to the chairman said.', flag: 'an aide to the chairman said' },
    // Any unnamed person with a trade or post, not only the listed nouns.
    { text: 'A senior engineer at the Flamanville plant told the Courier that weld checks had been skipped for months.', flag: 'A senior engineer at the Flamanville plant told' },
    { text: 'One exhausted paramedic told the Echo that ambulances had queued outside the hospital for six hours.', flag: 'One exhausted paramedic told' },
    { text: 'Several suppliers said the council had paid their invoices four months late.', flag: 'Several suppliers said' },
    // An anonymity marker makes any noun an anonymous source.
    { text: 'One headteacher in Leeds, who would not be named, said a third of her staff had not been balloted.', flag: 'One headteacher in Leeds, who would not be named, said' },
    { text: 'A resident, who asked not to be identified, said the militia had set up a checkpoint on the bridge.', flag: 'A resident, who asked not to be identified, said' },
    { text: 'Several hauliers, speaking privately, described being asked for cash at the border post.', flag: 'Several hauliers, speaking privately, described' },
    // A postmodifier of access does not say who the source is.
    { text: 'The ceasefire could be signed within days, a mediator involved in the talks told reporters in Doha.', flag: 'a mediator involved in the talks told' },
    // A relative clause between the person and the cue does not hide the cue.
    { text: 'A customs officer who has worked at the port for a decade says the scanners have been broken since March.', flag: 'A customs officer who has worked at the port for a decade says' },
    { text: 'A nurse whose ward was closed last week said patients had been moved into corridors in Bari.', flag: 'A nurse whose ward was closed last week said' },
    { text: 'One engineer who helped design the bridge in Genoa told the inquiry that the cables had corroded.', flag: 'One engineer who helped design the bridge in Genoa told' },
    { text: 'A source who has seen the contract says the fee for the Lisbon stadium is 40 million euros.', flag: 'A source who has seen the contract says' },
    // A place after the noun ("on the team", "aboard the tanker") does not name the person.
    { text: 'Speaking to us late on Sunday, a geologist on the survey team said the slope above the village was still moving.', flag: 'a geologist on the survey team said' },
    { text: 'An engineer aboard the tanker told reporters the ballast pumps had failed twice before the storm.', flag: 'An engineer aboard the tanker told' },
    { text: 'One nurse on the night shift said patients had waited nine hours for a bed in Cork.', flag: 'One nurse on the night shift said' },
    // A possessive after the head does not place the person: still an unnamed member.
    { text: 'A member of the bank’s audit committee, granted anonymity to describe a closed meeting, said the write-off had been approved in March.', flag: 'A member of the bank’s audit committee' },
  ],
  fine: [
    { text: 'The Dental Association said the strike would close clinics. “Missed check-ups do not wait for pay talks,” its chief executive, Zanele Khumalo, said.' },
    { text: '“The talks are dead,” said Ana Petrović, Serbia’s deputy foreign minister, after the meeting in Brussels.' },
    { text: 'A spokeswoman for the Kenyan treasury declined to comment on the second phase of the project.' },
    { text: 'The Indian embassy in Ottawa said it had not been informed of the arrests.' },
    { text: 'The prime minister’s office said the curfew in Lagos would be extended by a week.' },
    { text: 'Foreign ministry spokesman Mao Ning said the visit would go ahead as planned.' },
    { text: 'A spokesperson for Lufthansa said the flight had landed safely in Munich.' },
    { text: 'The hospital said the patient was in a stable condition on Sunday night.' },
    // A vox pop: a resident or passenger speaks for themselves.
    { text: 'A resident said the water had been off in her street for three days.' },
    { text: 'Jonas Berg, an engineer at Equinor, the Norwegian energy group, said the platform would restart on Monday.' },
    { text: 'A report by the national audit office said the tunnel was 40% over budget.' },
    { text: 'A lawyer for the family said they would appeal the ruling in Lyon.' },
    // The relative clause on a named person, on an object, or with its own subject.
    { text: 'Marta Keller, who has worked for the city for 20 years, says the fares in Brno are too high.' },
    { text: 'The mayor of Tartu hired a planner who had worked for the city, the council said.' },
    { text: 'The minister who the audit says misled parliament resigned on Friday.' },
    { text: 'The union that represents the tram drivers says the strike will go ahead on Monday.' },
    { text: 'Leila Haddad, a geologist on the survey team, said the slope above the village was still moving.' },
    { text: 'The crew on the tanker said the ballast pumps had failed twice before the storm.' },
    { text: 'A man on the bridge said he had seen the car leave the road shortly after midnight.' },
    { text: 'The hospital’s night manager on the ward said patients had waited nine hours for a bed.' },
    { text: 'The bank’s audit committee said in a statement that the chairman had asked for the delay.' },
  ],
});

describe('attribution/anonymous-source severity', () => {
  it('keeps generic plural officials that are not quoted at info', () => {
    expect(severities('Mexican officials say the new border crossing at Nogales will open in March.')).toEqual([['Mexican officials say', 'info']]);
  });

  it('warns when plural officials are quoted directly', () => {
    expect(severities('“The crossing will open in March,” Mexican officials said.')).toEqual([['Mexican officials said', 'warning']]);
  });

  it('drops to info when the article says why the source is not named', () => {
    const text = 'The ceasefire will be announced on Friday, a Qatari official said, speaking on condition of anonymity because he was not authorised to brief the media.';
    expect(severities(text)).toEqual([['a Qatari official said', 'info']]);
  });

  it('drops to info when a causal clause says why the source asked not to be named', () => {
    // Whether the reason is a good one is the editor's call; the article gives one.
    const text = 'A senior official, who asked not to be named because the minister had not yet seen the audit, said the housing scheme in Lagos would be scrapped.';
    expect(severities(text)).toEqual([['A senior official, who asked not to be named because the minister had not yet seen the audit, said', 'info']]);
    const granted = 'The fine will exceed €40 million, a person familiar with the decision said, speaking on condition of anonymity as it is due only next week.';
    expect(severities(granted)).toEqual([['a person familiar with the decision said', 'info']]);
  });

  it('drops to info when the reason comes where the source is taken up again, two paragraphs on', () => {
    const text = [
      'A former customs officer testified on Monday that cargo from the port of Durban was waved through without inspection.',
      'The trial, now in its third week, is expected to last until June.',
      'The officer, identified in court only as "Witness 4" under a protection order, said he was paid to sign the release forms.',
    ].join('\n\n');
    expect(severities(text)).toEqual([['A former customs officer testified', 'info']]);
  });

  it('still warns when the only reason is three paragraphs away', () => {
    const text = [
      'A former customs officer testified on Monday that cargo from the port of Durban was waved through without inspection.',
      'The trial, now in its third week, is expected to last until June.',
      'Defence lawyers have asked for the case to be moved to Johannesburg.',
      'A second witness, whose name the judge has kept sealed, is due to testify on Friday.',
    ].join('\n\n');
    expect(severities(text)).toEqual([['A former customs officer testified', 'warning']]);
  });

  it('warns on bare plural officials who admit something or speak privately', () => {
    expect(severities('Officials privately concede that the Brenner tunnel will open two years late.')).toEqual([['Officials privately concede', 'warning']]);
    expect(severities('Officials said on Monday that 14 people had died in the floods in Valencia.')).toEqual([['Officials said', 'info']]);
  });

  it('does not borrow the reason of the next source', () => {
    const text = [
      'Officials privately acknowledge that the rail operator held back the fare rise until after the holidays in Salta.',
      'A utility engineer, who asked not to be identified because he was not authorised to speak, said pressure in the old pipes was already low.',
    ].join('\n\n');
    const flags = analyze({ id: 't', text }, { rules: [rule] }).flags;
    expect(flags.map((f) => [f.text, f.severity])).toEqual([
      ['Officials privately acknowledge', 'warning'],
      ['A utility engineer, who asked not to be identified because he was not authorised to speak, said', 'info'],
    ]);
    expect(flags[0]!.message).not.toMatch(/says why/);
  });

  it('gives one flag, to the last cue, for a source with two cues in one sentence', () => {
    // "asked" (inside the relative clause) and "said" both have the official as speaker.
    expect(severities('A port official who asked not to be named said the cranes in Durban had been idle since May.')).toEqual([
      ['A port official who asked not to be named said', 'warning'],
    ]);
  });

  it('still warns when anonymity is granted without a reason', () => {
    const text = 'The ceasefire will be announced on Friday, a Qatari official said on condition of anonymity.';
    expect(severities(text)).toEqual([['a Qatari official said', 'warning']]);
  });
});

// Unnamed people described only by where they were, and colon-led quotes from an unnamed speaker.
testRule(rule, {
  flagged: [
    { text: 'According to someone who was in the control room that night, the alarms in the Skopje plant had been switched off.', flag: 'According to someone' },
    { text: 'Somebody close to the coach said he had already agreed terms with a club in Porto.', flag: 'Somebody close to the coach said' },
    { text: 'Talks in Nairobi stalled on Friday. A senior diplomat was blunt: "The ceasefire is dead."', flag: 'A senior diplomat was blunt' },
    { text: 'The clinic in Herat has run out of insulin. One nurse at the clinic put it simply: "We send people home to die."', flag: 'One nurse at the clinic put it simply' },
    { text: 'Prices in the souq have doubled. One spice trader in the old market summed it up: "Nobody can afford saffron now."', flag: 'One spice trader' },
  ],
  fine: [
    { text: 'Someone shouted a warning seconds before the wall in Tirana fell.' },
    { text: 'Ana Ruiz, the mayor of Cádiz, put it simply: "We are broke."' },
    { text: 'The ministry’s spokesman was blunt: "No comment."' },
    { text: 'The sign at the gate of the Kigali depot read: "No entry."' },
    { text: 'Someone had painted over the road sign outside Kandy.' },
  ],
});

// A source given by a first name only: "who gave only his first name", "identified only as", "declined to give her surname".
testRule(rule, {
  flagged: [
    { text: 'A welder who works at the shipyard, and who would share only his first name, Bolek, said the cranes in Gdańsk had failed inspection twice.', flag: 'A welder who works at the shipyard' },
    { text: 'A woman identified only as Fatima told reporters the soldiers in Gao had taken her son.', flag: 'A woman identified only as Fatima told' },
    { text: '“They never paid us,” said a picker who would give only her first name, Lakshmi.', flag: 'said a picker who would give only her first name' },
    { text: 'Carlos, who gave only his first name, said the guards at the Tapachula centre took his phone.', flag: 'Carlos, who gave only his first name, said' },
    { text: 'One driver, who declined to give his surname, said the checkpoint near Goma charged 20 dollars a lorry.', flag: 'One driver' },
  ],
  fine: [
    { text: 'Marta Zielinska, who gave her full name, said the cranes in Gdańsk had failed inspection twice.' },
    { text: 'The form asks applicants to give only their first name and a phone number.' },
    { text: 'Her first name, Lakshmi, means goddess of fortune.' },
    { text: 'A welder at the shipyard in Gdańsk, Tomasz Nowak, said the cranes had failed inspection twice.' },
    { text: 'She gave only her first name to the clerk at the Tapachula office and left.' },
  ],
});

describe('attribution/anonymous-source: first name only', () => {
  it('drops to a note when the article says why the surname is withheld', () => {
    const text = 'A nurse in Herat, who gave only her first name, Zahra, for fear of reprisals, said the clinic had no insulin.';
    expect(severities(text).map(([, s]) => s)).toEqual(['info']);
  });
});

// Counted people described only by what they know: "Two traders familiar with the buyers' pricing told".
testRule(rule, {
  flagged: [
    { text: 'Two traders familiar with the Turkish buyers’ pricing told the paper that hazelnut orders had stopped.', flag: 'Two traders familiar with' },
    { text: 'Three bankers familiar with the Central Bank of Kenya’s plans said the rate would rise in June.', flag: 'Three bankers familiar with' },
    { text: 'Officials familiar with the talks in Addis Ababa said a deal on the dam was close.', flag: 'Officials familiar with the talks' },
    { text: 'Two investors briefed on the Lagos port sale said the bid would be raised.', flag: 'Two investors briefed on' },
    { text: 'Several negotiators close to the Geneva talks told reporters the draft had been rewritten.', flag: 'Several negotiators close to' },
  ],
  fine: [
    { text: 'Farmers familiar with the river near Kano say it floods every spring.' },
    { text: 'Two traders in the Giresun market, Ahmet Yilmaz and Cem Kaya, said orders had stopped.' },
    { text: 'Traders are familiar with the buyers’ pricing, the Giresun commodity exchange said.' },
    { text: 'The minister, who is familiar with the Central Bank’s plans, said the rate would rise.' },
    { text: 'The bankers said the rate would rise in June, according to the Central Bank of Kenya.' },
  ],
});

// A speech cue inside an embedded question is the matter asked about, not a source:
// "declined to comment on whether a technician had told supervisors".
testRule(rule, {
  flagged: [
    { text: 'A technician at the Puntarenas cold store said the valve had been hissing for a week.', flag: 'A technician at the Puntarenas cold store said' },
    { text: 'A nurse at the Jinja hospital told the paper that the oxygen ran out at dawn.', flag: 'A nurse at the Jinja hospital told' },
    { text: 'Asked about the delays, an engineer on the project said the tunnel had flooded twice.', flag: 'an engineer on the project said' },
    { text: 'One official at the port authority said the cranes had not been inspected since March.', flag: 'One official at the port authority said' },
    { text: 'A worker at the Daugavpils plant told reporters the boilers were never serviced.', flag: 'A worker at the Daugavpils plant told' },
  ],
  fine: [
    { text: 'The bus operator declined to comment on whether a mechanic had warned the depot manager about the worn brakes.' },
    { text: 'The ministry did not say if a nurse had told managers that the oxygen was running low.' },
    { text: 'Reporters asked whether an engineer on the project had said the tunnel was safe.' },
    { text: 'Inspectors are checking whether a worker at the plant told anyone about the leak.' },
    { text: 'It is unclear if an official at the port authority said the cranes were unsafe.' },
  ],
});

// A partitive is one or a few unnamed people of a body, however the body is placed:
// "one of the club's former directors", "two of its engineers".
testRule(rule, {
  flagged: [
    { text: 'Was the grant spent on the pitch? Only part of it, according to one of the federation\'s former treasurers in Lusaka.', flag: 'according to one of the federation\'s former treasurers' },
    { text: 'The merger was agreed in March, one of the bank\'s board members told reporters in Ljubljana.', flag: 'one of the bank\'s board members told' },
    { text: 'One of its engineers said the turbines in Tromsø had not been inspected for two years.', flag: 'One of its engineers said' },
    { text: 'Two of the orchestra\'s violinists said they had not been paid since the tour of Porto.', flag: 'Two of the orchestra\'s violinists said' },
    { text: 'Is the dam safe? Not entirely, says a former employee of the water utility in Arusha.', flag: 'says a former employee of the water utility' },
  ],
  fine: [
    { text: 'One of the residents said the water in Mwanza had been brown for a week.' },
    { text: 'One of the company\'s spokesmen said the plant in Gdańsk was safe.' },
    { text: 'Gonzalo Prieto, one of the club\'s founders, said the stadium in Cádiz was sold too cheaply.' },
    { text: 'One of the ministry\'s officials, Ana Costa, said the report on the Lobito port was late.' },
    { text: 'One of the two bridges in Mostar reopened on Friday, the city council said.' },
  ],
});

// An unnamed person whose identity is only their own claim: "a man who describes himself
// as a driver at the plant says", "a user claiming to be a former guard".
testRule(rule, {
  flagged: [
    { text: 'In a video posted on TikTok, a woman who describes herself as a cleaner at the Gdynia shipyard says the cranes were never tested.', flag: 'a woman who describes herself as a cleaner at the Gdynia shipyard says' },
    { text: 'A man who says he worked at the Ruse refinery for a decade told the radio station that the alarms never sounded.', flag: 'A man who says he worked at the Ruse refinery' },
    { text: 'In a message shared on Telegram, a user claiming to be a former guard at the prison in Plovdiv said inmates were beaten.', flag: 'a user claiming to be a former guard at the prison in Plovdiv said' },
    { text: '“They knew for weeks,” said a caller who identified herself as a nurse at the hospital in Gabès.', flag: 'said a caller who identified herself as' },
    { text: 'Someone who describes himself as a former accountant of the club in Split told the paper the books were cooked.', flag: 'Someone who describes himself as' },
    { text: 'A self-described former guard at the prison in Tirana said inmates were beaten in the showers.', flag: 'A self-described former guard at the prison in Tirana said' },
    { text: 'A man who said he had worked at the Bor copper mine told the station that the alarms never sounded.', flag: 'A man who said he had worked at the Bor copper mine told' },
  ],
  fine: [
    { text: 'Ana Ruiz, who describes herself as a lifelong socialist, said the vote in Huelva was rigged.' },
    { text: 'Pedro Alves, a farmer who says he is a member of the cooperative in Bahia, said prices had halved.' },
    { text: 'The mayor of Koper describes herself as a pragmatist.' },
    { text: 'The company describes itself as the largest exporter of cashews in Mtwara.' },
    { text: 'Tomás Viera, who claims to be the oldest fisherman in Chiloé, said the catch had never been so small.' },
    { text: 'Ana Ruiz, a self-described socialist, said the vote in Huelva was rigged.' },
    { text: 'The self-styled prophet was arrested in Kisumu on Monday, police said.' },
  ],
});

// A document with no author carrying a claim: "An anonymous letter sent to two radio stations
// last week alleges", "according to an anonymous post".
testRule(rule, {
  flagged: [
    { text: 'An anonymous letter sent to several Lusaka radio stations last week alleges that the tender was rigged.', flag: 'An anonymous letter sent to several Lusaka radio stations last week alleges' },
    { text: 'An anonymous complaint filed with the Bratislava regulator says the emissions tests were faked.', flag: 'An anonymous complaint filed with the Bratislava regulator says' },
    { text: 'According to an anonymous post on a Tallinn forum, the factory dumped solvent into the river at night.', flag: 'According to an anonymous post' },
    { text: 'An unsigned letter delivered to the Mzuzu council on Friday accuses the treasurer of fraud.', flag: 'An unsigned letter delivered to the Mzuzu council on Friday accuses' },
    { text: 'An anonymous email to staff at the Plovdiv hospital claimed that the ward would close in June.', flag: 'An anonymous email to staff at the Plovdiv hospital claimed' },
  ],
  fine: [
    { text: 'The police in Mombasa said an anonymous tip led them to the warehouse.' },
    { text: 'An anonymous letter was sent to the mayor of Sibiu, who said it was nonsense.' },
    { text: 'The Courier has not been able to verify the letter, which is unsigned.' },
    { text: 'An anonymous donor paid for the new roof of the school in Tulcea, the headteacher said.' },
    { text: 'The ministry published the complaint, signed by 40 teachers in Ohrid, on Monday.' },
  ],
});

// A bare plural that "told" a court, a tribunal or a parliamentary committee spoke on the
// record: no note. One unnamed person of a kind is still a source withheld.
describe('attribution/anonymous-source: told the court', () => {
  it('is quiet for a bare plural on the record, flags one of a kind', () => {
    expect(severities('Prosecutors told Lodz Regional Court on Wednesday that the payments were bribes.')).toEqual([]);
    expect(severities('Officials told a parliamentary committee in Accra that the budget was overspent.')).toEqual([]);
    expect(severities('Investigators told the tribunal in Arusha that the ledger had been altered.')).toEqual([]);
    expect(severities('Officials told the Daily Graphic that the budget in Accra was overspent.')).toEqual([['Officials told', 'info']]);
    expect(severities('A senior official told the court\'s registrar in Lodz that the files were lost.')).toEqual([['A senior official told', 'warning']]);
  });
});

// heldout13: a request is an act reported, not a source; an anonymity request with a reason still marks the source.
testRule(rule, {
  flagged: [
    { text: 'A crane driver who asked that his name not be used because he fears losing his shifts said supervisors keep a blacklist.', flag: 'A crane driver' },
    { text: 'A nurse who asked that her name not be published said the ward had run out of gloves in March.', flag: 'A nurse' },
  ],
  fine: [
    { text: 'The council sits again on Monday, and the opposition has said it will call a vote on publishing the audit.' },
    { text: 'The ethics board of the Riga institute met twice in April, and one of its five members asked for the trial to be paused.' },
    { text: 'A petition asking for the clinic to reopen has gathered 4,000 signatures in Cusco.' },
  ],
});

// A speaker after the cue, described only by a past role; one flag for one source; a name
// in an appositive after a place; a role as the complement of "as" about someone named.
testRule(rule, {
  flagged: [
    { text: '"The reservoir was never meant for a smelter," said a retired ranger who once mapped the valley.', flag: 'said a retired ranger' },
    { text: '"The hull was never inspected," said a former inspector who worked at the port until 2021.', flag: 'said a former inspector' },
    { text: '"They knew in March," said an engineer who helped design the bridge.', flag: 'said an engineer' },
    { text: 'A member of the central bank’s board, who spoke on condition that he not be named, said the governor had cast the deciding vote.', flag: 'A member of the central bank’s board' },
    { text: '"It was rushed," said one official who sat on the tender panel.', flag: 'said one official' },
  ],
  fine: [
    { text: 'A logging firm with land near the gate, Ridgeway Timber Ltd., denied that its crews had lit a fire.' },
    { text: 'Councillor Liesl Gruber, who worked as a deputy mayor under Governor Matei Lungu, said the accounts should be published.' },
    { text: 'Central bank governor Greet Vandamme said she had cast the deciding vote.' },
    { text: '"The reservoir was never meant for a smelter," said Dr Lina Petrova, a surveyor at the Sofia University of Mining.' },
    { text: 'Senator Teodora Ionescu, who worked as a nurse in Braga for a decade, said the ward would close.' },
  ],
});

describe('attribution/anonymous-source: one flag for one source', () => {
  it('does not flag people inside an anonymous source\'s report', () => {
    const flags = analyze({ id: 't', text: 'A member of the parliamentary ethics panel, who spoke on condition that she not be named, said three of her colleagues had voted to reopen the case.' }, { rules: [rule] }).flags;
    expect(flags).toHaveLength(1);
  });
});

// A standfirst (punctuated or not) compresses like a headline: an unnamed source there, over a
// story that names its sources, is read where the story takes it up. Over a story that names
// no one, or in the story itself, the source is flagged.
const head = (standfirst: string, body: string) =>
  ['Regional Herald', '', 'Mountain road closed after rockfall near Sapa', '', standfirst, '', 'By Linh Tran | 14/10/2025 | 08:15', '', body].join('\n');
testRule(rule, {
  flagged: [
    {
      text: head('A local official says the slope had been marked unsafe two years ago; traffic is diverted through Lao Cai', 'The road will stay closed for at least a week, the provincial transport department said on Tuesday.\n\nA local official said the slope had been marked unsafe in 2023.'),
      flag: 'A local official said',
    },
    {
      text: head('A local official says the slope had been marked unsafe two years ago; traffic is diverted through Lao Cai', 'The road will stay closed for at least a week while crews clear the debris.'),
      flag: 'A local official says',
    },
    {
      text: head('An engineer says the netting above the road was never replaced.', 'Crews were clearing the debris on Tuesday. "The netting had rusted through," an engineer said.'),
      flag: 'an engineer said',
    },
  ],
  fine: [
    {
      text: head('A local official says the slope had been marked unsafe two years ago; traffic is diverted through Lao Cai', 'Nguyen Van Hai, deputy chairman of the district committee, said the slope had been marked unsafe in 2023.'),
    },
    {
      text: head('An engineer says the netting above the road was never replaced.', '"The netting had rusted through," said Pham Thi Mai, an engineer at the Hanoi University of Civil Engineering.'),
    },
    {
      text: head('A hotel owner says bookings have halved since the road closed, and the province has promised no help', 'Do Minh Quan, who runs a 20-room hotel in Sapa, said bookings had halved since Friday.'),
    },
  ],
});

// The source named only after the quotation, in a sentence of its own.
describe('attribution/anonymous-source: the source after the quotation', () => {
  testRule(rule, {
    flagged: [
      { text: '"The contract was settled over dinner." The words are those of an official at the ports ministry, who spoke on condition that his name be withheld.', flag: 'The words are those of an official' },
      { text: 'The engineers were told to sign. "Nobody checked the welds." That account comes from an inspector who worked on the bridge for two years.', flag: 'That account comes from an inspector' },
      { text: 'The mayor knew of the leak in March. The remark came from a senior police officer in Mombasa, who asked not to be identified.', flag: 'The remark came from a senior police officer' },
      { text: 'Trucks were waved through at night. The claim comes from one of the depot\'s former drivers, who still lives in Tema.', flag: 'The claim comes from one of the depot' },
      { text: '"We were paid to look away." The words were those of a customs officer in the northern province.', flag: 'a customs officer' },
    ],
    fine: [
      { text: '"We will rebuild," she said on Friday. The words are those of Amara Diallo, the mayor of Kayes.' },
      { text: 'Costs tripled in two years. The account comes from the ministry\'s own audit, published in May.' },
      { text: 'The plan was dropped. The remark came from its chief executive, Greta Haugland, at the annual meeting.' },
      { text: 'The court quoted the charter. The words are those of the 1948 declaration, which the judges cited twice.' },
      { text: 'The school was rebuilt in a year. The money came from a donor in Oslo who gave $2 million.' },
    ],
  });
});

// A marked source in sentence shapes the speaker finder once gave to another phrase: two joined relative
// clauses, a contact clause ("we spoke to") and "none of whom wished to be named".
describe('attribution/anonymous-source: marked subjects', () => {
  testRule(rule, {
    flagged: [
      { text: 'Neither company disclosed the price. A board member who attended the vote, and who asked not to be identified before the regulator rules, said the buyer would pay $12 million.', flag: 'A board member who attended the vote' },
      { text: 'The mine has been shut since May. Mining surveyors we spoke to, none of whom wanted to be named, put the cost of the repairs at $40 million and said the shaft had been unsafe for years.', flag: 'Mining surveyors we spoke to' },
      { text: 'The ferry sank at dawn. A deckhand who was on the bridge, and who did not wish to be named, said the captain had ignored the warning.', flag: 'A deckhand' },
      { text: 'The audit was never published. Two accountants we consulted, neither of whom wished to be identified, said the losses were hidden in a subsidiary.', flag: 'Two accountants we consulted' },
      { text: 'The tender closed in June. A clerk who handled the bids, and who agreed to talk on the understanding that she would not be identified, said two envelopes arrived late.', flag: 'A clerk who handled the bids' },
    ],
    fine: [
      { text: 'The bus overturned near Kandy. The woman, who asked not to be named, was taken to hospital in Colombo, police said.' },
      { text: 'The ward was closed in March. Nurses from the ward, none of whom wished to be named, were moved to other hospitals.' },
      { text: 'The runway lights failed twice. Pilots we spoke to, all of whom agreed to be named, described the outage to the inquiry.' },
      { text: 'The line reopened on Monday. Engineers at the state utility, Elektro Sever, said the fault had been a fallen pylon.' },
      { text: 'The bridge contract went to a local firm. The contractor, who declined to be named in the tender documents, won the bid by a wide margin.' },
    ],
  });
  it('keeps a marked subject a warning when no reason is given', () => {
    expect(severities('The mine has been shut since May. Mining surveyors we spoke to, none of whom wanted to be named, put the cost at $40 million and said the shaft was unsafe.')).toEqual([
      ['Mining surveyors we spoke to, none of whom wanted to be named, put', 'warning'],
    ]);
  });
});

// Unnamed people described only by a deed of inside access ("who sorted ballots", "who
// have studied the drawings"); "sources inside <a place>"; and a demonstrative
// that points back to a source already introduced ("That person said").
describe('attribution/anonymous-source: deeds of access, sources inside, that person', () => {
  testRule(rule, {
    flagged: [
      { text: 'Inspectors who examined the buses in March say the brake pads were worn through.', flag: 'Inspectors who examined the buses in March say' },
      { text: 'According to a nurse who handled the drug cupboard keys on that ward, doses went missing for weeks.', flag: 'a nurse who handled the drug cupboard keys' },
      { text: 'A clerk who processed the tender documents said two bids had arrived after the deadline.', flag: 'A clerk who processed the tender documents said' },
      { text: 'Sources inside the airport\'s baggage-handling unit say the scanners were switched off for weeks.', flag: 'Sources inside' },
      { text: 'Two sources within the port authority\'s pricing office said the fees were raised twice.', flag: 'Two sources within' },
      { text: 'The chairman counted the proxy votes twice, according to one person, a clerk at the shareholders’ vote in Gdynia. That person said the result was read out before the count ended.', flag: 'according to one person' },
    ],
    fine: [
      { text: 'Residents who saw the fire said it spread from the market within minutes.' },
      { text: 'Parents who attended the meeting in Nakuru said the head teacher apologised.' },
      { text: 'Drivers who lost their licences in the spring say the road test was rigged.' },
      { text: 'Njeri Mutua, who drove the night bus on that route, said the brakes had been reported twice.' },
      { text: 'The mayor, who reviewed the plans last week, said they were sound.' },
      { text: 'The audit office, which inspected the accounts, said two payments were missing.' },
    ],
  });

  it('does not flag a demonstrative pointing back to a source already flagged', async () => {
    const { analyze } = await import('../../src/analyze.js');
    const text = 'The chairman counted the proxy votes twice, according to one person, a clerk at the shareholders’ vote in Gdynia. That person said the result was read out before the count ended.';
    const flags = analyze({ id: 'x', text }, { rules: [rule] }).flags;
    expect(flags.map((f) => f.text)).toEqual(['according to one person']);
  });
});

// A group given by its count is named when the next paragraphs list exactly that many by
// name and one of them then speaks; a list of others, or no speaker from it, leaves it unnamed.
testRule(rule, {
  flagged: [
    { text: 'Two engineers said the crack was reported in January.\n\nThe bridge is run by Northway and Eastlink.', flag: 'Two engineers said' },
    { text: 'Three haulage firms say the new toll will ruin them.\n\nThe toll falls on Vik Freight, Sandnes Transport and a family firm in Bodø.', flag: 'Three haulage firms say' },
  ],
  fine: [
    { text: 'Three haulage firms say the new toll will ruin them. The toll falls on Vik Freight, Sandnes Transport and a family firm in Bodø.\n\nVik Freight says its costs will double.' },
    { text: 'Two bus operators say the fare cap will ruin them.\n\nThe cap hits Citylink and Orbit Coaches hardest. Orbit Coaches said its drivers would strike.' },
  ],
});

// Anonymity granted with no reason lifts even a bare plural to a warning (the AP standard
// asks for the reason); a reason keeps it a note.
testRule(rule, {
  flagged: [
    { text: 'According to customs officers who requested anonymity, the containers in Mombasa were never scanned.', flag: 'customs officers who requested anonymity', message: /does not say why/ },
    { text: 'Hospital managers, speaking on condition of anonymity, said the wards in Durban were full.', flag: 'said', message: /does not say why/ },
  ],
  fine: [
    { text: 'Customs spokesman Peter Otieno said the containers in Mombasa were scanned twice.' },
  ],
});

// Anonymity granted in an aside before a verb that is no speech cue ("put the figure at").
testRule(rule, {
  flagged: [
    { text: 'Dock workers say 200 containers left Mombasa unchecked last month (one customs clerk, speaking privately, put the figure nearer 500).', flag: 'one customs clerk, speaking privately, put' },
    { text: 'Two ward nurses in Palermo, speaking on condition of anonymity, gave a far higher count of patients on trolleys.', flag: 'Two ward nurses in Palermo' },
    // A colon quote whose speaker opens a second clause, with an aside before the verb.
    { text: 'The liferafts are serviced at a yard in Walvis Bay, and one fitter there, speaking while he sealed a canister on Monday, put it bluntly: "Those rafts were due back in January and nobody sent them."', flag: 'one fitter there' },
    // A place adverb after the person, with no aside ("there" is no part of the speaker's phrase).
    { text: 'The ferries are refitted at the Lüderitz slipway, and one welder there put it plainly: "We were told to paint over the rust."', flag: 'one welder' },
  ],
  fine: [
    { text: 'The transport minister, speaking privately, put the cost of the Vistula bridge at twice the official figure.' },
    { text: 'Elena Ruiz, speaking privately, put the number of empty flats in Seville nearer 5,000.' },
    { text: 'One customs clerk, speaking at the union meeting in Mombasa, put the figure nearer 500.' },
    { text: 'The rafts are serviced at a yard in Walvis Bay, and the yard manager, speaking on Monday, put it bluntly: "Nobody sent them back."' },
    { text: 'The ferry to Lüderitz sails at dawn, and the weather decides the rest: "We sail when the sea lets us."' },
  ],
});
