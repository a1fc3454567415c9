// The wider offices record (Gulf, Central Asia, Africa, Latin America, Europe, Asia-Pacific,
// international bodies, UK foreign secretaries) seen through factual-slip/office-title.
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // A predecessor still called by the title.
    { text: 'President Macky Sall inaugurated the new rail link to the Dakar airport on Tuesday.', flag: 'President Macky Sall', publishedAt: '2025-03-11' },
    { text: 'Ecuadorian President Guillermo Lasso visited the flooded banana farms near Guayaquil on Monday.', flag: 'Ecuadorian President Guillermo Lasso', publishedAt: '2025-02-10' },
    { text: "Qatar's prime minister, Khalid bin Khalifa Al Thani, received the mediators in Doha on Sunday.", flag: "Qatar's prime minister, Khalid bin Khalifa Al Thani", publishedAt: '2025-04-14' },
    { text: 'WHO Director-General Margaret Chan warned health ministers in Geneva on Wednesday about the measles outbreak.', flag: 'WHO Director-General Margaret Chan', publishedAt: '2024-05-22' },
    { text: 'Foreign Secretary David Lammy met his Japanese counterpart in London on Thursday to discuss shipbuilding.', flag: 'Foreign Secretary David Lammy', publishedAt: '2025-11-13' },
    // "former" for the sitting holder.
    { text: 'Former President Bassirou Diomaye Faye opened the new fishing harbour in Saint-Louis on Saturday.', flag: 'Former President Bassirou Diomaye Faye', publishedAt: '2025-05-10' },
    // "then-" with a year outside every term.
    { text: 'The phosphate export deal was signed in 2015 by then-president Kais Saied.', flag: 'then-president Kais Saied', publishedAt: '2025-06-02' },
  ],
  fine: [
    { text: 'President Bassirou Diomaye Faye opened the new fishing harbour in Saint-Louis on Saturday.', publishedAt: '2025-05-10' },
    { text: 'Former President Macky Sall told a forum in Paris that he would not seek office again.', publishedAt: '2025-05-10' },
    { text: "Kuwait's emir, Sheikh Mishal al-Ahmad al-Sabah, swore in the new cabinet on Sunday.", publishedAt: '2024-06-16' },
    { text: 'World Bank President Ajay Banga told finance ministers in Washington that lending to small farmers would double.', publishedAt: '2025-04-23' },
    { text: 'Foreign Secretary Yvette Cooper met her Japanese counterpart in London on Thursday to discuss shipbuilding.', publishedAt: '2025-11-13' },
    { text: 'Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Washington on Friday.', publishedAt: '2025-08-08' },
    // Monarchs keep the regnal title in later references.
    { text: "Qatar's former emir, Sheikh Hamad bin Khalifa Al Thani, opened the museum in Doha on Sunday.", publishedAt: '2025-04-14' },
    // Unsettled after a change the record does not hold (a caveat): no claim either way.
    { text: 'Prime Minister KP Sharma Oli addressed parliament in Kathmandu on Monday.', publishedAt: '2025-10-06' },
    { text: 'President Luis Arce inaugurated the lithium plant in Potosí on Monday.', publishedAt: '2025-11-17' },
    // An interim period left unsettled rather than guessed.
    { text: 'President Nayib Bukele toured the new prison in Tecoluca on Tuesday.', publishedAt: '2024-02-13' },
  ],
});
