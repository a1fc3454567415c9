import rule from '../../rules/attribution/agentless-judgement.js';
import { testRule } from '../helpers/rule-tester.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';

testRule(rule, {
  flagged: [
    { text: 'The ruling has been hailed as a landmark for press freedom in Kenya.', flag: 'has been hailed' },
    { text: 'The governor’s response to the floods was roundly criticised.', flag: 'was roundly criticised' },
    { text: 'The new metro line in Lima has been praised for its punctuality.', flag: 'has been praised' },
    { text: 'The coach was blasted for leaving his captain on the bench in the final.', flag: 'was blasted' },
    { text: 'Her memoir has been widely celebrated as a portrait of post-war Warsaw.', flag: 'has been widely celebrated' },
    { text: 'The decision to close the border was denounced, and the minister resigned within a week.', flag: 'was denounced' },
    // Idioms of blame and praise that name no one.
    { text: 'The council in Bristol has come under fire for closing two libraries before the summer.', flag: 'has come under fire' },
    { text: 'The broadcaster has faced criticism for its coverage of the dock strike in Antwerp.', flag: 'has faced criticism' },
    { text: 'The regulator has faced mounting criticism over its handling of the pension fund collapse.', flag: 'has faced mounting criticism' },
    { text: 'The festival in Adelaide has won widespread praise for its programme.', flag: 'has won widespread praise' },
    // A public reaction with no one who has it: whose anger?
    { text: 'The verdict in the Tallinn bribery case has provoked anger across Estonia.', flag: 'has provoked anger' },
    { text: 'The closure of the last maternity ward in Kirkenes sparked fury.', flag: 'sparked fury' },
    { text: 'The fare rise in Bratislava has caused widespread dismay.', flag: 'has caused widespread dismay' },
    { text: 'News of the bonuses at the water company triggered public anger in Leeds.', flag: 'triggered public anger' },
    { text: 'The decision to cut the night buses in Porto has stirred resentment.', flag: 'has stirred resentment' },
    // A reception with no one receiving.
    { text: 'The proposal to close the rural clinics was greeted with derision when it was first floated in Manitoba.', flag: 'was greeted with derision' },
    { text: 'The new curfew in Dakar has been met with widespread scepticism.', flag: 'has been met with widespread scepticism' },
    { text: 'The minister’s apology was received with open hostility in the mining towns.', flag: 'was received with open hostility' },
    // An agent that is an unnamed crowd names no one.
    { text: 'The stadium deal was greeted with scorn by many in the city when the cost became known.', flag: 'was greeted with scorn by many in the city' },
    { text: 'The court’s ruling was condemned by critics as a blow to press freedom in Hungary.', flag: 'was condemned by critics' },
    { text: 'The new syllabus has been derided by some as a return to rote learning.', flag: 'has been derided by some' },
  ],
  fine: [
    { text: 'The ruling has been hailed by the Kenya Union of Journalists as a landmark for press freedom.' },
    { text: 'The governor’s response to the floods was criticised by three opposition mayors.' },
    { text: 'He was arrested in Rotterdam in June and was charged with fraud on Friday.' },
    { text: 'The general was condemned to death in absentia by a military court.' },
    { text: 'The anniversary will be celebrated with a concert in Kraków on Saturday.' },
    { text: 'The new metro line in Lima could be praised as a model if it stays punctual.' },
    { text: 'A UN convoy came under fire near the border crossing on Tuesday.' },
    { text: 'The pension plan came under fire from opposition parties in Madrid.' },
    { text: 'The airline could face criticism if the strike at Schiphol goes ahead.' },
    { text: 'Ex-mayor Dario Kralj, whose council faced heavy criticism over the 2019 floods, told the inquiry he had asked for more pumps.' },
    // The reaction's holders named, a guess, a denial, a quotation, a named speaker vouching.
    { text: 'The ruling sparked anger among farmers in Normandy.' },
    { text: 'The closure of the plant drew fury from unions in Turin.' },
    { text: 'The pay deal has provoked anger within the ruling party in Ljubljana.' },
    { text: 'The decision could spark anger in the suburbs of Lyon.' },
    { text: 'The new tax did not provoke anger in Riga, polls suggest.' },
    { text: '"The verdict has provoked anger in every family here," said Maria Oyelaran, whose son died in the fire.' },
    { text: 'The verdict has provoked anger in the city, Mayor Ana Ruiz said on Monday.' },
    { text: 'The strike caused delays on three tram lines in Zagreb.' },
    { text: 'The proposal was greeted with scepticism by the Bank of Canada, which called the costings optimistic.' },
    { text: 'The minister met with union leaders in Plovdiv on Monday.' },
    { text: 'The proposal was not met with hostility in the mining towns, to the surprise of organisers.' },
    { text: 'The ruling was condemned by critics including the Hungarian Helsinki Committee.' },
    { text: 'The plan was criticised by economists at the IMF in a report published on Thursday.' },
    { text: 'The singer was greeted with flowers and applause when she landed in Manila.' },
  ],
});

