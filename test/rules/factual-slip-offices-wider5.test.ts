import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

// Offices added in the fourth round: foreign ministers of large countries (titled with their
// country: "Japanese Foreign Minister", "China's foreign minister"), the US treasury secretary
// and Federal Reserve chair, and the prime ministers of Algeria, Tunisia, Egypt, Mongolia,
// Kuwait and Jordan. A bare "Foreign Minister" is judged only for someone the record has in a
// country whose foreign ministers it keeps (it also names foreign ministers of countries the
// record lacks), so the fine examples include a leader of another country.
testRule(rule, {
  flagged: [
    { text: 'Japanese Foreign Minister Taro Kono met fisheries officials in Hakodate on Sunday.', flag: 'Japanese Foreign Minister Taro Kono', publishedAt: '2022-03-06' },
    { text: 'Saudi Foreign Minister Adel al-Jubeir opened the new consulate in Karachi on Monday.', flag: 'Saudi Foreign Minister Adel al-Jubeir', publishedAt: '2021-05-03' },
    { text: "China's foreign minister, Qin Gang, toured the container terminal in Piraeus on Tuesday.", flag: "China's foreign minister, Qin Gang", publishedAt: '2024-03-12' },
    { text: 'Former Turkish Foreign Minister Hakan Fidan attended the grain corridor talks in Istanbul.', flag: 'Former Turkish Foreign Minister Hakan Fidan', publishedAt: '2024-07-16' },
    { text: 'Treasury Secretary Steven Mnuchin addressed the bond market conference in Chicago on Tuesday.', flag: 'Treasury Secretary Steven Mnuchin', publishedAt: '2022-05-10' },
    { text: 'Fed Chair Janet Yellen told the farm credit forum on Wednesday that rates would stay on hold.', flag: 'Fed Chair Janet Yellen', publishedAt: '2019-03-20' },
    { text: 'Prime Minister Abdelmalek Sellal opened the desalination plant in Oran on Sunday.', flag: 'Prime Minister Abdelmalek Sellal', publishedAt: '2019-06-02' },
    { text: 'Prime Minister Bisher Khasawneh inaugurated the Aqaba water project on Sunday.', flag: 'Prime Minister Bisher Khasawneh', publishedAt: '2025-02-02' },
  ],
  fine: [
    { text: 'Japanese Foreign Minister Taro Kono met fisheries officials in Hakodate on Sunday.', publishedAt: '2018-06-10' },
    { text: 'Indian External Affairs Minister S. Jaishankar opened the passport office in Pune on Friday.', publishedAt: '2021-02-05' },
    { text: 'Former Spanish Foreign Minister Arancha González Laya now teaches at Sciences Po.', publishedAt: '2023-10-04' },
    { text: 'German Foreign Minister Johann Wadephul landed in Vilnius on Monday.', publishedAt: '2025-06-02' },
    { text: 'Foreign Minister Lars Løkke Rasmussen met the Faroese delegation on Monday.', publishedAt: '2025-02-03' },
    { text: 'Treasury Secretary Janet Yellen told the farm credit forum on Wednesday that the debt limit must rise.', publishedAt: '2023-05-03' },
    { text: 'Prime Minister Abdelmadjid Tebboune visited the steel works in Annaba on Monday.', publishedAt: '2017-07-03' },
    { text: 'Prime Minister Youssef Chahed opened the new hospital in Sfax on Sunday.', publishedAt: '2018-03-04' },
  ],
});
