import rule from '../../rules/attribution/vague-source.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const severities = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => [f.text, f.severity]);

testRule(rule, {
  flagged: [
    // A headline crowd with nobody named in the body.
    { text: 'Critics say toll bridge will never pay for itself\n\nThe council in Aarhus approved the toll bridge on Monday after a two-hour debate.', flag: 'Critics say' },
    { text: 'Investors fear the new royalty regime will stall three planned copper mines in the north.', flag: 'Investors fear' },
    { text: 'Many in the industry fear the licence fees will push small growers out of business.', flag: 'Many in the industry fear' },
    { text: 'The trial is widely seen as a test of the government’s anti-graft campaign.', flag: 'is widely seen as' },
    { text: 'City Hall insiders say the mayor has already lined up the votes for a smaller tax rise.', flag: 'City Hall insiders say' },
    { text: 'Market watchers expect copper prices to climb again once Chilean mines return to full output.', flag: 'Market watchers expect' },
    { text: 'Observers note that the verdict puts the two highest courts in open conflict.', flag: 'Observers note that' },
    { text: 'Some in the fishing community believe the new quotas will close half the harbour’s boats by spring.', flag: 'Some in the fishing community believe' },
    { text: 'Many within the ruling coalition say the finance minister will not survive the budget vote.', flag: 'Many within the ruling coalition say' },
    { text: 'Economists argue that the rate cut came too late to help exporters in Ontario.', flag: 'Economists argue' },
    { text: 'The plan has drawn fire. Opponents, however, say the reservoir will flood three villages.', flag: 'Opponents, however, say' },
    { text: 'Some say the coach lost the dressing room long before the final in Lisbon.', flag: 'Some say' },
    { text: 'Observers within the ruling party warn that the coalition in Bavaria could collapse by spring.', flag: 'Observers within the ruling party warn' },
    { text: 'Many people are saying the referendum in Chile was rushed.', flag: 'Many people are saying' },
    // Crowds that suspect, blame or doubt carry a claim as much as crowds that say.
    { text: 'Some bond traders suspect the treasury will delay the auction until after the election in Jakarta.', flag: 'Some bond traders suspect' },
    { text: 'Many rural commuters blame the state railway for a decade of cancelled upgrades on the Kraków line.', flag: 'Many rural commuters blame' },
    { text: 'Many dairy farmers doubt the drought payments will reach Waikato before calving.', flag: 'Many dairy farmers doubt' },
    // A collective noun with "of" is a crowd too.
    { text: 'A growing chorus of economists argues that the housing subsidy in Toronto pushes prices up.', flag: 'A growing chorus of economists argues' },
    { text: 'A growing number of GPs say the new booking system in Cardiff turns patients away.', flag: 'A growing number of GPs say' },
    { text: 'A number of critics have questioned the cost of the bridge to Sicily.', flag: 'A number of critics have questioned' },
    { text: 'Many are asking why the sirens in Bergamo sounded only after the river had burst its banks.', flag: 'Many are asking' },
    // Hearsay and consensus frames with no holder.
    { text: 'Word among dock workers is that the Gdańsk terminal will be sold before Christmas.', flag: 'Word among dock workers is that' },
    { text: 'Word on the street is that the Lyon bakery chain has stopped paying its suppliers.', flag: 'Word on the street is that' },
    { text: 'It is thought that the Nairobi fund lost a third of its value in the crash.', flag: 'It is thought that' },
    { text: 'The takeover is thought to have been blocked by the founder’s daughter, who sits on the Oslo board.', flag: 'is thought to have' },
    { text: 'It is no secret in Brussels diplomatic circles that the commissioner wants a second term.', flag: 'It is no secret in Brussels diplomatic circles that' },
    { text: 'Conventional wisdom in Lagos holds that the governor will stand again in 2027.', flag: 'Conventional wisdom in Lagos holds' },
    { text: 'The consensus among economists is that Peru’s inflation will peak in May.', flag: 'The consensus among economists is that' },
    { text: 'Shoppers in Leeds, by most accounts, are angry about the new parking charges.', flag: 'by most accounts' },
    { text: 'Those who followed the Ankara negotiations closely say the deal was never close.', flag: 'Those who followed the Ankara negotiations closely say' },
    { text: 'Those who know the senator well came away convinced that she would run for governor of Ohio.', flag: 'Those who know the senator well came away convinced' },
    // An unsized crowd: "plenty of", "a lot of" carry a suspicion as "many" does.
    { text: 'Plenty of dock workers suspect the port authority sold the berth before the tender in Mombasa closed.', flag: 'Plenty of dock workers suspect' },
    { text: 'A lot of small landlords believe the rent cap in Lisbon will be quietly dropped after the election.', flag: 'A lot of small landlords believe' },
    // Received opinion placed only by where it is held.
    { text: 'The assumption in Lima is that the finance ministry will extend the fuel subsidy into next year.', flag: 'The assumption in Lima is that' },
    { text: 'The feeling among junior doctors in Leeds is that the rota changes were agreed long ago.', flag: 'The feeling among junior doctors in Leeds is that' },
    { text: 'The prevailing view is that the central bank in Accra will raise rates again in March.', flag: 'The prevailing view is that' },
    { text: 'There is talk in the fish market that the cooperative’s board quietly sold its quota to a trawler company.', flag: 'There is talk in the fish market that' },
    { text: 'There are whispers that the coach in Porto has already agreed terms with a Saudi club.', flag: 'There are whispers that' },
    // Figures or reports of unknown origin.
    { text: 'Estimates circulating among grain traders put the Ukrainian wheat harvest at 19 million tonnes.', flag: 'Estimates circulating among grain traders' },
    { text: 'Figures doing the rounds in Westminster suggest the scheme has cost twice its budget.', flag: 'Figures doing the rounds' },
    // An interpretation with no one interpreting.
    { text: 'The resignation is being read in Nairobi as a sign that the president has lost patience with his deputy.', flag: 'is being read in Nairobi as a' },
    { text: 'The new tariff is being seen as a warning shot to Canberra.', flag: 'is being seen as a' },
    // Passive belief with no believer.
    { text: 'The airline is believed to be in talks with two Gulf carriers about a stake.', flag: 'is believed to be' },
    { text: 'At least a dozen fishermen are feared to have drowned off the coast of Senegal.', flag: 'are feared to have' },
  ],
  fine: [
    // A headline compresses what the body credits by name.
    { text: 'Scientists urge deeper cod cut in Barents Sea\n\nAnna Lie, a fisheries scientist at the Institute of Marine Research in Bergen, said the stock had shrunk for four years in a row.' },
    { text: 'Some residents blamed themselves for ignoring the evacuation order, the mayor of Valencia said.' },
    { text: 'Some tourists told the Bangkok Post the rules were too loose; others said they had never visited a shop.' },
    { text: 'Nomura analysts expect the yen to weaken further before the Bank of Japan meets in July.' },
    { text: 'One of the officials in the delegation, Deputy Minister Tomás Rivera, said the talks had stalled.' },
    { text: 'Economists at the Bank of Canada argue that the rate cut came too late to help exporters.' },
    { text: '"We will appeal," said Ana Ruiz, the mayor of Valencia, after the court ruling on Tuesday.' },
    { text: 'The reservoir will flood three villages, according to a 2024 environmental impact study by the regional water authority.' },
    { text: 'Critics of the dam have filed 14 lawsuits since 2021, court records show.' },
    { text: 'Analysts polled by Reuters expect the central bank to hold rates at 7.25%.' },
    // A passive speech verb has no speaker: "admitted" to hospital, not "admitted" a fault.
    { text: 'Nine people have been admitted to hospital in Winnipeg since the outbreak began.' },
    { text: 'A number of Siemens engineers said the signalling fault had been reported in March.' },
    { text: 'A number of homes in Porto Alegre were flooded, the fire service said.' },
    { text: 'A group of 40 MPs wrote to the chancellor on Tuesday asking for a delay.' },
    // A counted or named holder, or a speaker in the sentence who answers for the view.
    { text: 'The consensus among the 12 economists polled by Reuters is that Chile’s central bank will cut rates in June.' },
    { text: 'The consensus among analysts polled by Bloomberg is that the Bank of Korea will hold rates.' },
    { text: 'The fire is thought to have started in a kitchen on the third floor, firefighters in Porto said.' },
    { text: 'The final word on the matter is that of the Supreme Court in Ottawa.' },
    { text: 'Word among the 300 delegates who signed the Lisbon letter was mixed, the organisers said.' },
    { text: 'It is thought that the ferry sank within minutes, the coastguard in Halifax said on Sunday.' },
    { text: 'By her own account, the Vilnius mayor knew nothing of the contract until March.' },
    { text: 'Plenty of tickets for the concert in Bergen are still on sale.' },
    { text: 'The problem in Lima is that the fuel subsidy costs more than the health budget.' },
    { text: 'The assumption in the budget is that growth will reach 3 per cent, the finance minister said on Tuesday.' },
    { text: 'There is a ferry from Split that leaves every morning at seven.' },
    { text: 'Figures published by the statistics office on Monday put the jobless rate at 6.1 per cent.' },
    { text: 'The painting was seen in Vienna as recently as 1938.' },
    { text: 'The airline is believed to be in talks with two Gulf carriers, its chief executive told shareholders.' },
    { text: 'The ship, believed to be the oldest wreck in the Baltic, was found off Gotland in May.' },
    { text: 'The court is expected to rule on the appeal in Warsaw on Friday.' },
    // The same words in another sense: a pronoun "that", a clause of time after "as".
    { text: 'The view from the summit of Kilimanjaro is that of a frozen desert.' },
    { text: 'The victim’s letter was read in court as a jury of twelve listened in silence.' },
    { text: 'Documents circulated among board members on Monday showed losses of 40 million dollars.' },
  ],
});

