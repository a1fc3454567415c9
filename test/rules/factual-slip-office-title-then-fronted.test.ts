/**
 * "then-<title> X" dated by a time at the head of its sentence with no comma ("In 2018
 * then-Prime Minister X opened ..."), as well as by a passive's time ("opened in 2018 by
 * then-Prime Minister X"): wrong when the record has X out of that office then.
 */
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Simpson-Miller's last term as prime minister of Jamaica ended in March 2016.
    { text: 'In 2018 then-Prime Minister Portia Simpson-Miller opened the new wing of the hospital in Montego Bay.', flag: 'then-Prime Minister Portia Simpson-Miller', publishedAt: '2025-09-24' },
    { text: 'In March 2019 the then Prime Minister Portia Simpson-Miller opened the new terminal at Port Antonio.', flag: 'then Prime Minister Portia Simpson-Miller', publishedAt: '2025-09-24' },
    // Kenyatta was president of Kenya until September 2022.
    { text: 'The Thika bypass was opened in 2023 by then-President Uhuru Kenyatta, the roads agency said.', flag: 'then-President Uhuru Kenyatta', publishedAt: '2025-09-24' },
    // Faye took office in April 2024.
    { text: 'During 2016 then-President Bassirou Diomaye Faye toured the fishing port of Kayar.', flag: 'then-President Bassirou Diomaye Faye', publishedAt: '2025-09-24' },
    { text: 'The Negril pier, opened by then-Prime Minister Portia Simpson-Miller in 2018, is closed for repairs.', flag: 'then-Prime Minister Portia Simpson-Miller', publishedAt: '2025-09-24' },
  ],
  fine: [
    { text: 'In 2010 then-Prime Minister Bruce Golding opened the container terminal at Kingston.', publishedAt: '2025-09-24' },
    { text: 'In 2015 then-President Uhuru Kenyatta opened the railway terminal in Mombasa.', publishedAt: '2025-09-24' },
    // The year is not the act's: "after 2018" is no time of the then- phrase.
    { text: 'In the years after 2018 then-Prime Minister Portia Simpson-Miller wrote two books.', publishedAt: '2025-09-24' },
    { text: 'The Thika bypass was opened in 2019 by then-President Uhuru Kenyatta, the roads agency said.', publishedAt: '2025-09-24' },
    { text: 'The pier was finished in 2018. It was opened by then-Prime Minister Andrew Holness in front of a small crowd.', publishedAt: '2025-09-24' },
  ],
});
