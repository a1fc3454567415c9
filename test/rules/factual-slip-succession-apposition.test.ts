/**
 * The appositive "X, Y's predecessor as <office>," / "<title> X, Y's successor,": the record's
 * order of holders in that office says who came right before whom.
 */
import rule from '../../rules/factual-slip/succession.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Kenyatta, not Kibaki, came right before Ruto.
    { text: 'The bypass was opened by Mwai Kibaki, William Ruto\'s predecessor as president, in 2010.', flag: 'Mwai Kibaki, William Ruto\'s predecessor as president' },
    // Zuma stood between Mbeki and Ramaphosa.
    { text: 'Thabo Mbeki, Cyril Ramaphosa\'s predecessor as president, spoke at the memorial service in Pretoria.', flag: 'Thabo Mbeki' },
    // Meloni followed Draghi; Monti left office in 2013.
    { text: 'Prime Minister Giorgia Meloni, Mario Monti\'s successor, met the steel unions in Taranto.', flag: 'Giorgia Meloni, Mario Monti\'s successor' },
    { text: 'Matteo Renzi, Giorgia Meloni\'s predecessor as prime minister, criticised the budget on Sunday.', flag: 'Matteo Renzi' },
    // Holness followed Golding, not Patterson.
    { text: 'Prime Minister Andrew Holness, P. J. Patterson\'s successor, flew over the flooded parishes.', flag: 'Andrew Holness' },
  ],
  fine: [
    { text: 'The bypass was opened by Uhuru Kenyatta, William Ruto\'s predecessor as president, in 2014.' },
    { text: 'Prime Minister Giorgia Meloni, Mario Draghi\'s successor, met the steel unions in Taranto.' },
    { text: 'Mario Draghi, Giorgia Meloni\'s predecessor as prime minister, criticised the budget on Sunday.' },
    // Another post: the party's presidency is not the country's.
    { text: 'Jacob Zuma, Cyril Ramaphosa\'s predecessor as president of the party, spoke at the rally.' },
    // A post the record does not hold, and people it does not have.
    { text: 'Mwai Kibaki, William Ruto\'s predecessor as party leader, spoke at the rally.' },
    { text: 'Armando Kessy-Varela, Lucia Abernethy-Soto\'s predecessor as president, opened the harbour.' },
    // No office named: which post is meant is not certain.
    { text: 'Thabo Mbeki, Cyril Ramaphosa\'s predecessor, spoke at the memorial service.' },
  ],
});