describe('attribution/vague-source: one side of a vote', () => {
  const referendum = 'Voters in Ticino backed the motorway toll in Sunday’s referendum.';

  it('drops "supporters/opponents of <measure>" to info in a story about a vote', () => {
    expect(severities(`${referendum} Supporters of the toll said the money would pay for noise barriers.`)).toEqual([['Supporters of the toll said', 'info']]);
    // The vote named only by its side ("the No side").
    expect(severities('The No side conceded in Tirana on Sunday night. Opponents of the amendment argued that it would weaken the courts.')).toEqual([
      ['Opponents of the amendment argued', 'info'],
    ]);
    expect(severities('Teachers in Cork voted in a ballot on the pay deal. Supporters of the deal said it restored lost pay.')).toEqual([['Supporters of the deal said', 'info']]);
  });

  it('keeps the warning outside a vote story, for a bare crowd, and for other crowds', () => {
    expect(severities('Opponents of the decree contend that it concentrates spending power in the presidency in Bogotá.')).toEqual([['Opponents of the decree contend', 'warning']]);
    expect(severities('Supporters of the bill say it will cut waiting lists in Wales.')).toEqual([['Supporters of the bill say', 'warning']]);
    expect(severities(`${referendum} Supporters said it would pay for noise barriers.`)).toEqual([['Supporters said', 'warning']]);
    expect(severities(`${referendum} Critics say the toll will push lorries onto village roads.`)).toEqual([['Critics say', 'warning']]);
  });
});

