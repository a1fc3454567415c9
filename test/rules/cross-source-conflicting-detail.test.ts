import rule from '../../rules/cross-source/conflicting-detail.js';
import { storyArticle } from '../helpers/fixtures.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      // Clock times whose windows do not meet: "about 2.40 a.m." and "shortly before 5 a.m.".
      articles: [
        { text: 'Ferry Runs Aground Off Lamu\n\nA passenger ferry ran aground on a sandbank off Lamu island at about 2.40 a.m. on Friday, the Kenya Maritime Authority said.', source: 'Coast Wire' },
        { text: 'Lamu Ferry Aground\n\nThe passenger ferry ran aground on a sandbank off Lamu island shortly before 5 a.m. on Friday, police said.', source: 'Island Post' },
      ],
      flag: 'at about 2.40 a.m.',
    },
    {
      // "X said in a notice" names who issued it, as "according to a notice from Y" does.
      articles: [
        { text: 'Night Ferries Suspended After Engine Fire\n\nThe ferry company suspended night crossings between Rostock and Trelleborg, the Swedish Maritime Administration said in a notice issued on Tuesday. No passengers were hurt.', source: 'Coastal Herald' },
        { text: 'Night Crossings Halted\n\nThe ferry company has halted night crossings between Rostock and Trelleborg, according to a notice from Germany’s Federal Maritime and Hydrographic Agency. No passengers were hurt.', source: 'Nordic Wire' },
      ],
      flag: 'Swedish Maritime Administration said in a notice',
    },
    {
      // Shares are compared with the same share: the vote, the turnout.
      articles: [
        { text: 'Danes Back Pension Reform\n\nVoters approved the pension reform, with 54.1 per cent of the vote in favour. Turnout was 68 per cent, the election board said.', source: 'Nordic Wire' },
        { text: 'Pension Reform Passes\n\nVoters approved the pension reform, with 58.1 per cent of the vote in favour. Turnout was 68 per cent, the election board said.', source: 'Copenhagen Post' },
      ],
      flag: '54.1 per cent',
    },
    {
      // "N per cent voted for" is the share of voters, like "N per cent of voters backed".
      articles: [
        { text: 'Slovenians Reject Water Law\n\nWith every ballot counted, 61.2 per cent of voters backed scrapping the water law, the electoral commission said on Monday.', source: 'Ljubljana Wire' },
        { text: 'Water Law Scrapped\n\nAccording to the electoral commission, 66.2 per cent voted to scrap the water law, a heavy defeat for the government.', source: 'Adriatic Daily' },
      ],
      flag: '61.2 per cent',
    },
    {
      // "moved out" and "evacuated" count the same people (a verb phrase in a word family).
      articles: [
        { text: 'Wildfire Nears Evia Villages\n\nAbout 1,200 residents were moved out of villages on the north coast of Evia overnight, the civil protection agency said on Sunday.', source: 'Aegean Wire' },
        { text: 'Evia Fire Forces Evacuations\n\nSome 2,400 residents were evacuated from villages on the north coast of Evia overnight, the civil protection agency said on Sunday.', source: 'Athens Today' },
      ],
      flag: '1,200 residents',
    },
    {
      // 21 dead against 12 dead in the Petrópolis floods.
      articles: [
        storyArticle('A2-brazil-flood-southern-cross-news.txt'),
        storyArticle('A1-brazil-flood-meridian-wire.txt'),
        storyArticle('A3-brazil-flood-atlas-press.txt'),
      ],
      flag: 'Twenty-one people',
    },
    {
      // Who the leaked report came from.
      articles: [
        { text: 'A leaked Interior Ministry report says border crossings near Calais doubled in August. The report, seen by reporters, recommends new patrols.', source: 'Channel Post' },
        { text: 'A leaked Finance Ministry report says border crossings near Calais doubled in August. The report also warns about the cost of patrols.', source: 'Paris Dispatch' },
      ],
      flag: 'Interior Ministry report',
    },
    {
      articles: [
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on March 3, 2026 in Nairobi, ending a decade of talks over the Omo river basin.', source: 'Rift Valley News' },
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on March 13, 2026 in Nairobi, ending a decade of talks over the Omo basin.', source: 'Horn Observer' },
      ],
      flag: 'March 3, 2026',
    },
    {
      articles: [
        { text: 'Officers from Europol arrested the suspected ringleader of the cigarette smuggling network at a warehouse in Antwerp on Friday evening.', source: 'Scheldt Times' },
        { text: 'Officers from Interpol arrested the suspected ringleader of the cigarette smuggling network at a warehouse in Antwerp on Friday evening.', source: 'Low Countries Wire' },
      ],
      flag: 'Europol',
    },
    {
      articles: [
        { text: 'The carmaker said it would cut 3,200 jobs at its plants in Saxony and Bavaria by the end of next year, blaming weak demand for electric models.', source: 'Rhine Business' },
        { text: 'The carmaker said it would cut 2,300 jobs at its plants in Saxony and Bavaria by the end of next year, citing weak demand for electric cars.', source: 'Alpine Markets' },
      ],
      flag: '3,200 jobs',
    },
    {
      // Who issued the order: said in the passive in one article, with the issuer as subject in the other.
      articles: [
        { text: 'Floodwater Forces Evacuation in Lower Saxony\n\nThe evacuation order was issued by the Hildesheim District Council shortly after midnight, covering four villages along the Innerste river.', source: 'Nord Kurier' },
        { text: 'Villages Emptied as River Bursts Banks\n\nThe Lower Saxony Interior Ministry issued the evacuation order shortly after midnight for four villages along the Innerste river.', source: 'Hanse Presse' },
      ],
      flag: 'Hildesheim District Council',
    },
    {
      // A document singled out by an adjective ("an initial assessment") is compared even if named once.
      articles: [
        { text: 'Ferry Lost Steering Off Gotland\n\nAn initial assessment by the Swedish Accident Investigation Authority found that a hydraulic pump failed on the Baltic Link ferry. All 340 passengers reached Visby safely on Sunday.', source: 'Nordic Wire' },
        { text: 'Ferry Drama Off Gotland\n\nAn initial assessment commissioned by Baltic Link found that a hydraulic pump failed on the ferry. All 340 passengers reached Visby safely on Sunday.', source: 'Island Post' },
      ],
      flag: 'Swedish Accident Investigation Authority',
    },
    {
      // The issuer introduced with a lowercase descriptor on one side and named inside a ministry on the other.
      articles: [
        { text: 'A preliminary report by the mining ministry\'s National Geology Service blamed a failed support beam for the tunnel collapse near Antofagasta. The report was handed to prosecutors on Thursday.', source: 'Pacific Mining News' },
        { text: 'A preliminary report released by the state copper company Codelco blamed a failed support beam for the tunnel collapse near Antofagasta. The report has not been made public.', source: 'Andes Business Wire' },
      ],
      flag: 'National Geology Service',
    },
    {
      // A descriptor with a hyphenated word, against a capitalised body inside another body.
      articles: [
        { text: 'The audit was released by the state-run water utility Sabesp after months of shortages in Campinas. The audit found leaks on a third of the mains.', source: 'Paulista Daily' },
        { text: 'The audit was released by the Environment Ministry\'s Water Regulation Agency after months of shortages in Campinas. The audit found leaks on a third of the mains.', source: 'Brazil Economic Wire' },
      ],
      flag: 'Sabesp',
    },
    {
      // "more than 60" cannot be 48.
      articles: [
        { text: 'The fire at the textile factory outside Chittagong injured 48 workers on Saturday, the fire service said.', source: 'Bay of Bengal Times' },
        { text: 'The fire at the textile factory outside Chittagong injured more than 60 workers on Saturday, the fire service said.', source: 'Dhaka Ledger' },
      ],
      flag: '48 workers',
    },
    {
      // A bound on an unrounded count is the count confirmed so far: "at least 23" is not 29.
      articles: [
        { text: 'The bus plunged into a ravine in Himachal Pradesh on Monday, killing at least 23 passengers, state officials said.', source: 'Shimla Wire' },
        { text: 'The bus plunged into a ravine in Himachal Pradesh on Monday, killing 29 passengers, state officials said.', source: 'Northern Hills Post' },
      ],
      flag: '23 passengers',
    },
    {
      // "nearly 300" stops short of 340.
      articles: [
        { text: 'Nearly 300 families were moved out of the Ciliwung riverbank in Jakarta on Wednesday, the city disaster agency said.', source: 'Java Wire' },
        { text: 'A total of 340 families were moved out of the Ciliwung riverbank in Jakarta on Wednesday, the city disaster agency said.', source: 'Nusantara Post' },
      ],
      flag: '300 families',
    },
    {
      // A country's possessive before the body: the body is the issuer.
      articles: [
        { text: "The export report was released by Vietnam's Trade Ministry on Tuesday, showing rice shipments fell. The report blames the drought in the Mekong delta.", source: 'Saigon Trade News' },
        { text: 'The export report was released by the General Statistics Office on Tuesday, showing rice shipments fell. The report blames the drought in the Mekong delta.', source: 'Hanoi Markets' },
      ],
      flag: "Vietnam's Trade Ministry",
    },
  ],
  fine: [
    {
      // A live blog's entry stamp ("09:45") is when the entry was posted, not the event's time.
      articles: [
        { text: 'Sinkhole Swallows Car\n\nA sinkhole opened on a residential street in Villa Nueva shortly after 11 p.m. on Tuesday, the disaster agency said.', source: 'Isthmus Wire' },
        { text: 'Live: Villa Nueva Sinkhole\n\n09:45  A sinkhole opened on a residential street in Villa Nueva on Tuesday night, the disaster agency said.', source: 'Canal 7' },
      ],
    },
    {
      // Windows that meet: "about 4 a.m." and "shortly after 4 a.m."; "just before midnight" and "11.50 p.m.".
      articles: [
        { text: 'Ferry Runs Aground Off Lamu\n\nA passenger ferry ran aground on a sandbank off Lamu island at about 4 a.m. on Friday, the Kenya Maritime Authority said. A second boat sank just before midnight on Sunday near Pate island.', source: 'Coast Wire' },
        { text: 'Lamu Ferry Aground\n\nThe passenger ferry ran aground on a sandbank off Lamu island shortly after 4 a.m. on Friday, police said. A second boat sank at 11.50 p.m. on Sunday near Pate island.', source: 'Island Post' },
      ],
    },
    {
      // Two times in one sentence: which one is the event's is not read.
      articles: [
        { text: 'Ferry Runs Aground Off Lamu\n\nA passenger ferry that left Mokowe at 9 p.m. ran aground on a sandbank off Lamu island at 2 a.m. on Friday, the authority said.', source: 'Coast Wire' },
        { text: 'Lamu Ferry Aground\n\nThe passenger ferry ran aground on a sandbank off Lamu island at 2 a.m. on Friday, police said.', source: 'Island Post' },
      ],
    },
    {
      // The same body in both: "said in a notice" and "a notice from".
      articles: [
        { text: 'Night Ferries Suspended\n\nThe ferry company suspended night crossings, the Swedish Maritime Administration said in a notice issued on Tuesday.', source: 'Coastal Herald' },
        { text: 'Night Crossings Halted\n\nThe ferry company halted night crossings, according to a notice from the Swedish Maritime Administration.', source: 'Nordic Wire' },
      ],
    },
    {
      // The same share at two precisions, and written two ways.
      articles: [
        { text: 'Voters approved the pension reform, with 54.1 per cent of the vote in favour. Turnout was 68 per cent, the election board said.', source: 'Nordic Wire' },
        { text: 'Voters approved the pension reform, with 54 per cent of the vote in favour. Turnout was 68%, the election board said.', source: 'Copenhagen Post' },
      ],
    },
    {
      // The two sides' shares: together they make up the whole.
      articles: [
        { text: 'Slovenians Reject Water Law\n\nWith every ballot counted, 61.2 per cent of voters backed scrapping the water law, the electoral commission said on Monday.', source: 'Ljubljana Wire' },
        { text: 'Water Law Scrapped\n\nAccording to the electoral commission, 38.8 per cent voted to keep the water law, a heavy defeat for the government.', source: 'Adriatic Daily' },
      ],
    },
    {
      // Two distances that measure different things: how far away the refuge is, how close the fire came.
      articles: [
        { text: 'Residents were told to drive east to the town of Kamloops, about 120 kilometres away, where a reception centre opened on Tuesday.', source: 'Interior Herald' },
        { text: 'Residents were told to drive east on Tuesday as the fire came within three kilometres of the village, where a reception centre opened.', source: 'Valley Wire' },
      ],
    },
    {
      // Title-case headlines capitalise every word; a ministry and its minister are not two actors.
      articles: [
        { text: 'Flames Jump River Near Burns Lake\n\nThe province\'s Ministry of Forests and Range Management said crews would work through the night to hold the line.', source: 'Interior Herald' },
        { text: 'Wildfire Crosses River Near Burns Lake\n\nForests Minister Ravi Kahlon said crews would work through the night to hold the line.', source: 'Valley Wire' },
      ],
    },

    {
      // Rough figures that agree.
      articles: [
        { text: 'About 900 residents of the Alto district were evacuated on Sunday as the river rose, the fire service said.', source: 'Valley Post' },
        { text: 'Nearly 1,000 residents of the Alto district were evacuated on Sunday as the river kept rising, the fire service said.', source: 'Summit News' },
      ],
    },
    {
      // A past disaster's toll is not today's toll.
      articles: [
        { text: 'Floods killed 12 people in the Chilean city of Valparaiso on Monday, emergency officials said.', source: 'Andes Wire' },
        { text: 'In 2019, floods killed 230 people in the Chilean city of Valparaiso, emergency officials said on Monday.', source: 'Pacific Coast Daily' },
      ],
    },
    {
      // Aliases: the Pentagon is the Department of Defense.
      articles: [
        { text: 'A Pentagon memo seen by reporters describes the shipyard contract in Norfolk. The memo was dated June 2.', source: 'Tidewater News' },
        { text: 'A Department of Defense memo describes the shipyard contract in Norfolk. The memo has not been published.', source: 'Chesapeake Ledger' },
      ],
    },
    {
      // The same date written two ways.
      articles: [
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on March 3, 2026 in Nairobi, ending a decade of talks.', source: 'Rift Valley News' },
        { text: 'Kenya and Ethiopia signed the water-sharing treaty on 3 March 2026 in Nairobi, ending a decade of talks.', source: 'Horn Observer' },
      ],
    },
    {
      // Different facts in unrelated sentences.
      articles: [
        { text: 'The carmaker said it would cut 3,200 jobs in Saxony by the end of next year.', source: 'Rhine Business' },
        { text: 'Shares in the carmaker fell 4 percent in Frankfurt after the announcement, while rival suppliers in Bavaria rose.', source: 'Alpine Markets' },
      ],
    },
    {
      // The same issuer named with and without its descriptor.
      articles: [
        { text: 'A report released by the national statistics institute INEI said poverty in Peru fell to 27 percent last year. The report covers all 24 regions.', source: 'Lima Economic Review' },
        { text: 'A report released by INEI said poverty in Peru fell to 27 percent last year. The report also looked at rural incomes.', source: 'Andean Markets' },
      ],
    },
    {
      // An office and the ministry it sits inside are one issuer.
      articles: [
        { text: 'The inquiry report was published by the transport ministry\'s Civil Aviation Directorate after the runway incident in Gdansk. The report lists three failures.', source: 'Baltic Air News' },
        { text: 'The inquiry report was published by the Transport Ministry after the runway incident in Gdansk. The report lists three failures by the tower.', source: 'Pomorze Daily' },
      ],
    },
    {
      // A weekday after the descriptor is not a name.
      articles: [
        { text: 'A report released by the central bank Friday said inflation in Ghana slowed for a fifth month. The report expects rates to fall.', source: 'Accra Finance' },
        { text: 'A report released by the central bank on Friday said inflation in Ghana slowed for a fifth month. The report sees room for a cut.', source: 'West Africa Markets' },
      ],
    },
    {
      // "more than 30" is consistent with 38.
      articles: [
        { text: 'The landslide in the Colombian department of Antioquia injured 38 people on Sunday, the regional governor said.', source: 'Medellin Post' },
        { text: 'The landslide in the Colombian department of Antioquia injured more than 30 people on Sunday, the regional governor said.', source: 'Caribbean Wire' },
      ],
    },
    {
      // A ceiling and a figure under it; a rough figure and an exact one close to it.
      articles: [
        { text: 'The brewer said it would cut up to 400 jobs at its plant near Leuven, and about 120 contractors would also be let go.', source: 'Flanders Business' },
        { text: 'The brewer said it would cut 350 jobs at its plant near Leuven, and 130 contractors would also be let go.', source: 'Benelux Markets' },
      ],
    },
    {
      // "more than 40" and "at least 43" can both be true.
      articles: [
        { text: 'Flash floods in the Afghan province of Baghlan have killed more than 40 people, a provincial spokesman said on Saturday.', source: 'Kabul Wire' },
        { text: 'Flash floods in the Afghan province of Baghlan have killed at least 43 people, a provincial spokesman said on Saturday.', source: 'Hindu Kush Times' },
      ],
    },
    {
      // A weekday in the gap between shared words is not a different actor.
      articles: [
        { text: 'Protesters blocked the main road into the port of Durban on Monday and again at dawn, police said.', source: 'Natal Wire' },
        { text: 'Protesters blocked the main road into the port of Durban on Tuesday and again at dawn, police said.', source: 'Indian Ocean Post' },
      ],
    },
  ],
});
