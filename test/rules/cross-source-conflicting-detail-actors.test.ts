import { describe, expect, it } from 'vitest';
import rule from '../../rules/cross-source/conflicting-detail.js';
import { analyzeAll } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

// Different actors named for the same act: one flag over the whole names, even when a name
// holds "of", "and" or a comma that the word alignment matches across the two names.
const story = (a: string, b: string) => [
  { text: `Fuel subsidy cut delayed\n\n${a}`, source: 'Andes Courier' },
  { text: `Subsidy cut postponed\n\n${b}`, source: 'Altiplano Daily' },
];

const flagged: [a: string, b: string, flag: string, message: RegExp][] = [
  [
    'The Ministry of Trade, Industry and Tourism confirmed in a statement on Monday that the fuel subsidy cut would wait until July.',
    'The Ministry of Finance and Public Credit confirmed in a statement on Monday that the fuel subsidy cut would wait until July.',
    'Ministry of Trade, Industry and Tourism',
    /names Ministry of Finance and Public Credit where .* names Ministry of Trade, Industry and Tourism/,
  ],
  [
    'Bus operators will get 40 million bolivianos in compensation by the end of the month, the Ministry of Energy and Mines said on Friday.',
    'Bus operators will get 40 million bolivianos in compensation by the end of the month, the Ministry of Economy, Planning and Development said on Friday.',
    'Ministry of Energy and Mines',
    /Ministry of Economy, Planning and Development/,
  ],
  [
    'The Ministry of Public Works said on Tuesday that the bridge at Caranavi would reopen to lorries on 3 March.',
    'The Ministry of Defence said on Tuesday that the bridge at Caranavi would reopen to lorries on 3 March.',
    'Ministry of Public Works',
    /Ministry of Defence/,
  ],
];

describe('cross-source/conflicting-detail: whole names of different actors', () => {
  for (const [a, b, , message] of flagged) {
    it(`one flag for ${message}`, () => {
      const arts = story(b, a);
      const report = analyzeAll(arts.map((x, i) => ({ id: `a${i}`, ...x })), { rules: [rule], cluster: 'all' });
      const flags = report.articles.flatMap((r) => r.flags);
      expect(flags.length, JSON.stringify(flags.map((f) => f.message))).toBe(1);
      expect(flags[0]!.message).toMatch(/^Different actor/);
    });
  }
});

testRule(rule, {
  flagged: flagged.map(([a, b, flag, message]) => ({ articles: story(a, b), flag, message })),
  fine: [
    // Two bodies that each announced a different measure, in different sentences.
    {
      articles: story(
        'The Ministry of Finance and Public Credit announced on Monday that fuel subsidies would end in July. The Ministry of Hydrocarbons and Energy said separately that diesel imports would rise.',
        'Fuel subsidies will end in July, the Ministry of Finance and Public Credit announced on Monday. Bus operators said they would strike on Thursday.',
      ),
    },
    // The same ministry by the same name in both.
    {
      articles: story(
        'The Ministry of Trade, Industry and Tourism confirmed in a statement on Monday that the fuel subsidy cut would wait until July.',
        'In a statement on Monday the Ministry of Trade, Industry and Tourism said the subsidy cut would wait until July.',
      ),
    },
    // A short form of the same name.
    {
      articles: story(
        'Bus operators will get compensation by the end of the month, the Ministry of Energy and Mines said on Friday.',
        'Bus operators will get compensation by the end of the month, the Energy Ministry said on Friday.',
      ),
    },
    // Different bodies doing different things in similar sentences.
    {
      articles: story(
        'The Ministry of Health said on Tuesday that clinics in El Alto would stay open over the holiday.',
        'The transport unions said on Tuesday that buses in El Alto would stop over the holiday.',
      ),
    },
    // The same person under a longer name.
    {
      articles: story(
        'The subsidy cut was announced by Finance Minister Marcela Quispe Mamani on Monday.',
        'The subsidy cut was announced by Finance Minister Marcela Quispe on Monday.',
      ),
    },
  ],
});
