/**
 * "the decree that President X signed in 2019": a relative clause dating an act of office,
 * checked against the terms the record gives the titled person in that office.
 */
import rule from '../../rules/factual-slip/dated-act.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Starmer became prime minister in July 2024; no relative word before the name.
    { text: 'The tariff schedule Prime Minister Keir Starmer approved in 2019 was scrapped by the new board.', flag: 'Prime Minister Keir Starmer approved in 2019' },
    // Scholz was chancellor from December 2021; "as chancellor" names the office.
    { text: 'The pension reform Olaf Scholz approved as chancellor in 2012 is now before the constitutional court.', flag: 'Olaf Scholz approved as chancellor in 2012' },
    // Kenyatta left office in September 2022.
    { text: 'Traders are still bound by the emergency order that then-President Uhuru Kenyatta signed in 2023.', flag: 'Uhuru Kenyatta signed in 2023' },
    // Tinubu took office in May 2023; a full date.
    { text: 'The gas plant, which President Bola Tinubu inaugurated on 14 March 2019, has never run at full load.', flag: 'President Bola Tinubu inaugurated on 14 March 2019' },
    // After the term, an act only a sitting holder can do.
    { text: 'The export ban that President Uhuru Kenyatta decreed in 2024 has been lifted.', flag: 'President Uhuru Kenyatta decreed in 2024' },
    // Buhari left office in May 2023.
    { text: 'The electoral bill that former President Muhammadu Buhari vetoed in 2024 returned to the Senate this week.', flag: 'former President Muhammadu Buhari vetoed in 2024' },
  ],
  fine: [
    // Ruto took office in September 2022: the year of a term's start is its edge.
    { text: 'The budget law that President William Ruto signed in 2022 cut fuel subsidies.' },
    // A modifier the rule does not read, and an acting holder in his own acting term.
    { text: 'The curfew order that acting President Guy Scott signed in 2014 was lifted within a week.' },
    { text: 'The curfew order that President Guy Scott signed in 2014 was lifted within a week.' },
    // The year belongs to another event in the sentence; the act itself is dated "last year".
    { text: 'The mining code that President William Ruto signed last year replaced a law passed in 2016.' },
    // A person the record does not have.
    { text: 'The land decree that President Armando Kessy-Varela signed in 2010 was challenged in the High Court.' },
    // Sunak was chancellor of the exchequer in 2021: today's title for an act in another office.
    { text: 'The furlough scheme that Prime Minister Rishi Sunak announced in 2020 cost more than expected.' },
    // "as governor": an office the record does not hold.
    { text: 'The transport authority that President Bola Tinubu created as governor of Lagos in 2002 still runs the buses.' },
    // In a quotation, the speaker's words.
    { text: '"This is the mining code that President William Ruto signed in 2016," said Peter Kamau, a miners\' union official.' },
    // After the term, an act a former holder still does (and copy often keeps the title).
    { text: 'The literacy foundation, which President Bill Clinton launched in 2005, now runs 40 schools.' },
    { text: 'The podcast studio that former President Barack Obama opened in 2019 employs 30 people.' },
    // A main clause, not a relative one.
    { text: 'President William Ruto signed the mining code in 2016, according to the opposition.' },
  ],
});