// heldout8: "come in for" takes blame (and praise) nouns as "come under" does; "fire" and
// "flak" after draw/attract/face are blame only before "for" or "over".
describe('attribution/agentless-judgement: come in for, drew fire for', () => {
  testRule(rule, {
    flagged: [
      { text: 'The new metro fares in Santiago have come in for criticism over the cost to night-shift workers.', flag: 'have come in for criticism' },
      { text: 'The football federation came in for heavy flak after the final in Accra was moved at a day’s notice.', flag: 'came in for heavy flak' },
      { text: 'The Lagos toll plan has come in for scrutiny because the concession runs for 40 years.', flag: 'has come in for scrutiny' },
      { text: 'The ferry operator drew fire for cancelling crossings to Gozo during the festival.', flag: 'drew fire' },
      { text: 'The housing minister has attracted flak over the rent cap in Lisbon.', flag: 'has attracted flak' },
      { text: 'The new museum in Tartu came in for praise as the best building of the year.', flag: 'came in for praise' },
    ],
    fine: [
      { text: 'The new metro fares in Santiago came in for criticism from the transport workers’ union.' },
      { text: 'The patrol drew fire near the border town of Kidal on Sunday.' },
      { text: 'The plane came in for a landing at Entebbe shortly after noon.' },
      { text: 'The ruling could come in for criticism when parliament returns.' },
      { text: 'The harvest came in for the third week running at Mendoza’s cooperatives.' },
      { text: 'The minister faced fire from opposition MPs over the rent cap.' },
    ],
  });
});

// "Blamed on": a cause credited to no one who blames it, a note unless a named speaker vouches.
describe('attribution/agentless-judgement: blamed on', () => {
  testRule(rule, {
    flagged: [
      { text: 'The haze over Chiang Mai has been blamed on crop burning across the border.', flag: 'has been blamed' },
      { text: 'The derailment near Balasore was blamed on a signalling fault.', flag: 'was blamed' },
      { text: 'The water shortages in Harare have been widely blamed on the city council.', flag: 'have been widely blamed' },
    ],
    fine: [
      { text: 'The derailment near Balasore was blamed on a signalling fault, the railway ministry said.' },
      { text: 'The haze was blamed on crop burning by Thailand’s pollution control department.' },
      { text: 'Investigators blamed the fire in Valencia on faulty cladding.' },
    ],
  });
});

