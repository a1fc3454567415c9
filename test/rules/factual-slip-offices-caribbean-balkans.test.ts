// The Jamaican and North Macedonian offices in the record, seen through factual-slip/office-title:
// a predecessor still given the title, "former" for the sitting holder, and their correct neighbours.
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'Prime Minister Zoran Zaev opened the new motorway section near Kičevo on Thursday.', flag: 'Prime Minister Zoran Zaev', publishedAt: '2025-09-18' },
    { text: 'Macedonian President Stevo Pendarovski met the Albanian delegation in Skopje on Monday.', flag: 'Macedonian President Stevo Pendarovski', publishedAt: '2025-03-03' },
    { text: 'Jamaican Prime Minister Bruce Golding toured the bauxite plant in Mandeville on Friday.', flag: 'Jamaican Prime Minister Bruce Golding', publishedAt: '2024-10-04' },
    { text: 'Former Prime Minister Andrew Holness addressed the tourism conference in Montego Bay on Wednesday.', flag: 'Former Prime Minister Andrew Holness', publishedAt: '2025-01-15' },
    { text: 'Prime Minister Portia Simpson Miller cut the ribbon at the new clinic in Spanish Town on Tuesday.', flag: 'Prime Minister Portia Simpson Miller', publishedAt: '2024-11-05' },
  ],
  fine: [
    { text: 'Prime Minister Hristijan Mickoski opened the new motorway section near Kičevo on Thursday.', publishedAt: '2025-09-18' },
    { text: 'Former Prime Minister Zoran Zaev told a panel in Ohrid that the name agreement had held.', publishedAt: '2025-09-18' },
    { text: 'President Gordana Siljanovska-Davkova met the Albanian delegation in Skopje on Monday.', publishedAt: '2025-03-03' },
    { text: 'Prime Minister Andrew Holness toured the bauxite plant in Mandeville on Friday.', publishedAt: '2024-10-04' },
    { text: 'Former Prime Minister Portia Simpson-Miller attended the unveiling of her portrait in Kingston on Tuesday.', publishedAt: '2024-11-05' },
  ],
});
