// The second wider coverage of the offices record (Africa, the Balkans, the Pacific, the IAEA),
// seen through factual-slip/office-title: a predecessor still given the title or "former" for the
// sitting holder, and their correct neighbours (a title two countries' copy shares included).
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'Namibian President Hage Geingob toured the green hydrogen site near Lüderitz on Monday.', flag: 'Namibian President Hage Geingob', publishedAt: '2025-03-10' },
    { text: 'Montenegrin President Milo Đukanović received the EU accession negotiators in Cetinje on Monday.', flag: 'Montenegrin President Milo Đukanović', publishedAt: '2024-05-20' },
    { text: 'IAEA Director General Yukiya Amano said on Monday that inspectors had returned to the enrichment plant.', flag: 'IAEA Director General Yukiya Amano', publishedAt: '2024-07-01' },
    { text: 'Kosovar President Hashim Thaçi opened the new border crossing at Merdare on Saturday.', flag: 'Kosovar President Hashim Thaçi', publishedAt: '2024-02-10' },
    { text: 'Solomon Islands Prime Minister Manasseh Sogavare signed the fisheries accord in Suva on Friday.', flag: 'Solomon Islands Prime Minister Manasseh Sogavare', publishedAt: '2024-06-07' },
    { text: 'Malian President Ibrahim Boubacar Keita received the mining delegation in Bamako on Tuesday.', flag: 'Malian President Ibrahim Boubacar Keita', publishedAt: '2024-10-01' },
    { text: 'Former Prime Minister Sam Matekane addressed the textile workers in Maseru on Thursday.', flag: 'Former Prime Minister Sam Matekane', publishedAt: '2024-06-13' },
  ],
  fine: [
    { text: 'President Netumbo Nandi-Ndaitwah toured the green hydrogen site near Lüderitz on Monday.', publishedAt: '2025-04-07' },
    { text: 'Montenegrin President Jakov Milatović received the EU accession negotiators in Cetinje on Monday.', publishedAt: '2024-05-20' },
    { text: 'IAEA Director General Rafael Grossi said on Monday that inspectors had returned to the enrichment plant.', publishedAt: '2024-07-01' },
    { text: 'Kosovo Prime Minister Albin Kurti opened the new border crossing at Merdare on Saturday.', publishedAt: '2024-02-10' },
    { text: 'Former Prime Minister Manasseh Sogavare told the fisheries forum in Suva on Friday that the accord was overdue.', publishedAt: '2024-06-07' },
    { text: "Lesotho's Prime Minister Sam Matekane addressed the textile workers in Maseru on Thursday.", publishedAt: '2024-06-13' },
    { text: 'Congolese President Denis Sassou Nguesso opened the refinery extension in Pointe-Noire on Monday.', publishedAt: '2024-09-02' },
    { text: 'Timorese President José Ramos-Horta welcomed the ASEAN delegation in Jakarta on Tuesday.', publishedAt: '2024-10-08' },
  ],
});