// Agentless blame idioms: blame "falls" on someone with no one placing it; plain scrutiny is attention, not blame.
testRule(rule, {
  flagged: [
    { text: 'Blame for the missing vaccines has fallen on a logistics firm in Lusaka.', flag: 'Blame for the missing vaccines has fallen on' },
    { text: 'Suspicion fell on the night watchman after the safe in the Burgas office was found empty.', flag: 'Suspicion fell on' },
    { text: 'Fingers have been pointed at the port authority in Durban over the delays.', flag: 'Fingers have been pointed at' },
    { text: 'Blame for the blackout lies squarely with the grid operator, which skipped its winter checks.', flag: 'Blame for the blackout lies squarely with' },
    { text: 'The minister came under intense scrutiny over the ferry contract in Split.', flag: 'came under intense scrutiny' },
  ],
  fine: [
    { text: 'The ski lift at Bansko came under scrutiny again after a cable snapped in high wind.' },
    { text: 'Heavy rain fell on the crowd at the Durban rally on Saturday.' },
    { text: 'Blame for the collapse has fallen on the contractor, Mayor Ana Ruiz said.' },
    { text: 'Responsibility for the schools falls on the regional government in Andalusia.' },
    { text: 'The inquiry placed the blame for the flooding in Valencia on the basin authority.' },
  ],
});

// A cause credited with no one crediting it: "has been put down to", "was chalked up to", "has been attributed to" (a note, like "blamed on").
testRule(rule, {
  flagged: [
    { text: 'The slump in cocoa deliveries has been put down to smuggling across the border into Togo.', flag: 'has been put down to' },
    { text: 'The rise in bus fares in Bogotá has largely been attributed to the cost of diesel.', flag: 'has largely been attributed to' },
    { text: 'The empty shelves in Tashkent were chalked up to hoarding by wholesalers.', flag: 'were chalked up to' },
    { text: 'The failure of the rice harvest has been laid at the door of the irrigation board.', flag: 'has been laid at the door of' },
    { text: 'The drop in tourist numbers in Zanzibar is often put down to the new visa fee.', flag: 'is often put down to' },
  ],
  fine: [
    { text: 'The old racehorse was put down to end its suffering after the fall at Ascot.' },
    { text: 'The quote is often attributed to Mark Twain.' },
    { text: 'The delay at Entebbe was attributed to a computer fault, Uganda Airlines said on Monday.' },
    { text: 'The painting, long attributed to Rembrandt, was sold in Amsterdam in 1988.' },
    { text: 'Analysts at Standard Bank put the slump down to smuggling into Togo.' },
    { text: 'The rebellion could be put down to poverty, but the evidence is thin.' },
  ],
});

describe('attribution/agentless-judgement: causes credited to no one', () => {
  it('is a note, not a warning', () => {
    const flags = analyze({ id: 't', text: 'The slump in cocoa deliveries has been put down to smuggling across the border into Togo.' }, { rules: [rule] }).flags;
    expect(flags.map((f) => [f.text, f.severity])).toEqual([['has been put down to', 'info']]);
  });
});

// A cause credited to a consensus no one voices: "is widely attributed to", "has generally
// been put down to" is a warning; the plain "has been attributed to" stays a note.
describe('attribution/agentless-judgement: widely attributed to', () => {
  const severities = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => [f.text, f.severity]);
  testRule(rule, {
    flagged: [
      { text: 'The power cuts in Karachi are widely attributed to theft from the grid.', flag: 'are widely attributed to' },
      { text: 'The fall in tourist numbers in Zanzibar has generally been put down to the new visa fee.', flag: 'has generally been put down to' },
      { text: 'The collapse of the sardine catch off Peniche is commonly ascribed to warmer water.', flag: 'is commonly ascribed to' },
      { text: 'The delays on the Mombasa line have been attributed to a shortage of locomotives.', flag: 'have been attributed to' },
      { text: 'The fire at the Surabaya market was widely put down to faulty wiring.', flag: 'was widely put down to' },
    ],
    fine: [
      { text: 'The poem is widely attributed to Rumi.' },
      { text: 'The power cuts in Karachi are widely attributed to theft from the grid, K-Electric’s chief executive, Moonis Alvi, said.' },
      { text: 'The drop in the sardine catch off Peniche is attributed by the Portuguese sea institute IPMA to warmer water.' },
      { text: 'Investigators attributed the fire at the Surabaya market to faulty wiring.' },
      { text: 'The horse was put down to end its suffering at the Curragh.' },
    ],
  });
  it('warns for a consensus, notes a plain attribution', () => {
    expect(severities('The power cuts in Karachi are widely attributed to theft from the grid.')).toEqual([['are widely attributed to', 'warning']]);
    expect(severities('The delays on the Mombasa line have been attributed to a shortage of locomotives.')).toEqual([['have been attributed to', 'info']]);
  });
});

