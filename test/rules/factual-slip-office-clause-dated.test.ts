/**
 * Two clause shapes that date an office, checked by factual-slip/office-clause: a body
 * "headed since YEAR by X" / "led by X" (the holder after "by", now), and a titled name with
 * a relative clause that dates an act ("French President X, who visited Algiers in 2012,"),
 * where the title is read at the act's time. Their neighbours (the right holder, a team led
 * by someone, a past-tense sentence, "who took office in", "as an adviser", "before taking
 * office") stay quiet.
 */
import rule from '../../rules/factual-slip/office-clause.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // A body headed by someone the record does not have in the office now, or not since then.
    { text: 'Nigeria has taken its cocoa dispute to the World Trade Organization, headed since 2019 by Roberto Azevêdo, in Geneva.', flag: 'the World Trade Organization, headed since 2019 by Roberto Azevêdo', publishedAt: '2024-05-14' },
    { text: 'Sri Lanka has asked the IMF, led since 2021 by Christine Lagarde, to ease the terms of its bailout.', flag: 'the IMF, led since 2021 by Christine Lagarde', publishedAt: '2023-04-04' },
    { text: 'Defence ministers from the Baltic states will tell NATO, led by Jens Stoltenberg since 2014, that they need more air defence.', flag: 'NATO, led by Jens Stoltenberg since 2014', publishedAt: '2025-06-01' },
    { text: 'Ghana has asked the World Bank, currently run by David Malpass, for a bridge loan to finish the Volta crossing.', flag: 'the World Bank, currently run by David Malpass', publishedAt: '2024-02-10' },
    { text: 'Bond traders in Madrid expect the ECB, headed since 2015 by Christine Lagarde, to raise rates again on Thursday.', flag: 'the ECB, headed since 2015 by Christine Lagarde', publishedAt: '2023-09-12' },
    // A title read at the time of the act the clause dates.
    { text: 'French President Emmanuel Macron, who visited Algiers in 2012 to discuss gas contracts, said the archives would be opened.', flag: 'Emmanuel Macron, who visited Algiers in 2012', publishedAt: '2024-05-02' },
    { text: 'Prime Minister Keir Starmer, who met the Irish taoiseach in 2021 to discuss the border, said the deal would hold.', flag: 'Keir Starmer, who met the Irish taoiseach in 2021', publishedAt: '2025-03-19' },
    { text: 'Italian Prime Minister Giorgia Meloni, who signed the memorandum with Beijing in 2019, has since let it lapse.', flag: 'Giorgia Meloni, who signed the memorandum with Beijing in 2019', publishedAt: '2024-01-15' },
    { text: 'Brazilian President Luiz Inácio Lula da Silva, who hosted the Amazon summit in 2019, is expected in Lima on Friday.', flag: 'Luiz Inácio Lula da Silva, who hosted the Amazon summit in 2019', publishedAt: '2024-11-12' },
    { text: 'Australian Prime Minister Anthony Albanese, who toured the reef in 2020, will open the research station in Townsville.', flag: 'Anthony Albanese, who toured the reef in 2020', publishedAt: '2024-08-20' },
  ],
  fine: [
    // The right holder, or no claim about the body itself.
    { text: 'The WTO, headed since 2021 by Ngozi Okonjo-Iweala, has warned members against new export bans on food.', publishedAt: '2025-09-17' },
    { text: 'A team from the World Bank, led by David Malpass, visited the Dhaka flood works on Monday.', publishedAt: '2024-02-10' },
    { text: 'NATO, led by Mark Rutte since October 2024, has pledged more air defence to the Baltic states.', publishedAt: '2025-06-01' },
    { text: 'In 2015 the IMF, headed by Christine Lagarde, lent Ukraine $17.5 billion over four years.', publishedAt: '2024-02-10' },
    { text: 'The UN, led by António Guterres, called for a ceasefire in Darfur on Tuesday.', publishedAt: '2024-06-04' },
    // Clauses that date the office itself, or put the act outside it.
    { text: 'Prime Minister Keir Starmer, who took office in July 2024, said the new towns would be built.', publishedAt: '2025-03-19' },
    { text: 'French President Emmanuel Macron, who visited Algiers in 2012 as an economy adviser, said the archives would be opened.', publishedAt: '2024-05-02' },
    { text: 'Italian Prime Minister Giorgia Meloni, who visited Tunis in 2019 before taking office, returned on Monday.', publishedAt: '2024-01-15' },
    { text: 'French President Emmanuel Macron, who visited Algiers in 2022, said the archives would be opened.', publishedAt: '2024-05-02' },
    { text: 'Australian Prime Minister Anthony Albanese, who was elected in 2022, will open the research station in Townsville.', publishedAt: '2024-08-20' },
    { text: 'Former Brazilian President Michel Temer, who visited Moscow in 2018, met the senators on Tuesday.', publishedAt: '2024-11-12' },
  ],
});
