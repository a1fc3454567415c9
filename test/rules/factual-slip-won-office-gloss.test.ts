/**
 * A year glossed by the start of someone's stretch in office ("since 2012, the year X became
 * prime minister", "In 2001, when X was sworn in as chancellor"), checked by
 * factual-slip/won-office-year: the year must be near a start of X's terms in that office.
 * Neighbours stay quiet: the right year (or a year either side), another office ("president
 * of the party", "secretary-general of the Socialist Party"), a second spell, a quotation.
 */
import rule from '../../rules/factual-slip/won-office-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Modi became prime minister in May 2014.
    { text: 'Diesel subsidies in Kerala have been frozen since 2011, the year Narendra Modi became prime minister.', flag: '2011, the year Narendra Modi became prime minister', publishedAt: '2024-06-03' },
    // Ramaphosa became president in February 2018.
    { text: 'The stadium in Polokwane has stood empty since 2010, the year Cyril Ramaphosa became president, and the council wants to sell it.', flag: 'the year Cyril Ramaphosa became president', publishedAt: '2024-02-14' },
    // Merkel was sworn in as chancellor in November 2005.
    { text: 'In 2001, when Angela Merkel was sworn in as chancellor, the bridge at Dresden was still a drawing.', flag: 'Angela Merkel was sworn in as chancellor', publishedAt: '2023-09-20' },
    // Sánchez took office in June 2018.
    { text: 'The water tariff dates from 2012, the year in which Pedro Sánchez was elected prime minister.', flag: 'Pedro Sánchez was elected prime minister', publishedAt: '2024-04-11' },
    // Petro took office in August 2022.
    { text: 'Coffee growers in Huila have waited for the road since 2016, the same year Gustavo Petro took office as president.', flag: 'Gustavo Petro took office as president', publishedAt: '2024-09-02' },
  ],
  fine: [
    { text: 'Diesel subsidies in Kerala have been frozen since 2014, the year Narendra Modi became prime minister.', publishedAt: '2024-06-03' },
    // A year either side: the election before the handover.
    { text: 'In 2004, when Angela Merkel became chancellor, the bridge at Dresden was still a drawing.', publishedAt: '2023-09-20' },
    // Another office than the national one.
    { text: 'The feud goes back to 2014, the year Pedro Sánchez became secretary-general of the Socialist Party.', publishedAt: '2024-04-11' },
    { text: 'The rivalry began in 2012, the year Cyril Ramaphosa became deputy president of the party.', publishedAt: '2024-02-14' },
    // Reappointed after a snap election inside one stretch: not the start the record dates.
    { text: 'Rice tariffs were cut in 2017, the year Shinzo Abe became prime minister again after a snap election.', publishedAt: '2024-09-02' },
    // Inside a quotation: the speaker's words.
    { text: '"Nothing has changed here since 2011, the year Narendra Modi became prime minister," said Anil Kumar, a fisherman in Kochi.', publishedAt: '2024-06-03' },
    // The year glosses another event in the person's life.
    { text: 'The road was paved in 2010, the year Cyril Ramaphosa was elected to the board of the mining company.', publishedAt: '2024-02-14' },
  ],
});