// heldout13: blame and praise idioms with no holder ("fingers are being pointed at", "is often held up as proof that").
testRule(rule, {
  flagged: [
    { text: 'Fingers are being pointed at the contractor that laid the new pipes in Kumasi.', flag: 'Fingers are being pointed at' },
    { text: 'The 2017 pension reform is often held up as proof that a small state can balance its books.', flag: 'is often held up as proof' },
    { text: 'The cooperative is held up as a model for dairy farmers across the Andes.', flag: 'is held up as a model' },
    { text: 'The finger of blame is now pointing at the port authority in Durrës.', flag: 'finger of blame is now pointing at' },
  ],
  fine: [
    { text: 'The convoy was held up as soldiers searched the trucks near the border.' },
    { text: 'Traffic on the ring road was held up for two hours by a jack-knifed lorry.' },
    { text: 'The guide pointed at the glacier and said it had shrunk by a third.' },
    { text: 'The governor cited the 2017 reform as proof that a small state can balance its books.' },
  ],
});

// A named "by" agent later in the clause names the judge; an unnamed one, or a "by" that belongs to the cause, does not.
testRule(rule, {
  flagged: [
    { text: 'The island\'s reef scheme was held up as a model for other atolls during a tour by regional officials.', flag: 'was held up as a model' },
    { text: 'The empty shelves were chalked up to hoarding by wholesalers in the capital.', flag: 'were chalked up to' },
  ],
  fine: [
    { text: 'The reef scheme was held up as a model for the "blue economy" during a 2019 visit by UN chief António Guterres.' },
    { text: 'The cooperative was held up as an example for the region at a summit chaired by President Luis Arce.' },
  ],
});

// A cause keeps its note when the "by" belongs to the cause itself, named or not.
testRule(rule, {
  flagged: [{ text: 'The slide in prices has been put down to a deliberate move by Brazilian roasters to run down their stocks.', flag: 'has been put down to' }],
  fine: [],
});

// Blame pinned, placed or left at someone's door with no one doing it; the literal senses stay quiet.
testRule(rule, {
  flagged: [
    { text: 'Most of the delay is being pinned on the new ticketing software in Lyon.', flag: 'is being pinned on' },
    { text: 'The losses at the co-operative have been placed at the feet of its former treasurer.', flag: 'have been placed at the feet of' },
    { text: 'The collapse of the talks was laid at the door of the Ugandan delegation.', flag: 'was laid at the door of' },
    { text: 'The failed harvest is pinned on the late rains in northern Ghana.', flag: 'is pinned on' },
    { text: 'Responsibility for the outage has been left at the doorstep of the grid operator.', flag: 'has been left at the doorstep of' },
  ],
  fine: [
    { text: 'A medal was pinned on her uniform at a ceremony in Tallinn.' },
    { text: 'Hopes are being pinned on a new borehole east of Dodoma.' },
    { text: 'Flowers were laid at the feet of the statue of the poet on Sunday.' },
    { text: 'A parcel was left at the door of the embassy in Vilnius.' },
    { text: 'Most of the delay is being pinned on the software, Transport Minister Claire Dubois said.' },
    { text: 'The union pinned the blame on the new ticketing software.' },
  ],
});

