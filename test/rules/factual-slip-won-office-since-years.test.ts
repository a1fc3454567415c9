/**
 * "in the eight years since X took power": a count from the start of someone's stretch in office
 * to the article date, more than a year off the record ("nearly", "more than" bound it). Also:
 * another country's caveat on an office of the same title no longer stops the year check.
 * Read by factual-slip/won-office-year.
 */
import rule from '../../rules/factual-slip/won-office-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Macron took office in May 2017: eight years by June 2025.
    { text: 'Farm debt has doubled in the ten years since Emmanuel Macron took office, the union says.', flag: 'ten years since Emmanuel Macron took office', publishedAt: '2025-06-10' },
    { text: 'Rents have climbed for six years since President Emmanuel Macron came to power, tenants say.', flag: 'six years since President Emmanuel Macron came to power', publishedAt: '2025-06-10' },
    // Milei took office in December 2023.
    { text: 'Beef exports have tripled in the four years since Javier Milei took office, the chamber says.', flag: 'four years since Javier Milei took office', publishedAt: '2025-06-20' },
    // "nearly six years" of a term begun in October 2024.
    { text: 'The water tariff has not moved in the nearly six years since Claudia Sheinbaum took office.', flag: 'nearly six years since Claudia Sheinbaum took office', publishedAt: '2025-10-10' },
    // "more than fifteen years" of a presidency begun in August 2014.
    { text: 'Lira deposits have shrunk in the more than fifteen years since Recep Tayyip Erdoğan became president.', flag: 'more than fifteen years since Recep Tayyip Erdoğan became president', publishedAt: '2025-09-10' },
    // Another country's caveat on its presidency in 2010 says nothing about France's.
    { text: 'President Emmanuel Macron, who took office in 2010, opened the bridge at Rouen.', flag: 'Emmanuel Macron, who took office in 2010', publishedAt: '2024-05-01' },
  ],
  fine: [
    { text: 'Farm debt has doubled in the eight years since Emmanuel Macron took office, the union says.', publishedAt: '2025-06-10' },
    // Rounded up from seven years and ten months.
    { text: 'Rents have climbed in the nearly eight years since Emmanuel Macron became president, tenants say.', publishedAt: '2025-03-10' },
    { text: 'Lira deposits have shrunk in the more than ten years since Recep Tayyip Erdoğan became president.', publishedAt: '2025-09-10' },
    // Any start the record has may be counted from: Putin first took power in 1999.
    { text: 'Grain exports have grown in the 25 years since Vladimir Putin took power, the ministry says.', publishedAt: '2025-06-10' },
    { text: 'Beef exports have doubled in the two years since Javier Milei took office, the chamber says.', publishedAt: '2025-12-20' },
    // Not a start in office.
    { text: 'Rents have climbed in the six years since Emmanuel Macron visited Marseille, tenants say.', publishedAt: '2025-06-10' },
    // Someone no longer in that office: the count does not run to the article date.
    { text: 'In the ten years since Robert Mugabe took power, the currency lost half its value.', publishedAt: '2024-05-01' },
    { text: 'President Emmanuel Macron, who took office in 2017, opened the bridge at Rouen.', publishedAt: '2024-05-01' },
  ],
});
