import rule from '../../rules/framing/headline-overclaim.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      // "Nurses ... claim that": the tagger reads a verb after a noun subject as a noun.
      text: 'Clinic Hid Measles Cases From Parents\n\nTeachers at a primary school in Maribor claim that the district clinic hid six measles cases from parents in April. The clinic said it had informed the health authority within a day.',
      flag: 'Hid',
    },
    {
      // "May" the month is no hedge: the headline still asserts the act.
      text: 'Clinic Hid Measles Cases From Parents Since May\n\nTeachers at a primary school in Maribor claim that the district clinic hid six measles cases from parents in April. The clinic said it had informed the health authority within a day.',
      flag: 'Hid',
    },
    {
      // A phrasal verb in the headline is the act of its group ("covered up" hides).
      text: 'Water Board Covered Up Lead Readings\n\nResidents of Flint Hill allege that the water board concealed lead readings from three schools for a year. The board says every reading was published.',
      flag: 'Covered',
    },
    {
      text: 'Maribor Mayor Rigged Tender for Brother’s Firm\n\nThe mayor of Maribor is accused of rigging a 2024 road tender in favour of a company owned by his brother, anti-corruption prosecutors said on Thursday. The mayor has denied wrongdoing.',
      flag: 'Rigged',
    },
    {
      // The body denies the very act the headline asserts.
      text: 'Central Bank Confirms Plan to Widen Currency Band\n\nThe central bank has drawn up plans to widen the naira trading band, according to a draft seen by reporters, though officials have not confirmed it.',
      flag: 'Confirms',
    },
    {
      text: 'Coach Admits Fixing Cup Match\n\nPolice are investigating claims that the coach of the Porto Alegre side fixed a cup match in May. The coach has not admitted any wrongdoing, his lawyer said.',
      flag: 'Admits',
    },
    {
      text: 'Leaked Emails Prove Minister Lied About Tender\n\nThe emails, which allegedly show Minister Petra Novak discussing the tender with a bidder, have not been verified. Novak says they are forged.',
      flag: 'Prove',
    },
    {
      text: 'Study Proves Coffee Prevents Dementia\n\nA study of 2,000 adults in Sweden claims that people who drink three cups of coffee a day are less likely to develop dementia. The researchers cautioned that the link between coffee and dementia is unproven.',
      flag: 'Proves',
    },
    {
      text: 'Senator Caught Taking Cash From Lobbyist\n\nA video posted online allegedly shows Senator Mark Devlin taking an envelope of cash from a lobbyist in Denver. The video of the senator taking the cash has not been verified.',
      flag: 'Caught Taking',
    },
    {
      // A clause after the frame: "alleges that <subject> <act>".
      text: 'Port Chief Rigged Dredging Contract in Mombasa\n\nKenya’s auditor-general alleges that the former port chief rigged a 2023 dredging contract in favour of a firm run by his nephew. He has denied the claims.',
      flag: 'Rigged',
    },
    {
      // An object frame and a synonym: "accuse <object> of having paid" for "Bribed".
      text: 'Copper Firm Bribed Zambian Officials for Export Licence\n\nProsecutors in Lusaka accuse the copper firm of having paid officials in Ndola to secure an export licence. The firm denies any wrongdoing.',
      flag: 'Bribed',
    },
    {
      text: 'Lorry Driver Killed Two Cyclists in Utrecht\n\nDutch police allege the lorry driver caused the deaths of two cyclists by turning right without looking. His lawyer says the cyclists ran a red light.',
      flag: 'Killed',
    },
    {
      // The body says the cause is not established.
      text: 'Tainted Insulin Killed Two Patients in Ghent Hospital\n\nTwo patients died at a hospital in Ghent last week after receiving insulin from the same batch. Hospital officials said they had not yet determined whether the insulin caused the deaths, and samples have been sent to a laboratory in Brussels.',
      flag: 'Killed',
    },
    {
      text: 'Gas Leak Sickened Dozens at Texas School\n\nForty pupils at a school in El Paso were taken to hospital on Tuesday with headaches and nausea. It is unclear whether a gas leak sickened the pupils, the fire department said.',
      flag: 'Sickened',
    },
    {
      // An investigation frame with a synonym: "lit" for "Started".
      text: 'Arsonists Started Forest Fire Near Izmir\n\nFirefighters battled the blaze in the hills above Izmir for a third day on Sunday. Prosecutors are investigating whether the fire was lit deliberately, the regional forestry directorate said.',
      flag: 'Started',
    },
    {
      // "examining claims that" is an allegation.
      text: 'Builder Inflated Hospital Costs in Lagos\n\nThe state anti-graft agency said on Monday it was examining claims that the builder inflated costs on the Ikeja hospital project. The builder denied wrongdoing.',
      flag: 'Inflated',
    },
    {
      // Evidence that only points to the act: "suggest that ... may have".
      text: 'Ferry Operator Overcharged Island Residents\n\nInvoices obtained by the Dalmatian Chronicle suggest that the ferry operator may have overcharged residents of Vis for cargo between 2022 and 2024. The company says its prices followed the regulator’s tariff.',
      flag: 'Overcharged',
    },
    {
      text: 'Trawler Damaged Baltic Data Cable\n\nA data cable between Finland and Estonia stopped working early on Sunday. The Finnish coastguard said it had not ruled out that the trawler damaged the cable with its anchor.',
      flag: 'Damaged',
    },
    {
      text: 'Faulty Valve Poisoned Workers at Gdansk Plant\n\nEleven workers at a fertiliser plant in Gdansk were treated in hospital on Wednesday. It is possible that a faulty valve poisoned the workers, the labour inspectorate said.',
      flag: 'Poisoned',
    },
    // Held-out 6 shapes: an irregular past ("Stole", "Hid") against a body that only investigates or alleges it.
    {
      text: "How Hackers Stole Voter Data From Lisbon's Election Office\n\nThe National Election Commission said on Tuesday it was investigating whether any voter data had been downloaded during the breach, which shut its website for two days.",
      flag: 'Stole',
    },
    {
      text: 'Ex-Minister Hid Offshore Accounts in Cyprus\n\nProsecutors in Bratislava allege that the former economy minister hid 3 million euros in accounts in Cyprus. He denies the charges.',
      flag: 'Hid',
    },
    // The claim in an "after" clause, told in the body only as one side's claim that the other denies.
    {
      text: 'Nurses walk out after Mercy Health slashed night-shift staffing in Auckland\n\nThe New Zealand Nurses Organisation says Mercy Health, which runs four hospitals in the city, cut night-shift staffing by a quarter in March. Mercy Health denies this and says staffing levels have not changed.',
      flag: 'slashed',
    },
    {
      text: "Teachers strike after ministry froze pay in Nairobi\n\nThe Kenya National Union of Teachers says the education ministry froze teachers' pay in January. The ministry disputed the union's figures on Tuesday.",
      flag: 'froze',
    },
    // The headline future ("to fund") over a link the body reports only as a rejected claim.
    {
      text: "Lima water tariff rise to fund mayor's new stadium\n\nThe tariff will rise by 12 per cent from March. The mayor's office rejected the claim that the tariff rise was linked to the stadium, saying the two budgets were separate.",
      flag: 'fund',
    },
    {
      text: "Mayor's Aide Leaked Exam Papers to Private School\n\nThe city's education department rejected claims that an aide to the mayor leaked exam papers to a private school in Krakow before the June exams.",
      flag: 'Leaked',
    },
    {
      text: 'Customs Chief Pocketed Bribes From Importers\n\nThe former head of customs at Mombasa port is accused of accepting bribes from three importers, prosecutors said. He denies the charges.',
      flag: 'Pocketed',
    },
  ],
  fine: [
    // "May" the modal is a hedge, in title case too.
    { text: 'Clinic May Have Hid Measles Cases From Parents\n\nTeachers at a primary school in Maribor claim that the district clinic hid six measles cases from parents in April. The clinic said it had informed the health authority within a day.' },
    // "the union's claim that": a noun, the headline attributes it.
    { text: 'Union Says Hospital Hid Staffing Gaps\n\nThe hospital rejected the union’s claim that it hid staffing gaps from inspectors in March.' },
    // The headline hedges itself with the investigation.
    { text: 'Police Probe Whether Trawler Damaged Baltic Data Cable\n\nA data cable stopped working on Sunday. Finnish police are investigating whether the trawler damaged the cable.' },
    // The act is told as fact elsewhere in the body.
    { text: 'Trawler Damaged Baltic Data Cable\n\nPolice are investigating whether the crew acted on purpose. The trawler damaged the cable at 3am with its anchor, the coastguard said.' },
    // "suggest that" without a modal proposes; it does not hedge the act.
    { text: 'Cabinet Raised Fuel Duty in Budget Row\n\nThe finance minister in Nairobi suggested that the cabinet raise fuel duty again next year.' },
    // What is studied is another act than the headline's.
    { text: 'Drought Damaged Maize Harvest in Zambia\n\nScientists are studying whether climate change made the drought worse. The drought damaged about half of the maize harvest, the agriculture ministry said.' },
    // The act is found; only a different act is examined.
    { text: 'Builder Inflated Hospital Costs in Lagos\n\nAuditors found that the builder inflated costs on the Ikeja hospital project by 30 per cent. The agency is also examining claims that the builder bribed a planning official.' },
    // The court states the act: the headline follows the story.
    { text: 'Copper Firm Bribed Zambian Officials, Court Finds\n\nA court in Lusaka found on Monday that the copper firm bribed officials in Ndola. Prosecutors had alleged that the firm paid them 2 million kwacha.' },
    // The complement is negated: nothing is alleged.
    { text: 'Copper Firm Bribed Zambian Officials for Licence\n\nA court in Lusaka convicted the firm of bribing officials in Ndola. The union alleges that the firm did not pay its miners for March.' },
    // A different cause is not established, not the headline's.
    { text: 'Flu Outbreak Killed Nine at Care Home in Leeds\n\nNine residents died during a flu outbreak at the care home, health officials said. It is not known whether a heating failure in January caused the deaths of two others.' },
    // The headline's act is not what is withheld.
    { text: 'Storm Flooded Hospital Basement in Porto\n\nA storm flooded the basement of the São João hospital on Sunday. Engineers have not determined whether the storm caused the power cut that followed.' },
    // "The alleged bribes" is a noun phrase, not a frame.
    { text: 'Customs Officers Bribed by Smugglers, Inquiry Told\n\nThe alleged bribes paid to customs officers in Durban were discussed at the inquiry on Friday.' },

    { text: 'Maribor Mayor Rigged Tender for Brother’s Firm, Court Rules\n\nA court in Maribor ruled on Thursday that the mayor rigged a 2024 road tender in favour of his brother’s company. He had been accused of rigging it by prosecutors last year.' },
    // The body states the act itself: the headline follows the story.
    { text: 'Ministry Confirms Two Measles Cases in Manitoba\n\nThe health ministry confirmed two measles cases in Winnipeg on Tuesday. It has not confirmed a third suspected case.' },
    { text: 'Report: Auditors Uncover Secret Payments to Lisbon Council Members\n\nA leaked audit alleges that a construction firm paid three council members in Lisbon.' },
    { text: 'Ministry Confirms Outbreak of Bird Flu at Poultry Farm\n\nThe agriculture ministry confirmed on Sunday that bird flu had been found at a poultry farm near Poznan. Farmers claim the outbreak on the farm began weeks earlier.' },
    { text: 'Divers Discover Wreck of 18th-Century Warship Off Cornwall\n\nDivers found the wreck of HMS Colossus in 40 metres of water. The warship sank in 1798.' },
    { text: 'Did the Football Chief Admit Taking Bribes?\n\nThe head of the Kenyan football federation allegedly accepted bribes from two clubs.' },
    // An undisputed claim, or a speaker telling its own act, is reporting.
    { text: 'Miners strike after Kansanshi slashed safety budget\n\nThe union says Kansanshi Mining, which runs the mine, cut its safety budget by a third this year. The company has confirmed the cut, saying copper prices had fallen.' },
    { text: 'Nordwind to cut 800 jobs in Hamburg\n\nNordwind said it would cut 800 jobs at its Hamburg plant by 2027. The works council rejected the figures, saying more posts were at risk.' },
    // The denial answers another claim, reported in between.
    { text: 'Hackers stole customer records from Vodaport\n\nVodaport confirmed on Friday that hackers stole the records of 2 million customers. A hacker group says it also copied payment data, and the company denies this.' },
    { text: 'Driver fled after crash that killed two in Porto\n\nPolice say the driver fled the scene on foot and was arrested two hours later. His family denied reports that he had been drinking.' },
    // Another act than the one investigated; a court's finding told as fact.
    { text: "How Hackers Broke Into Lisbon's Election Office\n\nThe commission said it was investigating whether any voter data had been downloaded." },
    { text: "Court Finds Ex-Mayor Took Bribes\n\nA court in Graz found on Friday that the former deputy mayor took bribes worth 40,000 euros. His lawyer rejected the prosecution's claim that he took bribes and said he would appeal." },
    { text: 'Storm destroyed 300 homes in Leyte\n\nOfficials said the storm destroyed 300 homes on the island. The mayor denied that the city had been unprepared.' },
    // "Inquiry hears" attributes the claim in the headline itself.
    { text: 'Fire Inquiry Hears Power Line Warnings Were Ignored\n\nThe distributor, Western Grid, rejected any suggestion that it had ignored the warnings, its operations manager told the inquiry in Perth.' },
    { text: 'Customs Chief Pocketed Bribes From Importers\n\nThe former head of customs at Mombasa port accepted bribes from three importers, a court found on Friday. He is accused of taking part in a smuggling ring.' },
  ],
});