// A collective reception with no one giving it: praise poured in, criticism heaped on.
testRule(rule, {
  flagged: [
    { text: 'Praise has poured in for the lifeguards who pulled nine swimmers from the sea at Durban.', flag: 'Praise has poured in' },
    { text: 'Congratulations flooded in for the Ecuadorian walker after her win in Budapest.', flag: 'Congratulations flooded in' },
    { text: 'Criticism has been heaped on the league since the fixture list was published.', flag: 'Criticism has been heaped on' },
    { text: 'Condemnation has poured in after the shelling of the market in Kherson.', flag: 'Condemnation has poured in' },
    { text: 'Praise was heaped on the nurses who kept the ward in Mzuzu open through the strike.', flag: 'Praise was heaped on' },
  ],
  fine: [
    { text: 'Praise has poured in from fans across Chile since the final.' },
    { text: 'Donations have poured in since the appeal was launched in Galway.' },
    { text: 'Water poured in through the broken hatch, the captain said.' },
    { text: 'Praise has poured in for the lifeguards. "They are heroes," said Mayor Thandi Nkosi.' },
    { text: 'Praise has poured in for the lifeguards, the city council said in a statement.' },
    { text: 'The coach heaped praise on the young goalkeeper after the match in Split.' },
  ],
});

describe('attribution/agentless-judgement: tributes', () => {
  it('notes tributes that pour in, the ordinary opening of an obituary', () => {
    const flags = analyze({ id: 't', text: 'Tributes have poured in for the former senator, who died on Sunday aged 88.' }, { rules: [rule] }).flags;
    expect(flags.map((f) => [f.text, f.severity])).toEqual([['Tributes have poured in', 'info']]);
  });
});

// Judgements with newer verbs and particles, and a phrase of occasion before the complement.
describe('attribution/agentless-judgement: feted, marked down, written off, singled out', () => {
  testRule(rule, {
    flagged: [
      { text: 'The new metro line was feted at its opening for its glass stations.', flag: 'was feted' },
      { text: 'The hospital wing had been marked down as unsafe two years before the fire.', flag: 'had been marked down as' },
      { text: 'The peace plan was written off as naive when it was first floated in Nairobi.', flag: 'was written off as' },
      { text: 'The dam was hailed at the time as a triumph of Yugoslav engineering.', flag: 'was hailed' },
      { text: 'The ward sister was singled out for praise after the outbreak in Kisumu.', flag: 'was singled out for praise' },
      { text: 'The ministry was singled out for particular criticism over the delays.', flag: 'was singled out for particular criticism' },
      { text: 'The chef was fêted in Lima for her street food.', flag: 'was fêted' },
    ],
    fine: [
      { text: 'The team was feted by the president at the palace on Sunday.' },
      { text: 'Winter coats were marked down as the season ended.' },
      { text: 'The loan was written off as bad debt in 2021.' },
      { text: 'The car was written off as unrepairable after the crash.' },
      { text: 'The festival was celebrated at its opening in Kathmandu on Sunday.' },
      { text: 'Two players were singled out for drug tests after the match.' },
      { text: 'The airline\'s shares were marked down as a precaution.' },
    ],
  });
});