// heldout8 families: an imperative appeal to what anyone will say, hearsay in a
// condition, and an estimate or count with no owner. Other places, people and topics.
describe('attribution/vague-source: imperative appeals, conditional hearsay, unowned estimates', () => {
  testRule(rule, {
    flagged: [
      { text: 'Ask any fisherman in Mombasa harbour and you will hear that the catch has halved since the trawlers came.', flag: 'Ask any fisherman in Mombasa harbour and you will hear' },
      { text: "Talk to anyone at the Cusco bus terminal and they'll tell you the new route was sold to a friend of the governor.", flag: 'Talk to anyone at the Cusco bus terminal and they' },
      { text: 'Ask around the markets of Kumasi and you will be told the cedi will fall again before Christmas.', flag: 'Ask around' },
      { text: 'If the gossip among the tram drivers is to be believed, the depot in Łódź will close next spring.', flag: 'If the gossip among the tram drivers is to be believed' },
      { text: 'If the word on the trading floor in Mumbai is correct, the refiner will sell its stake by March.', flag: 'If the word on the trading floor in Mumbai is correct' },
      { text: 'If the rumours are true, the coach has already agreed terms with a club in Seville.', flag: 'If the rumours are true' },
      { text: 'According to one estimate, the floods in Sindh destroyed 40,000 homes.', flag: 'According to one estimate' },
      { text: 'According to some calculations, the new ring road will cost Nairobi twice what was budgeted.', flag: 'According to some calculations' },
      { text: 'One estimate puts the cost of the Nile delta dredging at $600 million.', flag: 'One estimate puts' },
    ],
    fine: [
      { text: 'Ask the ministry and you will get a press release.' },
      { text: 'According to one estimate by the Central Bank of Kenya, the drought cost farmers 30 billion shillings.' },
      { text: 'According to an estimate published by the World Food Programme, 2.1 million people in Haiti face hunger.' },
      { text: 'If the talks in Doha fail, the ceasefire will collapse, the mediator said.' },
      { text: 'If the forecast is right, the harvest in Punjab will be the largest since 2011.' },
      { text: 'If the rumours are true, the club will sell its captain, coach Marta Ibáñez said on Friday.' },
      { text: 'The agency published its estimate of flood damage in Sindh on Tuesday.' },
      { text: 'The port authority put the cost at $40 million; one estimate from insurers is higher.' },
    ],
  });
});

// Unowned social-media claims: a note, not a warning.
describe('attribution/vague-source: unowned social-media posts', () => {
  it('notes posts with no owner, and leaves owned channels alone', () => {
    expect(severities('Social media posts alleged that the mayor of Durban had fled to Dubai.')).toEqual([['Social media posts alleged', 'info']]);
    expect(severities('Messages on WhatsApp groups say the bridge in Cochabamba has collapsed.')).toEqual([['Messages on WhatsApp groups say', 'info']]);
    expect(severities('Posts on local Facebook pages claimed the dam in Ghazni had cracked.')).toEqual([['Posts on local Facebook pages claimed', 'info']]);
    expect(severities("Posts on the ministry's Telegram channel said the border would reopen on Monday.")).toEqual([]);
    expect(severities('The prime minister posted a video on Instagram from Dhaka on Sunday.')).toEqual([]);
  });
});

