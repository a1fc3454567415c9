import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

// "then-<title> X" of someone who still holds that office, unbroken since the act's time:
// "then-" says the office has changed hands since. Right for someone who has left it, or who
// held it in an earlier term with a break before the present one.
testRule(rule, {
  flagged: [
    { text: 'The pension reform was pushed through in 2019 by then-President Emmanuel Macron over union protests.', flag: 'then-President Emmanuel Macron', publishedAt: '2024-05-06' },
    { text: 'The rail corridor was first proposed in 2018 by then-Prime Minister Narendra Modi.', flag: 'then-Prime Minister Narendra Modi', publishedAt: '2024-02-12' },
    { text: 'In 2020, then-President Recep Tayyip Erdoğan reopened the beach resort at Varosha.', flag: 'then-President Recep Tayyip Erdoğan', publishedAt: '2023-10-02' },
    { text: 'Recep Tayyip Erdoğan, then president, opened the bridge over the Dardanelles in 2022.', flag: 'Recep Tayyip Erdoğan, then president', publishedAt: '2024-06-10' },
    { text: 'The levy was first floated by then-President Emmanuel Macron, aides recall.', flag: 'then-President Emmanuel Macron', publishedAt: '2023-05-06' },
  ],
  fine: [
    { text: 'The pension reform was pushed through in 2019 by then-Chancellor Angela Merkel over union protests.', publishedAt: '2024-05-06' },
    { text: 'The rail corridor was first proposed in 2018 by Prime Minister Narendra Modi.', publishedAt: '2024-02-12' },
    // An earlier term with a break before the present one.
    { text: 'The tariffs were imposed in 2018 by then-President Donald Trump.', publishedAt: '2025-06-10' },
    { text: 'The levy was first floated by then-President Donald Trump, aides recall.', publishedAt: '2025-06-10' },
    { text: 'In 2012, then-President Barack Obama visited the plant in Ohio.', publishedAt: '2024-03-01' },
    { text: 'The road was opened in 2015 by then-Prime Minister David Cameron.', publishedAt: '2024-03-01' },
  ],
});