// Judgement carried by a noun of quantity ("a burst of acclaim", "a torrent of ridicule"),
// a new verb of praise ("was saluted as"), and blame of people laid at someone's door.
describe('attribution/agentless-judgement: noun frames, saluted, blame of people', () => {
  testRule(rule, {
    flagged: [
      { text: 'The merger earned the bank\'s chief executive a rare chorus of praise.', flag: 'earned the bank\'s chief executive a rare chorus of praise' },
      { text: 'The new parking charges drew a storm of criticism within a day.', flag: 'drew a storm of criticism' },
      { text: 'The decision won the coach a wave of admiration after years of defeats.', flag: 'won the coach a wave of admiration' },
      { text: 'The bridge design attracted a barrage of ridicule when it was unveiled in Riga.', flag: 'attracted a barrage of ridicule' },
      { text: 'The ceasefire was saluted as a turning point for the region.', flag: 'was saluted' },
      { text: 'The failure of the grain scheme is often laid at the door of the agriculture ministry.', flag: 'is often laid at the door of' },
    ],
    fine: [
      { text: 'The parking charges drew a storm of criticism from the Chamber of Commerce in Tallinn.' },
      { text: 'The speech drew a round of applause from delegates in Accra.' },
      { text: 'The soldiers saluted as the coffin passed the palace gates.' },
      { text: 'The flag was saluted by the honour guard at dawn.' },
      { text: 'The merger drew a chorus of praise from the finance minister, Liesl Hofer.' },
      { text: 'The storm drew a wave of volunteers to the coast.' },
    ],
  });
  it('blames people at warning, a thing at info', () => {
    const sev = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => [f.text, f.severity]);
    expect(sev('The crop failed. The delays have been put down to the port authority.')).toEqual([['have been put down to', 'warning']]);
    expect(sev('The crop failed. The slump has been put down to the weather.')).toEqual([['has been put down to', 'info']]);
  });
});

// "Welcomed" judges a thing ("The ruling was warmly received in the capital"); of people
// it is a reception ("The delegation was warmly welcomed at the airport").
describe('attribution/agentless-judgement: welcomed', () => {
  testRule(rule, {
    flagged: [
      { text: 'The peace deal was warmly welcomed on the streets of Juba.', flag: 'was warmly welcomed' },
      { text: 'The new tariff was roundly condemned in the capital.', flag: 'was roundly condemned' },
      { text: 'The ceasefire was widely hailed across the region.', flag: 'was widely hailed' },
      { text: 'The ruling has been broadly welcomed.', flag: 'has been broadly welcomed' },
      { text: 'The pension reform was welcomed as a first step towards fairness.', flag: 'was welcomed' },
    ],
    fine: [
      { text: 'The trade delegation was warmly welcomed at the airport in Hanoi.' },
      { text: 'The returning team was warmly welcomed in Montevideo on Sunday.' },
      { text: 'She was warmly welcomed back by her colleagues.' },
      { text: 'The peace deal was warmly welcomed by the council of churches.' },
      { text: 'The visitors were welcomed in Tarija with bread and wine.' },
      { text: 'The new ferry was welcomed on its first crossing to Gozo.' },
    ],
  });
});

// Praise or blame carried by a noun phrase: a degree or consensus adverb and a judgement
// participle before a noun ("the widely derided plan", "her much-praised reforms").
describe('attribution/agentless-judgement: attributive judgement', () => {
  testRule(rule, {
    flagged: [
      { text: 'Farmers in Alberta still pay the widely derided grain-handling levy.', flag: 'widely derided grain-handling levy' },
      { text: 'Her much-praised reforms of the Peruvian customs service stalled in the senate.', flag: 'much-praised reforms' },
      { text: 'The heavily criticised budget was passed in Windhoek on Thursday.', flag: 'heavily criticised budget' },
      { text: 'The council kept the roundly ridiculed parking scheme for another year.', flag: 'roundly ridiculed parking scheme' },
      { text: 'Fans in Split still talk about her much-admired rebuilding of the youth academy.', flag: 'much-admired rebuilding' },
      { text: 'The oft-maligned tram line to the airport in Tallinn will be retendered in June.', flag: 'oft-maligned tram line' },
    ],
    fine: [
      { text: 'The much-used road between Kandy and Matale will close for repairs in May.' },
      { text: 'A well-known singer from Porto opened the festival on Friday.' },
      { text: 'The plan, derided by the mayor of Tartu, was dropped in March.' },
      { text: '"The widely derided levy is gone," said Aroha Ngata, the farm minister.' },
      { text: 'The widely criticised levy on fishing boats will be halved, Finance Minister Lina Sepúlveda said.' },
      { text: 'The heavily blasted rock face above the quarry in Cebu collapsed overnight.' },
      { text: 'The scheme was dropped and the mayor of Tartu was re-elected in March.' },
    ],
  });
});