// Held-out families (sets 9 and 10): agentless passive hearsay, universal hearsay, hearsay
// tags, crowds that "point out", people the reporter spoke to, and bare plural crowds.
testRule(rule, {
  flagged: [
    { text: 'It has been alleged that the contractor skipped the second safety inspection at the Mombasa depot.', flag: 'It has been alleged' },
    { text: 'It has been suggested that the fire at the Porto warehouse was started deliberately.', flag: 'It has been suggested' },
    { text: 'Nobody in Trelew doubts that the mine has been poisoning the river for years.', flag: 'Nobody in Trelew doubts that' },
    { text: 'No one in the village disputes that the well ran dry after the bottling plant opened.', flag: 'No one in the village disputes that' },
    { text: 'Everyone in Kandy knows that the old suspension bridge is unsafe.', flag: 'Everyone in Kandy knows that' },
    { text: 'The mayor knew about the leak for months, or so the story goes in the cafés of Valparaíso.', flag: 'or so the story goes' },
    { text: 'The club was sold for a single euro, or so they say in Naples.', flag: 'or so they say' },
    { text: 'Sceptics point out that the last desalination plant near Perth ran at half capacity.', flag: 'Sceptics point out' },
    { text: 'Detractors have long pointed out that the tram line in Bergen serves only the richer suburbs.', flag: 'Detractors have long pointed out' },
    { text: 'Ski instructors we spoke to say the season in Bansko has been the worst in a decade.', flag: 'instructors we spoke to say' },
    { text: 'Residents insist that the river in Gorakhpur rose before the dam gates were opened.', flag: 'Residents insist' },
    { text: 'Local fishermen insist that the trawlers work inside the three-mile limit off Kerala.', flag: 'Local fishermen insist' },
  ],
  fine: [
    { text: 'It was alleged in court that the accountant moved the funds to Cyprus.' },
    { text: 'It has been alleged by prosecutors in Rome that the broker forged signatures.' },
    { text: 'Nobody was hurt when the roof of the fish market in Lagos collapsed.' },
    { text: 'No one answered the door at the minister’s house in Accra on Sunday.' },
    { text: 'As the saying goes in Lisbon, the sea gives and the sea takes.' },
    { text: 'The residents said they had been told nothing by the council in Leeds.' },
    { text: 'Farmers from the Kenya Tea Development Agency said prices had fallen by a third.' },
    { text: 'The engineer pointed out that the cracks in the Genoa viaduct were decades old.' },
    { text: 'Everyone agreed to meet again in Geneva on Friday.' },
  ],
});

describe('attribution/vague-source: bare plural crowds', () => {
  it('notes a crowd that says, warns on a crowd that insists or claims', () => {
    expect(severities('Shopkeepers say trade on Moi Avenue has halved since the roadworks began.')).toEqual([['Shopkeepers say', 'info']]);
    expect(severities('Tenants insist the landlord in Salford never fixed the damp.')).toEqual([['Tenants insist', 'warning']]);
    expect(severities('The tenants said the landlord in Salford never fixed the damp.')).toEqual([]);
    expect(severities('Tenants of the Peabody Trust said the landlord never fixed the damp.')).toEqual([]);
  });
});

describe('attribution/vague-source: bare plural crowds, quiet cases', () => {
  it('leaves a crowd named at once, a reported crowd and a described crowd alone', () => {
    expect(severities('Shopkeepers say trade in Oruro has halved. "We sell nothing," said Teodora Vasquez, who runs a stall by the bus terminal.')).toEqual([]);
    expect(severities('Union officials in Turin said engineers had warned managers about the cracks.')).toEqual([]);
    expect(severities('The dispute pits large dairies against the sheep farmers who say the cheese must be made from ewe’s milk.')).toEqual([]);
  });
});

describe('attribution/vague-source: people the reporter spoke to', () => {
  it('flags unnamed interviewees from the noun before "we spoke to"', () => {
    expect(severities('Dock workers we spoke to said the cranes in Callao had not been serviced since 2022.')).toEqual([['Dock workers we spoke to said', 'warning']]);
    expect(severities('Night-shift nurses we talked to complained that the ward in Cork was short of staff.').length).toBe(1);
    expect(severities('We spoke to the mayor of Tromsø, who said the ferry would run again on Monday.')).toEqual([]);
  });
});

// A story passed around with no teller: a version, theory or account "doing the rounds",
// "going around" or "circulating among" a crowd, or "one theory holds that".
testRule(rule, {
  flagged: [
    { text: 'One story doing the rounds in the Ghazipur market holds that the wholesaler hoarded onions before the ban.', flag: 'One story doing the rounds' },
    { text: 'A theory circulating among dockers in Mombasa is that the cranes were sold for scrap.', flag: 'A theory circulating among dockers' },
    { text: 'Another version making the rounds in Quito has the governor leaving the country before the vote.', flag: 'Another version making the rounds' },
    { text: 'One explanation has it that the contractor in Trujillo used sea sand in the concrete.', flag: 'One explanation has it' },
    { text: 'The story going around the harbour in Sfax is that the trawler was carrying fuel.', flag: 'The story going around' },
    { text: 'One theory holds that the fire at the Dhaka warehouse started in the generator room.', flag: 'One theory holds that' },
  ],
  fine: [
    { text: 'Rumours about the merger have been going around the trading floor for weeks, Reuters reported.' },
    { text: 'The video doing the rounds on TikTok shows the bridge in Cebu swaying.' },
    { text: 'One theory, put forward by the Lisbon fire brigade, holds that the blaze began in the kitchen.' },
    { text: 'A version of the song doing the rounds in Lagos clubs was recorded in 1979.' },
    { text: 'The talks in Doha have been going round in circles for a week.' },
    { text: 'One account doing the rounds in Accra says the striker refused to travel, the club’s spokesman Kofi Mensah said.' },
  ],
});

