// cross-source/conflicting-detail: who a document came from, read from a participle clause set
// off by commas after the document and what it is about ("A valuation of the mine's assets,
// commissioned by the state audit office, put them at ..." / "..., commissioned and paid for by
// the buyer, ..."): two outlets naming different bodies for one document.
import rule from '../../rules/cross-source/conflicting-detail.js';
import { testRule } from '../helpers/rule-tester.js';

const pair = (a: string, b: string) => [
  { text: a, source: 'Andes Ledger', publishedAt: '2026-05-12' },
  { text: b, source: 'Mining Weekly Wire', publishedAt: '2026-05-12' },
];

testRule(rule, {
  flagged: [
    {
      articles: pair(
        'A valuation of the mine\'s existing plant, commissioned by the National Audit Office, put it at $60 million, the office said on Monday.',
        'A valuation of the mine\'s existing plant, commissioned and paid for by Cordillera Metals, put it at $60 million.',
      ),
      flag: 'National Audit Office',
    } as never,
    {
      articles: pair(
        'An appraisal of the airport land, commissioned by the Transport Ministry, found it was worth twice the sale price.',
        'An appraisal of the airport land, commissioned by Skyline Holdings, found it was worth twice the sale price.',
      ),
      flag: 'Transport Ministry',
    } as never,
    {
      articles: pair(
        'A study of the dam\'s foundations, written by the Geological Survey, warned of seepage under the east wall.',
        'A study of the dam\'s foundations, commissioned by Hydrovolt Energy, warned of seepage under the east wall.',
      ),
      flag: 'Geological Survey',
    } as never,
    {
      articles: pair(
        'An audit of the hospital\'s drug purchases, prepared by the Accounts Chamber, found 40 contracts awarded without a tender.',
        'An audit of the hospital\'s drug purchases, commissioned by the Health Ministry, found 40 contracts awarded without a tender.',
      ),
      flag: 'audit',
    } as never,
    {
      articles: pair(
        'The report, released by the Ombudsman\'s Office on Tuesday, said the prison held three times its capacity.',
        'The report, released by Justice Watch on Tuesday, said the prison held three times its capacity.',
      ),
      flag: 'report',
    } as never,
  ],
  fine: [
    {
      // One body named in full and by its initials.
      articles: pair(
        'A valuation of the mine\'s existing plant, commissioned by the National Audit Office (NAO), put it at $60 million.',
        'A valuation of the mine\'s existing plant, commissioned by the NAO, put it at $60 million.',
      ),
    } as never,
    {
      // Only one outlet says who commissioned it.
      articles: pair(
        'A valuation of the mine\'s existing plant, commissioned by the National Audit Office, put it at $60 million.',
        'A valuation of the mine\'s existing plant put it at $60 million, well below the sale price.',
      ),
    } as never,
    {
      // The same body both times, once without a comma clause.
      articles: pair(
        'An appraisal of the airport land, commissioned by the Transport Ministry, found it was worth twice the sale price.',
        'A Transport Ministry appraisal found the airport land was worth twice the sale price.',
      ),
    } as never,
    {
      // A participle that is no origin ("based on"): nobody is named as the author.
      articles: pair(
        'A valuation of the mine\'s plant, based on figures from Cordillera Metals, put it at $60 million.',
        'A valuation of the mine\'s plant, based on figures from the National Audit Office, put it at $60 million.',
      ),
    } as never,
    {
      // One outlet tells of two valuations by two bodies: nothing to set against the other.
      articles: pair(
        'A valuation of the plant, commissioned by the National Audit Office, put it at $60 million. A second valuation, commissioned by Cordillera Metals, put it at $45 million.',
        'A valuation of the plant, commissioned by Cordillera Metals, put it at $45 million, the company said.',
      ),
    } as never,
  ],
});
