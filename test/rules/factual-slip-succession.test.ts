/**
 * "X, who succeeded Y in 2011" / "Y's successor, X, took office in 2004" / "replaced Y as
 * prime minister in 2016": checked against the record's order of holders and X's start.
 */
import rule from '../../rules/factual-slip/succession.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Ruto took office in September 2022.
    { text: 'Uhuru Kenyatta\'s successor, President William Ruto, took office in 2019 and promised cheaper fertiliser.', flag: 'William Ruto, took office in 2019' },
    // Holness's 2016 term followed Simpson-Miller's, not Golding's.
    { text: 'Prime Minister Andrew Holness, who succeeded Bruce Golding in 2016, opened the new highway.', flag: 'Andrew Holness, who succeeded Bruce Golding in 2016' },
    // Sunak followed Truss, and Johnson held the office for three years after May.
    { text: 'Rishi Sunak, who took over from Theresa May as prime minister in 2022, called the election early.', flag: 'Rishi Sunak, who took over from Theresa May as prime minister in 2022' },
    // Kishida came after Suga; Abe held it before Suga.
    { text: 'Fumio Kishida replaced Shinzo Abe as prime minister in 2021.', flag: 'Fumio Kishida replaced Shinzo Abe' },
    // "predecessor" the other way round: Buhari came before Tinubu, and Jonathan before Buhari.
    { text: 'Goodluck Jonathan, President Bola Tinubu\'s predecessor, visited the refinery.', flag: 'Goodluck Jonathan, President Bola Tinubu\'s predecessor' },
    // No title, but "took office" names the office both held: Sunak took office in October 2022.
    { text: 'Liz Truss\'s successor, Rishi Sunak, took office in 2020 with a promise of stability.', flag: 'Rishi Sunak, took office in 2020' },
    // "successor as <title>": Scholz followed Merkel in 2021.
    { text: 'Angela Merkel\'s successor as chancellor, Olaf Scholz, took office in 2017.', flag: 'Olaf Scholz, took office in 2017' },
  ],
  fine: [
    { text: 'Liz Truss\'s successor, Rishi Sunak, took office in 2022 with a promise of stability.' },
    // "successor as" a post the record does not hold.
    { text: 'Malcolm Turnbull\'s successor as party leader, Tony Abbott, took office in 2013.' },
    // The right predecessor: Holness's first term followed Golding's in 2011.
    { text: 'Prime Minister Andrew Holness, who succeeded Bruce Golding in 2011, called an early election.' },
    // Acting holders between them do not break the succession (Mansour, Scott, Bensalah).
    { text: 'President Abdel Fattah al-Sisi, who succeeded Mohamed Morsi in 2014, opened the new canal.' },
    { text: 'President Edgar Lungu, who succeeded Michael Sata in 2015, visited the copper mines.' },
    { text: 'President Abdelmadjid Tebboune, who succeeded Abdelaziz Bouteflika in 2019, toured the refinery.' },
    // A year either side of a handover over New Year (Putin acting from 31 December 1999).
    { text: 'President Vladimir Putin, who succeeded Boris Yeltsin in 2000, signed the decree.' },
    // Today's title, a succession in the office both held before (Erdoğan followed Gül as prime minister in 2003).
    { text: 'President Recep Tayyip Erdoğan, who succeeded Abdullah Gül in 2003, opened the bridge.' },
    // The year of a different event in the same sentence.
    { text: 'President Cyril Ramaphosa, who succeeded Jacob Zuma in 2018, opened the harbour extension in 2012 as a businessman.' },
    // No office named, and a party post: replaced as leader, not as prime minister.
    { text: 'Malcolm Turnbull, who replaced Tony Abbott as party leader in 2009, lost a vote the same year.' },
    // Truss held the office for seven weeks between them: too short to say the writer is wrong.
    { text: 'Rishi Sunak, who took over from Boris Johnson as prime minister in 2022, called the election early.' },
    // A person the record does not have.
    { text: 'President Hage Geingob, who succeeded Hifikepunye Pohamba in 2015, opened the port.' },
    { text: 'Keir Starmer, who succeeded Jeremy Corbyn in 2020, promised to change the party.' },
  ],
});