// Hearsay in the outlet's own voice: "we have heard from more than one person", "we have been told by several residents".
testRule(rule, {
  flagged: [
    { text: 'We have heard from several residents of the estate that the lifts in the tower block have been broken since March.', flag: 'We have heard from several residents' },
    { text: 'We have been told by more than one teacher in Kisumu that exam papers were sold before the test.', flag: 'We have been told by more than one teacher' },
    { text: 'I have heard from two nurses on the ward that the oxygen ran out on Sunday night.', flag: 'I have heard from two nurses' },
    { text: 'We have heard from people at the checkpoint that the soldiers turned back every lorry.', flag: 'We have heard from people' },
    { text: 'We are hearing that the border crossing at Rafah has closed.', flag: 'We are hearing that' },
  ],
  fine: [
    { text: 'We have heard from the Ministry of Health that the clinic in Tamale will reopen on Monday.' },
    { text: '“We have heard from several neighbours that the pipe leaked. Nobody came,” said Ama Owusu, who lives on the street.' },
    { text: 'We have asked the port authority in Mombasa about the cranes and will update this story when it replies.' },
    { text: 'I was told by Dr Amina Yusuf, the hospital director, that the oxygen ran out on Sunday.' },
    { text: 'We heard the explosion from our office in Beirut.' },
  ],
});

describe('attribution/vague-source: hearsay in the outlet\'s voice', () => {
  it('warns when the unnamed people are counted or a crowd, notes a bare "we are told"', () => {
    expect(severities('We have heard from more than one driver at the depot in Lusaka that the buses had no brakes checked.')).toEqual([['We have heard from more than one driver', 'warning']]);
    expect(severities('We have been told that the minister will speak in Nairobi at three.')).toEqual([['We have been told that', 'info']]);
  });
});

// Certainty that is no speech verb, carried by an unnamed crowd: "Neighbours swear that", "Many residents are convinced".
testRule(rule, {
  flagged: [
    { text: 'Villagers swear that the river near Kasese turned red the week the mine reopened.', flag: 'Villagers swear that' },
    { text: 'Many residents are convinced the pumping station in Sialkot was never serviced.', flag: 'Many residents are convinced' },
    { text: 'Critics remain adamant that the port deal in Colombo breaks procurement law.', flag: 'Critics remain adamant that' },
    { text: 'Local farmers have no doubt that the dam upstream of Tete caused the flooding.', flag: 'Local farmers have no doubt that' },
    { text: 'Shopkeepers swore nobody from the council had warned them about the roadworks in Arequipa.', flag: 'Shopkeepers swore' },
  ],
  fine: [
    { text: 'The villagers swear that the river turned red, the district officer in Kasese said.' },
    { text: 'Fans in Naples swear by the recipe.' },
    { text: 'The president swore the oath of office in Tegucigalpa on Monday.' },
    { text: 'Residents are sure to welcome the reopening of the bridge in Plovdiv.' },
    { text: 'She is convinced the pump in Sialkot was never serviced.' },
    { text: '“Neighbours swear they heard nothing,” said Inspector Paulo Mendes of the Maputo police.' },
  ],
});

// "=" marks a whole alternatives step as exact; an alternative written "|=word" was read as the
// literal "=word" and never matched. These wordings depend on the second alternatives.
describe('attribution/vague-source: every alternative of an exact step', () => {
  it('matches the second and later alternatives', () => {
    expect(severities('One estimate suggests 4,000 homes in Derna were lost.')).toEqual([['One estimate suggests', 'warning']]);
    expect(severities('Everyone agrees that the bridge in Mostar must be rebuilt.')).toEqual([['Everyone agrees that', 'warning']]);
  });
});

// A rumour passed along by a whole milieu or a bare crowd: "the business community has long
// whispered that", "Residents mutter that" (any tense, adverbs between).
testRule(rule, {
  flagged: [
    { text: "Tartu's property world has long whispered that the old tannery site was promised to a developer years ago.", flag: "Tartu's property world has long whispered that" },
    { text: 'For years the banking community in Maribor has murmured that the governor would not see out his term.', flag: 'the banking community in Maribor has murmured that' },
    { text: 'The fishing community quietly mutters that the quota auction in Hirtshals was fixed.', flag: 'The fishing community quietly mutters that' },
    { text: 'Diplomatic circles in Astana have been whispering that the envoy will be recalled before the summit.', flag: 'Diplomatic circles in Astana have been whispering that' },
    { text: 'Growers have long grumbled that the co-operative in Nakuru pays its directors first.', flag: 'Growers have long grumbled that' },
    { text: 'The racing fraternity has speculated that the trainer doped the favourite.', flag: 'The racing fraternity has speculated that' },
  ],
  fine: [
    { text: 'The European Community whispered nothing of the plan in 1985.' },
    { text: 'The whispers that followed the coach from Split to Zadar never stopped.' },
    { text: 'The business community in Tartu has welcomed the new tram line.' },
    { text: 'She whispered that the door of the clinic in Kotor was locked.' },
    { text: '“The whole harbour whispers that he paid the inspectors,” said Eino Laine, who runs a chandlery in Kotka.' },
    { text: 'Farmers whisper to their bees in the hills above Jaén, an old custom.' },
    { text: 'The banking community has long argued that the levy in Maribor is too high, the chamber of commerce said in a statement.' },
  ],
});

