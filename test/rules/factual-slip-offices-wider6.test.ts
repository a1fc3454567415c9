import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

// Offices added in the fifth round (a Caribbean prime minister's office, two Pacific
// presidencies, and a prime minister's office with years it did not exist), a bare
// "Foreign Minister" on the foreign ministers the record keeps (judged only for someone the
// record has in one of those countries), and "<title> X" dated to a year the office of X's own
// country did not exist, even for someone who holds it today.
testRule(rule, {
  flagged: [
    // Stephenson King left office in November 2011.
    { text: 'Prime Minister Stephenson King opened the new wing of the hospital in Gros Islet on Monday.', flag: 'Prime Minister Stephenson King', publishedAt: '2014-03-10' },
    // He was the sitting prime minister in June 2009.
    { text: 'Former Prime Minister Stephenson King toured the banana packing plant in Micoud on Tuesday.', flag: 'Former Prime Minister Stephenson King', publishedAt: '2009-06-09' },
    // John Compton's term ended with his death in September 2007.
    { text: 'Prime Minister John Compton launched the yacht levy in Soufrière on Monday.', flag: 'Prime Minister John Compton', publishedAt: '2008-05-12' },
    // Cuba had no prime minister from December 1976 to December 2019.
    { text: 'In 1988, Prime Minister Fidel Castro opened the sugar research institute in Cienfuegos.', flag: 'Prime Minister Fidel Castro', message: /did not exist/, publishedAt: '2025-04-02' },
    { text: 'Prime Minister Fidel Castro cut the ribbon on the Mariel dredging works in 1994, the port authority says.', flag: 'Prime Minister Fidel Castro', message: /did not exist/, publishedAt: '2025-04-02' },
    // A bare "Foreign Minister" for someone the record has as a foreign minister: Gabriel left in March 2018.
    { text: 'Foreign Minister Sigmar Gabriel visited the shipyard in Rostock on Monday.', flag: 'Foreign Minister Sigmar Gabriel', publishedAt: '2019-06-03' },
    // "St Lucian Prime Minister" names that office only.
    { text: 'St Lucian Prime Minister Stephenson King met cruise operators in Rodney Bay on Friday.', flag: 'St Lucian Prime Minister Stephenson King', publishedAt: '2013-02-08' },
  ],
  fine: [
    { text: 'Prime Minister Stephenson King opened the new wing of the hospital in Gros Islet on Monday.', publishedAt: '2010-03-08' },
    { text: 'Former Prime Minister John Compton is remembered in Soufrière for the yacht levy.', publishedAt: '2012-05-14' },
    // Within Fidel Castro's term as prime minister (1959-1976).
    { text: 'In 1965, Prime Minister Fidel Castro opened the sugar research institute in Cienfuegos.', publishedAt: '2025-04-02' },
    // The title marked as today's, not the act's.
    { text: 'In 1994, Prime Minister Fidel Castro, then a head of state, cut the ribbon on the Mariel dredging works.', publishedAt: '2025-04-02' },
    // Leaders the record has whose countries' foreign ministers it does not keep: their foreign-minister years are not in it.
    { text: 'Foreign Minister Alexander Stubb met his Estonian counterpart in Turku on Monday.', publishedAt: '2010-03-01' },
    { text: 'Foreign Minister Lars Løkke Rasmussen met the Faroese fisheries delegation on Monday.', publishedAt: '2025-02-03' },
    { text: 'Foreign Minister Sigmar Gabriel visited the shipyard in Rostock on Monday.', publishedAt: '2017-06-05' },
    // A title in a caption with no date, of the holder on the article's date.
    { text: 'Prime Minister Stephenson King at the opening of the ferry terminal in Micoud.', publishedAt: '2010-11-22' },
    // "then-" for someone who has since left the office.
    { text: 'The levy was first proposed by then-Prime Minister John Compton in 2007.', publishedAt: '2015-05-04' },
  ],
});
