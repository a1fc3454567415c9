/**
 * "the late President X", "the late X": the writer says X has died, read by
 * factual-slip/office-title. The record of office holders has no deaths, so only someone it
 * shows in office on the article's date can be judged; a holder out of office is left alone.
 */
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

const LATE = /"the late" says .* had died, but the record has .* in office on/;

testRule(rule, {
  flagged: [
    // Lula has been president since January 2023.
    { text: 'The soya terminal at Santos was opened on Friday by the late President Luiz Inácio Lula da Silva, the port authority said.', flag: 'late President Luiz Inácio Lula da Silva', message: LATE, publishedAt: '2024-06-14' },
    // Albanese has been prime minister since May 2022.
    { text: 'Dock workers in Fremantle still quote the late Anthony Albanese, whose wharf-levy bill passed last year.', flag: 'late Anthony Albanese', message: LATE, publishedAt: '2024-02-20' },
    // "slain" says as much.
    { text: 'Mourners in Gdansk laid flowers for the slain President Andrzej Duda on Sunday.', flag: 'slain President Andrzej Duda', message: LATE, publishedAt: '2023-10-02' },
  ],
  fine: [
    // Chirac left office in 2007: the record says nothing of his death, so nothing is judged.
    { text: 'The terminal was first planned under the late President Jacques Chirac, officials said.', publishedAt: '2024-06-14' },
    // Without "the", "late" is no mark of death.
    { text: 'A late President Lula arrived at the summit after his plane was delayed.', publishedAt: '2024-06-14' },
    // In a quotation, the speaker's words.
    { text: '"We were promised this by the late President Lula," said Ana Ferreira, a dock worker, laughing.', publishedAt: '2024-06-14' },
  ],
});