// heldout13: an unowned estimate after "by" ("By one estimate,", "by some counts").
testRule(rule, {
  flagged: [
    { text: 'By one estimate, informal miners now dig half of the country\'s gold.', flag: 'By one estimate' },
    { text: 'By some counts, the province has lost 3,000 teaching posts since 2019.', flag: 'By some counts' },
    { text: 'The river carries, by one conservative estimate, 40 tonnes of plastic to the sea each year.', flag: 'by one conservative estimate' },
  ],
  fine: [
    { text: 'By one estimate by the central bank, remittances fell 8 percent in the first quarter.' },
    { text: 'The motion passed by one vote in the regional assembly on Thursday.' },
    { text: 'By some estimates published by the statistics office, rents rose 12 percent last year.' },
  ],
});

// People the outlet itself asked, neither named nor counted.
testRule(rule, {
  flagged: [
    { text: 'Bond traders we contacted were unanimous: the cut will do little for rents in Arequipa.', flag: 'traders we contacted were unanimous' },
    { text: 'Bankers we interviewed said the new reserve rule would squeeze small lenders.', flag: 'Bankers we interviewed said' },
    { text: 'Analysts contacted by the Baltic Ledger expect a second cut in June.', flag: 'Analysts contacted by the Baltic Ledger expect' },
    { text: 'The fishing quota will be halved. Skippers we asked were sceptical of the figures.', flag: 'Skippers we asked were sceptical' },
    { text: 'Engineers interviewed by the Courier were divided over the cause of the crack.', flag: 'Engineers interviewed by the Courier were divided' },
  ],
  fine: [
    { text: 'Three bankers we interviewed said the new reserve rule would squeeze small lenders.' },
    { text: 'All twelve economists contacted by the Ledger expect a cut in June.' },
    { text: 'Officials we contacted declined to comment.' },
    { text: 'The economists we contacted were not available on Monday.' },
    { text: 'We contacted the ministry on Monday and were told a statement would follow.' },
  ],
});

// A claim credited to an unnamed crowd only after it is made.
testRule(rule, {
  flagged: [
    { text: 'The ferries ran half empty all summer. That, at any rate, is what several deckhands say.', flag: 'is what several deckhands say' },
    { text: 'The well was dry by June. This is what many farmers in the valley claim.', flag: 'is what many farmers in the valley claim' },
    { text: 'The contractor never poured the second layer, or so some residents claim.', flag: 'or so some residents claim' },
    { text: 'The mine pumps at night. That is what critics say, anyway.', flag: 'is what critics say' },
    { text: 'The fees were paid in cash, or so several parents insist.', flag: 'or so several parents insist' },
  ],
  fine: [
    { text: 'That is what the minister said on Monday in Ostrava.' },
    { text: 'This is what happens when a port closes for a month.' },
    { text: 'That is how Mayor Olga Petrenko tells it.' },
    { text: 'That, at least, is what the audit by the national accounts office says.' },
    { text: 'The ferry left at noon, or so the timetable says.' },
  ],
});

// A crowd in a field credited through a prepositional frame, and an estimate no one makes.
describe('attribution/vague-source: prepositional frames and agentless estimates', () => {
  testRule(rule, {
    flagged: [
      { text: 'The reforms, which in the view of many in the judiciary undermine the courts, passed on Tuesday.', flag: 'in the view of many in the judiciary' },
      { text: 'According to some in the ruling coalition, the budget will be cut again in May.', flag: 'According to some in the ruling coalition' },
      { text: 'The merger, as many in the banking sector see it, has come too late for the savings banks.', flag: 'as many in the banking sector see it' },
      { text: 'In the eyes of critics, the new press law is a licence to censor.', flag: 'In the eyes of critics' },
      { text: 'In the opinion of some within the party, the leader should step down before the congress.', flag: 'In the opinion of some within the party' },
      { text: 'The family stake is reckoned to be worth $3 billion, and the family says it will not sell.', flag: 'is reckoned to be' },
      { text: 'The new field off Suriname is reckoned to hold enough gas for two decades.', flag: 'is reckoned to' },
    ],
    fine: [
      { text: 'In the view of the central bank, inflation has peaked.' },
      { text: 'In the view of Judge Wairimu Kamau, the law is clear.' },
      { text: 'The family stake is reckoned to be worth $3 billion, the family office said.' },
      { text: 'According to the Finance Ministry, the field is reckoned to hold 300 million barrels.' },
      { text: 'Many in the village saw the fire from their windows.' },
      { text: 'She reckoned the crossing to Zanzibar would take two days.' },
      { text: 'The painting is estimated to be worth $4 million, according to the auction house.' },
    ],
  });
});

// A standfirst (punctuated or not) compresses like a headline: "scientists say" there, over a
// story that credits named people, is read where the story takes it up.
const page = (standfirst: string, body: string) =>
  ['Alpine Review', '', 'Glacier above Swiss village could collapse within weeks', '', standfirst, '', 'By Nina Keller | 02/06/2025 | Updated 11:05', '', body].join('\n');
