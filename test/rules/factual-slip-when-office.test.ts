/**
 * "the 2019 tender, launched when X was prime minister": an event the sentence dates, placed
 * in someone's time in office, checked against the record.
 */
import rule from '../../rules/factual-slip/when-office.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Merkel left office in December 2021.
    { text: 'In 2023, the hydrogen fund was launched when Angela Merkel was chancellor.', flag: 'launched when Angela Merkel was chancellor' },
    { text: 'The 2023 port tender was launched when Angela Merkel was still chancellor, the union says.', flag: 'launched when Angela Merkel was still chancellor' },
    // Twenty years before 2026: Ardern took office in 2017.
    { text: 'The bridge was opened twenty years ago, back when Jacinda Ardern was prime minister.', flag: 'Jacinda Ardern was prime minister', publishedAt: '2026-02-18' },
    // Buhari took office in May 2015.
    { text: 'The refinery was commissioned in 2011 when Muhammadu Buhari was president.', flag: 'Muhammadu Buhari was president' },
    // Kenyatta's presidency began in 2013.
    { text: 'Traders still pay the levy introduced in the 2008 budget, passed when Uhuru Kenyatta was president.', flag: 'passed when Uhuru Kenyatta was president' },
    // The sentence before dates the same noun.
    { text: 'The power comes from the winner of the 2021 wind tender. The tender was launched when Jacob Zuma was president.', flag: 'launched when Jacob Zuma was president' },
  ],
  fine: [
    // The sentence before dates another event, or another noun, or sits in another paragraph.
    { text: 'The plant closed in 2021. It was built when Jacob Zuma was president.' },
    { text: 'The auction closed in 2021. The tender was launched when Jacob Zuma was president.' },
    { text: 'The 2021 wind tender drew 40 bids.\n\nThe tender was launched when Jacob Zuma was president.' },
    // The edge of a term: Ardern took office in October 2017.
    { text: 'The ferry service started in 2017 when Jacinda Ardern was prime minister.' },
    // An acting holder in his acting term.
    { text: 'The curfew was ordered in 2014 when Guy Scott was president.' },
    // The year belongs to another clause.
    { text: 'The plant, which closed in 2023, was built when Angela Merkel was chancellor.' },
    { text: 'The plan was drawn up when Angela Merkel was chancellor and abandoned in 2023.' },
    // "Ten years ago" is round: a year either side reaches Ardern's first year.
    { text: 'The bridge was opened ten years ago, back when Jacinda Ardern was prime minister.', publishedAt: '2026-02-18' },
    // A person the record does not have, and an office the record does not give them.
    { text: 'The 2022 dam project was launched when Hage Geingob was president.' },
    { text: 'The 2012 scheme was launched when William Ruto was agriculture minister.' },
    // Another status than the office itself.
    { text: 'The 2008 housing plan was drafted when Jacob Zuma was president-elect.' },
    { text: 'The 2008 housing plan was drafted when Jacob Zuma was president of the governing party.' },
    // In a quotation.
    { text: '"The 2021 auction was launched when Jacob Zuma was president," said Thandi Mokoena, a mining analyst at Nedbank.' },
  ],
});
