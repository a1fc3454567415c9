import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
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
  ],
  fine: [
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
  ],
});