testRule(rule, {
  flagged: [
    {
      text: page('Scientists say the ice has moved three metres since Monday; 300 residents have been told to leave', 'The ice above the village moved faster on Wednesday. Scientists say the movement could not be stopped.'),
      flag: 'Scientists say the movement',
    },
    {
      text: page('Experts warn the ice has moved three metres since Monday; 300 residents have been told to leave', 'The cantonal government ordered the evacuation on Wednesday evening.'),
      flag: 'Experts warn',
    },
    {
      text: page('Critics say the warning came too late.', 'The ice above the village moved three metres in two days. Critics say the canton ignored the first signs.'),
      flag: 'Critics say the canton',
    },
  ],
  fine: [
    {
      text: page('Scientists say the ice has moved three metres since Monday; 300 residents have been told to leave', 'Glaciologist Martin Huss of ETH Zurich said the ice had moved three metres since Monday.'),
    },
    {
      text: page('Critics say the warning came too late.', 'Anna Brunner, who chairs the village council, said the canton should have acted in April.'),
    },
    {
      text: page('Residents say they were given two hours to pack, and the canton has not said when they can return', 'Reto Imboden, a farmer who left his cattle behind, said residents had been given two hours to pack.'),
    },
  ],
});

// Hearsay in the impersonal passive and a consensus assumed with no holder, also inside a
// subordinate clause.
describe('attribution/vague-source: put about, widely assumed', () => {
  testRule(rule, {
    flagged: [
      { text: 'Although it is widely assumed in Lima ministries that the fund is empty, the budget still lists it.', flag: 'it is widely assumed' },
      { text: 'It is being put about in Nairobi that the governor will resign before the audit.', flag: 'It is being put about' },
      { text: 'It has been bandied about in the league that the club cannot pay its players.', flag: 'It has been bandied about' },
      { text: 'It is being whispered that the minister will step down before the summer.', flag: 'It is being whispered' },
      { text: 'It is generally presumed that the reactor will close by 2030.', flag: 'It is generally presumed' },
    ],
    fine: [
      { text: 'It is being put about by the opposition leader, Rosa Kimani, that the vote was rigged.' },
      { text: 'The contract is being put out to tender in May.' },
      { text: 'It is assumed in the model that interest rates stay flat until 2027.' },
      { text: 'We assumed the bridge would reopen by Friday.' },
      { text: 'It is being put to a vote of the full council on Friday.' },
    ],
  });
});

// "Business figures complained": a head that is people only after a field word, with a
// verb only people use; and a crowd that reads something as something ("Critics see X as").
describe('attribution/vague-source: industry figures, critics see X as', () => {
  testRule(rule, {
    flagged: [
      { text: 'Leading business figures have complained for months that the tram timetable ignores shift workers.', flag: 'business figures have complained' },
      { text: 'Opposition figures said the count in the northern districts had been inflated.', flag: 'Opposition figures said' },
      { text: 'Critics see the new stadium as a monument to the mayor\'s vanity.', flag: 'Critics see the new stadium as' },
      { text: 'Opponents view the new mining code as a giveaway to foreign firms.', flag: 'Opponents view the new mining code as' },
      { text: 'Some read the governor\'s silence as a sign that he will not stand again.', flag: 'Some read' },
    ],
    fine: [
      { text: 'Industry figures show car sales in Chile fell by 8 per cent in May.' },
      { text: 'Trade figures suggest the deficit narrowed in the second quarter.' },
      { text: 'Official figures released on Monday put inflation at 4.1 per cent.' },
      { text: 'Critics of the levy, including Senator Ana Quiroga, see it as a reward for donors.' },
      { text: 'Analysts at Banco Pichincha view the new mining code as a giveaway to foreign firms.' },
      { text: 'The ministry sees the levy as a temporary measure.' },
    ],
  });
});

// A belief verb that is no speech verb ("suspect that", "assume that", "take it for
// granted that") after a vague group of a trade or a place carries the claim.
describe('attribution/vague-source: beliefs of a vague trade or placed crowd', () => {
  testRule(rule, {
    flagged: [
      { text: 'Large parts of the shipping industry in Piraeus suspect that the port levy will double.', flag: 'Large parts of the shipping industry' },
      { text: 'Coffee growers in the highlands have long taken it for granted that the export duty would return.', flag: 'Coffee growers in the highlands' },
      { text: 'Timber merchants in the province assume that the export ban will be lifted by spring.', flag: 'Timber merchants in the province' },
      { text: 'Haulage contractors fear that the bypass in Kaunas will never be finished.', flag: 'Haulage contractors fear that' },
      { text: 'Many in the fishing industry suspect that the quota figures were massaged.', flag: 'Many in the fishing industry' },
      { text: 'Critics suspect that the tender in Lusaka was written for a single bidder.', flag: 'Critics suspect that' },
    ],
    fine: [
      { text: 'Residents fear that the river will burst its banks again this winter.' },
      { text: 'Budget papers assume that growth in Chile will return to 3 per cent.' },
      { text: 'The importers suspect that the duty will rise, their lawyer, Tomas Varga, said.' },
      { text: 'Police suspect that the fire at the warehouse in Porto was set deliberately.' },
      { text: 'Exporters from the Cocoa Growers Union assume that the levy will rise.' },
      { text: 'The fear that the fund would collapse grew through the summer in Accra.' },
      { text: 'The harbour master let it be understood that the quay in Cádiz would reopen in May.' },
      { text: 'He made it known in March that he would stand for the party leadership in Lagos.' },
    ],
  });
});