// Blame or praise carried by a noun with its own "for"/"over" phrase ("Scorn over the fare
// rise has been poured on"), "levelled at", and a "long-" attributive judgement.
testRule(rule, {
  flagged: [
    { text: 'Scorn over the fare rise has been poured on the rail company in Leeds.', flag: 'Scorn over the fare rise has been poured on' },
    { text: 'Criticism has been levelled at the ski federation over the new licence rules in Bansko.', flag: 'Criticism has been levelled at' },
    { text: 'Praise for the rescue has been showered on the coastguard in Cork.', flag: 'Praise for the rescue has been showered on' },
    { text: 'The long-reviled toll on the coast road was scrapped in Lima.', flag: 'long-reviled toll' },
    { text: 'Drivers queued again on Friday outside the licensing office, a long-reviled arm of the transport ministry.', flag: 'long-reviled arm' },
  ],
  fine: [
    { text: 'Scorn over the fare rise has been poured on the rail company by Transport Secretary Ana Ruiz.' },
    { text: 'Criticism was levelled at the plan by the mayor of Tartu, Urmas Klaas.' },
    { text: 'The long-delayed audit of the port in Durban was published on Friday.' },
    { text: 'The long-awaited bridge opened in Maputo on Monday.' },
    { text: 'Blame for the fire lay with a faulty heater, the fire service said.' },
  ],
});

// Blame carried by a noun phrase with "faulted" after an adverb of extent, and praise with
// no one giving it in "has been credited with <doing>".
testRule(rule, {
  flagged: [
    { text: 'The league scrapped the widely faulted replay system after one season.', flag: 'widely faulted replay system' },
    { text: 'Her much-faulted housing plan was dropped in Nairobi last week.', flag: 'faulted housing plan' },
    { text: 'The new coach in Tbilisi has been credited with lifting the side out of relegation.', flag: 'has been credited with' },
    { text: 'The new ferry line is widely credited with reviving the island\'s tourism.', flag: 'is widely credited with' },
    { text: 'The ban on night trawling was credited with restoring the bay\'s sardine stocks.', flag: 'was credited with' },
  ],
  fine: [
    { text: 'The shaft cuts through a heavily faulted seam of coal near Karaganda.' },
    { text: 'Fans credited the new coach with lifting the side out of relegation.' },
    { text: 'The discovery is credited to Dr Lina Haddad of the University of Jordan.' },
    { text: 'The midfielder was credited with 14 tackles against Lyon.' },
    { text: 'The defender was credited with the goal after a review.' },
    { text: 'The new coach has been credited with lifting the side, club captain Tomas Berg said.' },
  ],
});

// A judgement participle with no auxiliary: set off after a noun as a reduced relative, or
// fronted. Only a complement of judgement ("for", "as") or an adverb reads it as a passive.
testRule(rule, {
  flagged: [
    { text: 'The new ring road, blamed for the flooding that hit the market district of Kumasi in April, is due to open next year.', flag: 'blamed' },
    { text: 'Praised for its speed, the vaccine rollout in Chiapas reached 40 towns by June.', flag: 'Praised' },
    { text: 'The toll bridge over the Daugava, widely criticised, carried 9,000 cars on its first day.', flag: 'widely criticised' },
  ],
  fine: [
    { text: 'The mayor of Cluj opened the bridge, praised the builders and left before the speeches.' },
    { text: 'The ring road, blamed by the city engineer for the flooding in April, is due to open next year.' },
    { text: 'The team lost the final in Almaty, blamed the referee and flew home.' },
    { text: 'The port authority, which the dockers\' union criticised for the delays, said it would hire 200 staff.' },
  ],
});
