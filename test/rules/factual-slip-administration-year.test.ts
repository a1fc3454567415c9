import rule from '../../rules/factual-slip/administration-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'Italy’s deficit widened under Meloni in 2020, the audit office said.', flag: 'under Meloni in 2020' },
    { text: 'The Modi government in 2010 launched a rural jobs scheme that still runs today.', flag: 'Modi government in 2010' },
    { text: 'Critics compared the cuts with Albanese’s 2019 budget, which trimmed foreign aid.', flag: 'Albanese’s 2019 budget' },
    { text: 'In 2016, the Starmer government raised the cap on tuition fees.', flag: 'Starmer government' },
    { text: 'Exports to China fell under Prime Minister Takaichi in 2023, customs data show.', flag: 'under Prime Minister Takaichi in 2023' },
    // An act dated to the weeks before the article, by a government that had left office.
    { text: 'The Trudeau government signed the pipeline accord last week in Edmonton.', flag: 'Trudeau government signed', publishedAt: '2025-10-15' },
    { text: 'Germany’s Scholz government agreed on Monday to send more air-defence systems to Kyiv.', flag: 'Scholz government agreed', publishedAt: '2025-10-15' },
    // The tagger reads "set" after the year as a noun; it is the verb of the clause.
    { text: 'The relief fund created by the Abe government in 2021 set aside ¥500 billion for small firms in Tohoku.', flag: 'Abe government in 2021' },
  ],
  fine: [
    // "X's YEAR budget" of another office X held that year (finance minister before premier).
    { text: "Rishi Sunak's 2021 budget raised the tax on corporate profits.", publishedAt: '2025-04-14' },
    { text: 'The Lula government in 2005 expanded the Bolsa Família cash-transfer programme.' },
    { text: 'The Trump administration in 2019 imposed tariffs on $300 billion of Chinese goods.' },
    // Before the record begins: another Johnson governed then.
    { text: 'The Johnson administration in 1965 signed Medicare into law.' },
    { text: 'Trump’s 2024 campaign raised record sums from small donors.' },
    { text: 'The Sheinbaum government has pledged to cut emissions by 2030.' },
    { text: 'The Merkel government’s 2015 decision to admit refugees still divides Germany.' },
    { text: 'The Macron government, which took office in 2017, raised fuel taxes in 2018.' },
    { text: 'The Carney government signed the pipeline accord last week in Edmonton.', publishedAt: '2025-10-15' },
    // The date belongs to the senator's remark, not to the old government's act.
    { text: 'The Trudeau government tried a similar levy, Senator Ann Wells said on Tuesday.', publishedAt: '2025-10-15' },
    { text: 'Tariffs imposed by the Biden administration were lifted last week.', publishedAt: '2025-10-15' },
    // A year that qualifies a unit is not the time of an act.
    { text: 'Spending by the Abe government in 2015 yen was lower than the opposition claimed.' },
    { text: 'The Kishida government in 2022 set aside ¥1 trillion for chip plants in Kumamoto.' },
  ],
});