// Less textbook shapes of a crowd credited with a view: a crowd placed only by a town, a
// free relative ("what many regard as"), "word in <a circle> is that", a fronted "As
// <crowd> have complained," clause; and their ordinary neighbours.
testRule(rule, {
  flagged: [
    { text: 'Analysts in Tallinn believe the mortgage lender will be sold before the spring.', flag: 'Analysts in Tallinn believe' },
    { text: 'The club signed what many in football see as the best young keeper in Europe.', flag: 'what many in football see as' },
    { text: 'The stadium is what many residents regard as a waste of public money.', flag: 'what many residents regard as' },
    { text: 'Word in the dressing room is that the coach will be gone by March.', flag: 'Word in the dressing room is that' },
    { text: 'As teaching assistants in Porto have pointed out since 2021, the classrooms are overcrowded.', flag: 'As teaching assistants in Porto have pointed out since 2021' },
    { text: 'As fishermen have long warned, the cod stocks off the cape are collapsing.', flag: 'As fishermen have long warned' },
  ],
  fine: [
    { text: 'Economists at the Bank of Ghana believe inflation has peaked.' },
    { text: 'Economists in the Ministry of Finance believe the deficit will shrink this year.' },
    { text: 'Landslides have closed the pass 14 times this year, according to a tally kept by the mountain guides\' association Alpenweg.' },
    { text: 'The death toll rose to 19, according to a tally compiled by the Red Cross.' },
    { text: 'As the minister said on Monday, the bridge in Maputo will reopen in May.' },
    { text: 'As farmers harvested the maize, prices in Lusaka fell.' },
    { text: 'As analysts at Nomura predicted, the yen fell against the dollar.' },
    { text: 'What many visitors see first is the harbour in Valletta.' },
  ],
});

// A crowd with a speech verb of accusation the speech cues lack ("charge", "protest",
// "lament"); received belief in the impersonal passive ("it is taken as read that"); a
// noun of belief or guesswork held in an unnamed circle ("the best guess on the trading
// floor is that", "received wisdom among veteran diplomats is that").
testRule(rule, {
  flagged: [
    { text: 'Critics charge that the new curriculum leaves out the colonial period.', flag: 'Critics charge that' },
    { text: 'Opponents protest that the new toll falls hardest on commuters from the valley.', flag: 'Opponents protest that' },
    { text: 'Sceptics lament that the reform in Tbilisi has been watered down.', flag: 'Sceptics lament that' },
    { text: 'It is now taken as read that the IMF loan to Honduras will be rolled over.', flag: 'It is now taken as read' },
    { text: 'It was taken for granted that the refinery in Aden would reopen by June.', flag: 'It was taken for granted' },
    { text: 'It is accepted among the shipyard\'s welders that the order book is empty.', flag: 'It is accepted among' },
    { text: 'Received wisdom among veteran diplomats is that the talks will collapse by spring.', flag: 'wisdom among' },
    { text: 'The best guess on the trading floor is that the central bank will cut rates in March.', flag: 'guess on the trading floor is that' },
    { text: 'The presumption among the club\'s coaching staff is that the striker will leave.', flag: 'presumption among' },
    { text: 'It has long been taken for granted in Quito that the currency peg will hold.', flag: 'It has long been taken for granted' },
    { text: 'The betting in the capital is that the finance minister will be gone by Easter.', flag: 'The betting in the capital is that' },
    { text: 'Detractors fume that the new stadium in Cardiff was built on public land.', flag: 'Detractors fume that' },
  ],
  fine: [
    { text: 'The minister rejected the charge that the fund had been raided.' },
    { text: 'Prosecutors charged the former mayor of Arequipa with fraud on Monday.' },
    { text: 'The historians\' society president, Rosa Mendes, charged that the new curriculum leaves out the colonial period.' },
    { text: 'It is now taken as read that the IMF loan to Honduras will be rolled over, central bank governor Ana Reyes said.' },
    { text: 'The best guess of the bank\'s chief economist, Tomas Berg, is that rates will be cut in March.' },
    { text: 'Residents in Ohrid say the lake has never been so low.' },
    { text: 'The guess was wrong by a wide margin.' },
    { text: 'It is assumed in the budget that oil will average $70 a barrel.' },
    { text: 'He had taken it for granted that the seat in Leeds was safe.' },
    { text: 'The union\'s lawyers protested that the hearing in Dakar had been moved without notice.' },
  ],
});

// Talk placed only by where it goes round, and a conviction verb with a time phrase or a
// document before "that".
testRule(rule, {
  flagged: [
    { text: 'Talk in Lagos\'s legal circles has it that the judge will step down before Christmas.', flag: 'Talk in Lagos\'s legal circles has it that' },
    { text: 'Gossip along the Valletta waterfront has it that the ferry company is for sale.', flag: 'Gossip along the Valletta waterfront has it that' },
    { text: 'Critics charged on Monday that the new toll would hit hauliers in Gdansk hardest.', flag: 'Critics charged on Monday that' },
    { text: 'Residents protested in a petition that the phone mast in Ghent was too close to the school.', flag: 'Residents protested in a petition that' },
  ],
  fine: [
    { text: 'Talk in the Riga council chamber turned to the budget on Tuesday.' },
    { text: 'Mayor Ana Ruiz charged on Monday that the toll on the Gdansk ring road was unfair.' },
    { text: 'The association\'s lawyers charged on Monday that the building permit in Porto was void.' },
  ],
});
