/**
 * factual-slip/won-office-year, the handover and accession shapes: "X, who handed power to his
 * son in YEAR" (the year ends X's stretch), "King X, crowned in YEAR," and "who came to /
 * ascended the throne in YEAR" (the year starts it). Ordinary neighbours stay quiet: the right
 * year, a coronation after the accession, a provisional handover under a caveat, a letter
 * handed to someone, a verb between the recipient and the year.
 */
import rule from '../../rules/factual-slip/won-office-year.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Hamad bin Khalifa stepped aside for Tamim in June 2013.
    { text: 'Hamad bin Khalifa Al Thani, who handed power to his son in 2010, built the airport that now bears the family name.', flag: 'who handed power to his son in 2010' },
    // Nazarbayev resigned in March 2019.
    { text: 'Nursultan Nazarbayev, who handed the presidency to Kassym-Jomart Tokayev in 2016, kept the chair of the security council.', flag: 'Nursultan Nazarbayev' },
    // Berdimuhamedow senior left in March 2022.
    { text: 'Gurbanguly Berdimuhamedow, who handed over power to his son in 2019, still appears at horse festivals.', flag: 'Gurbanguly Berdimuhamedow' },
    // Abdullah II acceded in February 1999.
    { text: 'The dam was opened by King Abdullah II, crowned in 1995, in front of a crowd of farmers.', flag: 'King Abdullah II, crowned in 1995' },
    // Naruhito became emperor on 1 May 2019.
    { text: 'Emperor Naruhito, who was enthroned in 2016, visited the flooded prefecture on Thursday.', flag: 'Emperor Naruhito' },
    // Haitham bin Tariq succeeded in January 2020.
    { text: 'Haitham bin Tariq, who came to the throne in 2015, announced a cut in fuel subsidies.', flag: 'Haitham bin Tariq' },
    { text: 'Qaboos bin Said, who ascended the throne in 1975, built most of the country\'s roads.', flag: 'Qaboos bin Said' },
  ],
  fine: [
    { text: 'Hamad bin Khalifa Al Thani, who handed power to his son in 2013, built the airport that now bears the family name.' },
    { text: 'Nursultan Nazarbayev, who handed the presidency to Kassym-Jomart Tokayev in 2019, kept the chair of the security council.' },
    { text: 'The dam was opened by King Abdullah II, crowned in 1999, in front of a crowd of farmers.' },
    // A coronation after the accession (September 2022) is still inside the reign.
    { text: 'Charles III, who was crowned in 2023, received the delegation at Windsor.' },
    { text: 'Qaboos bin Said, who came to power in 1970, built most of the country\'s roads.' },
    { text: 'Haitham bin Tariq, who came to the throne in 2020, announced a cut in fuel subsidies.' },
    // The provisional handover of July 2006: the record keeps it as a caveat.
    { text: 'Fidel Castro, who handed power to his brother in 2006, died ten years later.' },
    // A handover over New Year (31 December 1999) may be put in either year.
    { text: 'Boris Yeltsin, who handed power to Vladimir Putin in 2000, rarely spoke in public again.' },
    // No office handed on.
    { text: 'Nursultan Nazarbayev, who handed the letter to the ambassador in 2021, declined to comment.' },
    // The year belongs to another verb.
    { text: 'Hamad bin Khalifa Al Thani, who handed power to his son, fell ill in 2016.' },
    // Quoted speech is the speaker's claim.
    { text: '"Hamad bin Khalifa Al Thani, who handed power to his son in 2010, never stopped ruling," said Amal Haddad, a former diplomat.' },
  ],
});
