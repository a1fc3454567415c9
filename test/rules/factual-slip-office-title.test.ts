import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // "head of state" is a title of every head-of-state office (kindTitles in the data).
    { text: "Taiwan's head of state, Tsai Ing-wen, sent a message of support to the flood victims on Tuesday.", flag: "Taiwan's head of state, Tsai Ing-wen", publishedAt: '2026-06-17' },
    // The act's time after a quoted object and a noun joined by "and".
    { text: 'Gerhard Schröder, then Germany\'s chancellor, called the port and its canal "the gate to the east" during a visit to Gdańsk in 2007.', flag: "Gerhard Schröder, then Germany's chancellor", publishedAt: '2025-04-09' },
    // A courtesy title between the office and the name ("Sheikh", "Dr.") belongs to the name.
    { text: 'Qatari Prime Minister Sheikh Khalid bin Khalifa Al Thani opened the new port terminal on Tuesday.', flag: 'Qatari Prime Minister Sheikh Khalid bin Khalifa Al Thani', publishedAt: '2025-06-12' },
    { text: 'Maldivian President Dr. Ibrahim Mohamed Solih opened the new runway on Tuesday.', flag: 'Maldivian President Dr. Ibrahim Mohamed Solih', publishedAt: '2025-06-12' },
    // "as <title>" with the act's time: the title held then.
    { text: "The forts were on the itinerary of Boris Johnson's February 2024 trip to Muscat as prime minister.", flag: "Boris Johnson's February 2024 trip to Muscat as prime minister", publishedAt: '2025-04-14' },
    { text: 'Angela Merkel visited the shipyard in Gdańsk in 2023 as chancellor.', flag: 'Angela Merkel visited the shipyard in Gdańsk in 2023 as chancellor', publishedAt: '2025-04-14' },
    { text: "Rishi Sunak's 2024 budget as chancellor raised taxes on landlords.", flag: "Rishi Sunak's 2024 budget as chancellor", publishedAt: '2025-04-14' },
    // "former" for a sitting leader, in a sentence dated before any term ended.
    { text: "The rail link was a pledge made by former president Claudia Sheinbaum during last year's campaign.", flag: 'former president Claudia Sheinbaum', publishedAt: '2025-04-18' },
    { text: 'Exports have climbed since former Turkish president Recep Tayyip Erdoğan and Prime Minister Kyriakos Mitsotakis signed an accord.', flag: 'former Turkish president Recep Tayyip Erdoğan', publishedAt: '2025-11-14' },
    // "<Country>, whose <title>(,) X(,)": the country's office, on the article date or the act's own.
    { text: 'Britain, whose prime minister, Rishi Sunak, has backed the subsea cable, is offering grants to the islands.', flag: 'prime minister, Rishi Sunak', publishedAt: '2025-05-15' },
    { text: 'The IMF, whose managing director, Christine Lagarde, has praised the reform, will send a mission next month.', flag: 'managing director, Christine Lagarde', publishedAt: '2024-03-12' },
    { text: 'Brazil, whose president Jair Bolsonaro pledged $40 million for the dam in March 2024, has also trained engineers.', flag: 'president Jair Bolsonaro', publishedAt: '2025-05-15' },
    // A titled name's possessive with a year.
    { text: "The port was promised during president Jair Bolsonaro's 2024 visit to Luanda.", flag: 'president Jair Bolsonaro', publishedAt: '2025-05-15' },
    { text: 'Canadian premier Justin Trudeau met union leaders in Ottawa on Monday.', flag: 'Canadian premier Justin Trudeau', publishedAt: '2025-10-15' },
    // "former" in an appositive after the name says the same as before it.
    { text: 'The fisheries deal was signed by Pedro Sánchez, the former Spanish prime minister, in Vigo on Friday.', flag: 'Pedro Sánchez, the former Spanish prime minister', publishedAt: '2025-10-10' },
    { text: 'Chancellor Olaf Scholz told the Bundestag that the budget would be balanced by 2027.', flag: 'Chancellor Olaf Scholz', publishedAt: '2025-09-03' },
    { text: 'Speaking in Osaka, Prime Minister Fumio Kishida promised new support for rice farmers.', flag: 'Prime Minister Fumio Kishida', publishedAt: '2025-02-10' },
    { text: 'Former Prime Minister Mark Carney visited the flooded towns in British Columbia on Friday.', flag: 'Former Prime Minister Mark Carney', publishedAt: '2025-06-20' },
    { text: 'The decree on Amazon logging was signed on Monday by President Jair Bolsonaro in Brasília.', flag: 'President Jair Bolsonaro', publishedAt: '2024-05-02' },
    { text: 'Former President Claudia Sheinbaum, who took office on October 1, 2024, announced a new pension plan.', flag: 'Former President Claudia Sheinbaum' },
    { text: 'Seoul hosted President Lee Jae-myung for talks on the chip alliance.', flag: 'President Lee Jae-myung', publishedAt: '2024-04-18' },
    { text: 'King Charles III opened the new wing of the hospital in Cardiff.', flag: 'King Charles III', publishedAt: '2021-06-01' },
    { text: 'The envoy met Vice President Mike Pence at the White House this week.', flag: 'Vice President Mike Pence', publishedAt: '2023-05-11' },
    { text: 'Prime Minister Theresa May says the Conservative Party must win back younger voters.', flag: 'Prime Minister Theresa May', publishedAt: '2024-02-01' },
    { text: 'Seoul prosecutors say President Yoon Suk Yeol remains in custody.', flag: 'President Yoon Suk Yeol', publishedAt: '2025-11-15' },
    // Countries added to the record beyond the G20 (terms from about 2000).
    { text: 'Prime Minister Alexander De Croo opened the new container terminal in Antwerp on Monday.', flag: 'Prime Minister Alexander De Croo', publishedAt: '2025-10-06' },
    { text: 'Dutch Prime Minister Mark Rutte told reporters in The Hague that the asylum bill would pass.', flag: 'Dutch Prime Minister Mark Rutte', publishedAt: '2025-01-10' },
    { text: 'Former Prime Minister Pedro Sánchez told the Congress of Deputies that the budget would be presented in the autumn.', flag: 'Former Prime Minister Pedro Sánchez', publishedAt: '2025-09-17' },
    { text: 'President Andrzej Duda vetoed the media bill on Thursday, his office said.', flag: 'President Andrzej Duda', publishedAt: '2025-10-02' },
    { text: 'Prime Minister Denys Shmyhal met European energy ministers in Kyiv on Tuesday to discuss winter supplies.', flag: 'Prime Minister Denys Shmyhal', publishedAt: '2025-11-04' },
    { text: 'Chancellor Karl Nehammer presented the new budget to parliament in Vienna.', flag: 'Chancellor Karl Nehammer', publishedAt: '2025-05-13' },
    { text: 'Prime Minister Sheikh Hasina inaugurated the new metro line in Dhaka this week.', flag: 'Prime Minister Sheikh Hasina', publishedAt: '2025-03-20' },
    { text: 'Former Prime Minister Benjamin Netanyahu addressed the Knesset on Monday as the hostage talks resumed.', flag: 'Former Prime Minister Benjamin Netanyahu', publishedAt: '2025-06-02' },
    { text: 'Thai Prime Minister Srettha Thavisin promised new stimulus for rice farmers on Friday.', flag: 'Thai Prime Minister Srettha Thavisin', publishedAt: '2025-02-14' },
    { text: 'President To Lam welcomed the visiting trade delegation in Hanoi on Wednesday.', flag: 'President To Lam', publishedAt: '2025-04-16' },
    { text: 'President Rodrigo Duterte inspected the flood defences in Manila on Monday.', flag: 'President Rodrigo Duterte', publishedAt: '2024-09-02' },
    { text: 'Nigerian President Muhammadu Buhari signed the budget into law in Abuja.', flag: 'Nigerian President Muhammadu Buhari', publishedAt: '2024-01-05' },
    { text: 'Former President Gustavo Petro, who was sworn in on August 7, 2022, defended the peace talks.', flag: 'Former President Gustavo Petro' },
    // The title set off by commas, before or after the name.
    { text: "Japan's prime minister, Fumio Kishida, met rice farmers in Niigata on Monday.", flag: "Japan's prime minister, Fumio Kishida", publishedAt: '2025-02-10' },
    { text: "Britain's prime minister, Rishi Sunak, told the Commons on Wednesday that the levy would stay.", flag: "Britain's prime minister, Rishi Sunak", publishedAt: '2025-03-05' },
    { text: 'The Mexican president, Andrés Manuel López Obrador, has promised to finish the refinery this year.', flag: 'Mexican president, Andrés Manuel López Obrador', publishedAt: '2025-03-01' },
    { text: "Olaf Scholz, Germany's chancellor, said on Tuesday that the budget would be balanced.", flag: "Olaf Scholz, Germany's chancellor", publishedAt: '2025-09-03' },
    { text: 'Mark Rutte, the Dutch prime minister, told reporters in The Hague that the asylum bill would pass.', flag: 'Mark Rutte, the Dutch prime minister', publishedAt: '2025-01-10' },
    { text: "Jens Stoltenberg, NATO's secretary-general, told allies on Thursday to spend more.", flag: "Jens Stoltenberg, NATO's secretary-general", publishedAt: '2025-02-13' },
    { text: 'ECB President Mario Draghi said on Thursday that rates would stay on hold.', flag: 'ECB President Mario Draghi', publishedAt: '2024-03-07' },
    // "former" in its other spellings: "ex-" written onto the title, "one-time", "erstwhile".
    { text: 'Ex-PM Keir Starmer toured the flooded towns in Yorkshire on Friday.', flag: 'Ex-PM Keir Starmer', publishedAt: '2025-06-02' },
    { text: 'Across the border, ex-president Luiz Inácio Lula da Silva told a farm fair in Goiânia on Tuesday that the tariffs would be answered.', flag: 'ex-president Luiz Inácio Lula da Silva', publishedAt: '2025-08-12' },
    { text: 'Pedro Sánchez, the one-time Spanish prime minister, addressed the rally in Seville on Sunday.', flag: 'Pedro Sánchez, the one-time Spanish prime minister', publishedAt: '2025-10-10' },
    { text: 'The erstwhile chancellor Olaf Scholz met dairy farmers in Bavaria on Monday.', flag: 'erstwhile chancellor Olaf Scholz', publishedAt: '2025-03-03' },
    // "then-<title>" claims the office at the time of the act it takes part in.
    { text: 'The airport expansion was approved in 2023 by then-prime minister Boris Johnson.', flag: 'then-prime minister Boris Johnson', publishedAt: '2025-06-02' },
    { text: 'In 2025, then-president Andrés Manuel López Obrador opened the refinery at Dos Bocas.', flag: 'then-president Andrés Manuel López Obrador', publishedAt: '2025-09-01' },
    { text: 'Luiz Inácio Lula da Silva, then president, signed the Amazon decree in 2015.', flag: 'Luiz Inácio Lula da Silva, then president', publishedAt: '2025-09-01' },
    { text: 'The energy talks were hosted in March 2020 by the then chancellor, Olaf Scholz, and the Norwegian premier.', flag: 'then chancellor, Olaf Scholz', publishedAt: '2025-09-01' },
    // Foreign ministers of the record (US secretaries of state, EU High Representatives), also by descriptive titles.
    { text: "U.S. Secretary of State Mike Pompeo toured the refugee camps near Cox's Bazar on Tuesday.", flag: 'U.S. Secretary of State Mike Pompeo', publishedAt: '2022-03-15' },
    { text: "Hillary Clinton, America's top diplomat, told reporters in Nairobi on Friday that aid would continue.", flag: "Hillary Clinton, America's top diplomat", publishedAt: '2016-05-06' },
    { text: 'EU foreign policy chief Federica Mogherini met the Serbian and Kosovan leaders in Brussels on Monday.', flag: 'EU foreign policy chief Federica Mogherini', publishedAt: '2021-03-01' },
    { text: "The EU's top diplomat, Josep Borrell, told ministers in Luxembourg on Monday that the mission would be extended.", flag: "The EU's top diplomat, Josep Borrell", publishedAt: '2025-04-14' },
    // "<title> at the time, X" / "X, the <title> at the time,": a "then-" claim about the act's time.
    { text: "The interim nuclear deal was sealed in 2013 by the EU's foreign policy chief at the time, Federica Mogherini, after talks in Geneva.", flag: "the EU's foreign policy chief at the time, Federica Mogherini", publishedAt: '2025-06-02' },
    { text: "Exports grew under a 2016 rice trade pact signed by Japan's prime minister at the time, Yoshihide Suga, and Vietnam's government.", flag: "Japan's prime minister at the time, Yoshihide Suga", publishedAt: '2025-06-02' },
    { text: 'Rex Tillerson, the secretary of state at the time, visited Ankara in 2019 to press for the pastor’s release.', flag: 'Rex Tillerson, the secretary of state at the time', publishedAt: '2025-06-02' },
  ],
  fine: [
    { text: "Germany's head of state, Frank-Walter Steinmeier, sent a message of support to the flood victims on Tuesday.", publishedAt: '2025-06-17' },
    { text: 'Gerhard Schröder, then Germany\'s chancellor, called the port and its canal "the gate to the east" during a visit to Gdańsk in 2004.', publishedAt: '2025-04-09' },
    { text: 'Emir Sheikh Tamim bin Hamad Al Thani opened the new port terminal on Tuesday.', publishedAt: '2025-06-12' },
    { text: 'President Dr. Mohamed Muizzu opened the new runway on Tuesday.', publishedAt: '2025-06-12' },
    // A provincial premier is another office.
    { text: 'Ontario Premier Doug Ford said the tariffs would cost 50,000 jobs.', publishedAt: '2025-10-15' },
    { text: 'Mark Rutte, the former Dutch prime minister, now leads NATO from Brussels.', publishedAt: '2025-10-10' },
    { text: 'Ursula von der Leyen, the former German defence minister, addressed the parliament in Strasbourg.', publishedAt: '2025-10-10' },
    // Known to the record only from EU offices: their national titles are not in it.
    { text: 'Prime Minister Donald Tusk told parliament in Warsaw that the judicial reform bill would pass by June.', publishedAt: '2025-03-10' },
    { text: 'In 2016, Prime Minister António Costa announced a new budget for Portugal.', publishedAt: '2025-03-10' },
    { text: 'Prime Minister Keir Starmer announced the spending review in London.', publishedAt: '2025-02-12' },
    // The record for the UK premiership is unsettled after July 2026.
    { text: 'Prime Minister Keir Starmer announced the spending review in London.', publishedAt: '2026-08-01' },
    { text: "Jordan's King Abdullah met European leaders in Brussels on Monday.", publishedAt: '2025-04-14' },
    { text: 'Former Prime Minister Shinzo Abe was assassinated in Nara in 2022.', publishedAt: '2025-07-08' },
    { text: 'Then-Chancellor Angela Merkel opened the border to refugees in 2015.', publishedAt: '2025-09-01' },
    { text: 'Queen Elizabeth II opened the bridge over the Severn in 1966.', publishedAt: '2025-09-01' },
    { text: '“President Biden would never have allowed this,” the senator told reporters.', publishedAt: '2025-06-02' },
    { text: 'Acting President Choi Sang-mok met President Yoon Suk Yeol’s lawyers.', publishedAt: '2025-01-10' },
    { text: 'Russian President Vladimir Putin hosted Indian Prime Minister Narendra Modi in Moscow.', publishedAt: '2024-07-08' },
    { text: 'University President Kim Dong-won said the campus would reopen next week.', publishedAt: '2025-03-02' },
    // Past tense, long after the term: history, not a slip.
    { text: 'The pension reform, first proposed by Chancellor Gerhard Schröder, passed the Bundestag.', publishedAt: '2025-10-01' },
    { text: 'Prime Minister Shigeru Ishiba resigned in September after the upper-house defeat.', publishedAt: '2025-11-15' },
    { text: 'At 3 pm Narendra Modi addressed the rally in Varanasi.', publishedAt: '2025-11-15' },
    // Countries added to the record beyond the G20.
    { text: 'Prime Minister Bart De Wever met union leaders in Brussels on Monday, a week after former Prime Minister Alexander De Croo criticised the pension plan.', publishedAt: '2025-10-06' },
    { text: 'Former Prime Minister Mark Rutte, now NATO secretary-general, visited Kyiv on Thursday.', publishedAt: '2025-04-10' },
    { text: 'President Volodymyr Zelensky met Prime Minister Yulia Svyrydenko and Chancellor Christian Stocker in Kyiv.', publishedAt: '2025-09-01' },
    { text: 'Former Prime Minister Sheikh Hasina was sentenced in absentia by the tribunal in Dhaka.', publishedAt: '2025-11-17' },
    { text: 'In 2019, Prime Minister Mateusz Morawiecki pledged to raise the minimum wage.', publishedAt: '2025-03-10' },
    { text: 'Pakistani Prime Minister Shehbaz Sharif said former Prime Minister Imran Khan would remain in jail.', publishedAt: '2025-05-12' },
    { text: 'President Lai Ching-te and Vice President Hsiao Bi-khim greeted former President Tsai Ing-wen in Taipei.', publishedAt: '2025-10-10' },
    { text: 'Taoiseach Micheál Martin welcomed Finnish President Alexander Stubb, a former prime minister, to Dublin.', publishedAt: '2025-03-05' },
    { text: 'Prime Minister Anwar Ibrahim hosted the regional summit in Kuala Lumpur.', publishedAt: '2025-10-26' },
    // The Dutch record is unsettled after the October 2025 election.
    { text: 'Prime Minister Dick Schoof chaired his last cabinet meeting in The Hague.', publishedAt: '2026-02-01' },
    // Titles set off by commas that the record agrees with, or that make another claim.
    { text: "Japan's prime minister, Shigeru Ishiba, met rice farmers in Niigata on Monday.", publishedAt: '2025-02-10' },
    { text: "Keir Starmer, Britain's prime minister, told the Commons on Wednesday that the levy would stay.", publishedAt: '2025-03-05' },
    { text: 'As prime minister, Rishi Sunak pushed the Rwanda plan through parliament.', publishedAt: '2025-03-05' },
    { text: 'Rishi Sunak, the prime minister who called the July election, lost his seat majority.', publishedAt: '2025-03-05' },
    { text: "Toyota's president, Koji Sato, said sales rose in Europe.", publishedAt: '2025-03-05' },
    { text: 'The former president, Jair Bolsonaro, is barred from office until 2030.', publishedAt: '2025-03-05' },
    { text: "Alberto Fernández, Argentina's president from 2019 to 2023, testified in court on Monday.", publishedAt: '2025-03-05' },
    { text: 'Boris Johnson, the prime minister, told MPs in 2021 that the rules had been followed.', publishedAt: '2025-03-05' },
    { text: 'The Argentine president, Javier Milei, has pushed for a new port law.', publishedAt: '2025-10-27' },
    // "ex-" and "then-" with the record agreeing, or with a time that dates another act.
    { text: 'Ex-president Jacob Zuma appeared in court in Pietermaritzburg on Monday.', publishedAt: '2025-06-02' },
    { text: 'The Tren Maya was inaugurated in 2023 by then-president Andrés Manuel López Obrador.', publishedAt: '2025-06-02' },
    { text: 'The treaty signed by then-president Barack Obama was abandoned in 2018.', publishedAt: '2025-06-02' },
    { text: "Then-chancellor Angela Merkel's 2015 decision to open the border was debated again in 2024.", publishedAt: '2025-06-02' },
    { text: 'In 2023 the court struck down the law signed by then-chancellor Angela Merkel.', publishedAt: '2025-06-02' },
    { text: 'The bill passed the Senate in 2021, and then President Joe Biden signed it.', publishedAt: '2021-06-02' },
    { text: 'Vice-president Kamala Harris travelled to Manila in 2022.', publishedAt: '2025-06-02' },
    { text: 'Kamala Harris, the vice-president, travelled to Manila in 2022.', publishedAt: '2025-06-02' },
    { text: 'Boris Johnson, then prime minister, told MPs in 2021 that the rules had been followed.', publishedAt: '2025-06-02' },
    { text: 'In 2019, then-prime minister Theresa May resigned after three defeats in parliament.', publishedAt: '2025-06-02' },
    { text: 'The reform, drafted under then-chancellor Gerhard Schröder, was repealed in 2015.', publishedAt: '2025-06-02' },
    // Foreign ministers the record agrees with, or does not know.
    { text: 'Secretary of State Marco Rubio met Indian officials in New Delhi on Monday.', publishedAt: '2025-06-02' },
    { text: "Kaja Kallas, the EU's top diplomat, said on Tuesday that the sanctions would stay in place.", publishedAt: '2025-06-03' },
    { text: "China's top diplomat, Wang Yi, met his Brazilian counterpart in Brasília on Thursday.", publishedAt: '2025-06-05' },
    { text: 'Former secretary of state Hillary Clinton spoke at the rally in Philadelphia.', publishedAt: '2024-08-20' },
    { text: 'Condoleezza Rice, the former secretary of state, now teaches at Stanford.', publishedAt: '2024-08-20' },
    // "at the time" with a time inside the term, or no time for the act.
    { text: 'The accord, signed in 2015 by the secretary of state at the time, John Kerry, was abandoned three years later.', publishedAt: '2025-06-02' },
    { text: "The arms treaty was a 2010 deal signed by Russia's president at the time, Dmitry Medvedev, and the US.", publishedAt: '2025-06-02' },
    { text: "The 2016 report was praised by Japan's prime minister at the time, Fumio Kishida.", publishedAt: '2025-06-02' },
    { text: 'Gordon Brown, the prime minister at the time, said in 2008 that the banks would be rescued.', publishedAt: '2025-06-02' },
    // "whose <title>, X," of a body the record does not know, or with the record agreeing.
    { text: 'The foundation, whose president, Barack Obama, has promoted the scholarship, opened an office in Nairobi.', publishedAt: '2025-11-05' },
    { text: 'Britain, whose prime minister, Rishi Sunak, pledged support on Monday, sent two ships.', publishedAt: '2023-05-15' },
    { text: 'Mexico, whose president, Claudia Sheinbaum, has promoted a rail corridor, is offering incentives.', publishedAt: '2025-11-05' },
    { text: "The port was promised during Prime Minister Anthony Albanese's 2023 visit to Suva.", publishedAt: '2025-05-15' },
    { text: "In 2022, former President Donald Trump announced another run from his Florida club.", publishedAt: '2025-03-14' },
    // "as <title>" inside the term, of another office, of a pronoun's time or of another person.
    { text: "Barack Obama's 2009 speech in Cairo as president drew large crowds.", publishedAt: '2025-04-14' },
    { text: "Barack Obama's 2019 speech in Nairobi as president of the foundation drew large crowds.", publishedAt: '2025-04-14' },
    { text: "Boris Johnson's 2023 memoir of his years as prime minister sold well in Australia.", publishedAt: '2025-04-14' },
    { text: 'Barack Obama met Emmanuel Macron in 2019 as president of the Elysée forum.', publishedAt: '2025-04-14' },
    { text: 'Angela Merkel in 2023 defended her record as chancellor on migration.', publishedAt: '2025-04-14' },
    { text: "Rishi Sunak's 2021 budget as chancellor raised taxes on landlords.", publishedAt: '2025-04-14' },
  ],
});
