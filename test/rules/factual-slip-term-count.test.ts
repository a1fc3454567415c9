import rule from '../../rules/factual-slip/term-count.js';
import { testRule } from '../helpers/rule-tester.js';

// An ordinal term for a sitting holder, counted against the record's terms.
testRule(rule, {
  flagged: [
    { text: 'President Emmanuel Macron, now in his first term, told the mayors to hold their budgets.', flag: 'first term', publishedAt: '2024-02-01' },
    { text: 'President Barack Obama, who is serving his second term, will meet the governors.', flag: 'second term', publishedAt: '2010-06-01' },
    // A return after time out of office counts the earlier term too.
    { text: 'President Donald Trump, now in his first term, signed the order on Monday.', flag: 'first term', publishedAt: '2025-04-01' },
  ],
  fine: [
    { text: 'President Emmanuel Macron, now in his second term, told the mayors to hold their budgets.', publishedAt: '2024-02-01' },
    { text: 'President Barack Obama, who is serving his second term, will meet the governors.', publishedAt: '2014-06-01' },
    { text: 'President Donald Trump, now in his second term, signed the order on Monday.', publishedAt: '2025-04-01' },
    // Out of office on the article date: not judged.
    { text: 'Former President Barack Obama, in his second term, pushed the accord.', publishedAt: '2019-06-01' },
    // No terms in the record for this office.
    { text: 'Prime Minister Keir Starmer, now in his second term, spoke.', publishedAt: '2025-03-01' },
  ],
});
