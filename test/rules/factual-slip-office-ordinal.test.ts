/**
 * "Kenya's fourth president, William Ruto,": an ordinal on an office holder, read against the
 * record of an office kept from a known number (offices.json `firstNumber`). Neighbours: the
 * right number; a count that differs by convention (a return after another holder counted anew,
 * an acting holder counted); "the first president to ..."; an office without a numbered record.
 */
import rule from '../../rules/factual-slip/office-ordinal.js';
import { ordinalValue } from '../../rules/factual-slip/office-ordinal.js';
import { describe, expect, it } from 'vitest';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Samia Suluhu Hassan is Tanzania's sixth president.
    { text: "Tanzania's fifth president, Samia Suluhu Hassan, opened the rail line to Dodoma on Thursday.", flag: "Tanzania's fifth president, Samia Suluhu Hassan", publishedAt: '2024-08-02', message: /6th/ },
    // Joe Biden was the 46th.
    { text: 'Joe Biden, the 45th president of the United States, visited the plant in 2022.', flag: 'Joe Biden, the 45th president of the United States', publishedAt: '2023-05-10' },
    { text: "Mokgweetsi Masisi became Botswana's fourth president in 2018.", flag: "Botswana's fourth president", publishedAt: '2021-06-01' },
    { text: 'The fifth President of Mozambique, Filipe Nyusi, laid the foundation stone.', flag: 'Filipe Nyusi', publishedAt: '2021-06-01' },
  ],
  fine: [
    { text: "Tanzania's sixth president, Samia Suluhu Hassan, opened the rail line to Dodoma on Thursday.", publishedAt: '2024-08-02' },
    // Counted anew after a return, or once: both are in use.
    { text: 'Donald Trump, the 47th president of the United States, signed the order on Monday.', publishedAt: '2025-03-03' },
    { text: 'Donald Trump, the 45th president of the United States, signed the order on Monday.', publishedAt: '2025-03-03' },
    // Counting the acting president of 2014-2015 or not.
    { text: "Edgar Lungu became Zambia's sixth president in 2015.", publishedAt: '2016-03-01' },
    // Not a number in the office's count.
    { text: 'Joe Biden, the first US president to join a picket line, spoke in Michigan.', publishedAt: '2023-09-27' },
    { text: "Mokgweetsi Masisi, Botswana's fourth president since independence to lose an election, conceded on Friday.", publishedAt: '2024-11-01' },
    // No numbered record for the office.
    { text: "Ghana's fifth president, John Mahama, was sworn in for a second time in January.", publishedAt: '2025-02-10' },
    { text: '"Tanzania\'s fifth president, Samia Suluhu Hassan, has done more than anyone," a supporter said.', publishedAt: '2024-08-02' },
  ],
});

describe('ordinalValue', () => {
  it('reads words, compounds and figures', () => {
    expect(ordinalValue('sixth')).toBe(6);
    expect(ordinalValue('forty-seventh')).toBe(47);
    expect(ordinalValue('46th')).toBe(46);
    expect(ordinalValue('month')).toBeUndefined();
  });
});
