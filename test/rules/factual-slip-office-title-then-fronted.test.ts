/**
 * "then-<title> X" dated by a time at the head of its sentence with no comma ("In 2018
 * then-Prime Minister X appointed ..."), as well as by a passive's time ("appointed in 2018 by
 * then-Prime Minister X"): wrong when the record has X out of that office then.
 */
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // Simpson-Miller's last term as prime minister of Jamaica ended in March 2016.
    { text: 'In 2018 then-Prime Minister Portia Simpson-Miller appointed Henderson to chair the port authority.', flag: 'then-Prime Minister Portia Simpson-Miller', publishedAt: '2025-09-24' },
    { text: 'In March 2019 the then Prime Minister Portia Simpson-Miller opened the new terminal at Port Antonio.', flag: 'then Prime Minister Portia Simpson-Miller', publishedAt: '2025-09-24' },
    // Kenyatta was president of Kenya until September 2022.
    { text: 'Wanjiru was appointed in 2023 by then-President Uhuru Kenyatta and has run the authority since.', flag: 'then-President Uhuru Kenyatta', publishedAt: '2025-09-24' },
    // Tshisekedi took office in January 2019.
    { text: 'During 2016 then-President Félix Tshisekedi toured the copper mines of Kolwezi.', flag: 'then-President Félix Tshisekedi', publishedAt: '2025-09-24' },
    { text: 'Henderson, appointed by then-Prime Minister Portia Simpson-Miller in 2018, has run the authority since.', flag: 'then-Prime Minister Portia Simpson-Miller', publishedAt: '2025-09-24' },
  ],
  fine: [
    { text: 'In 2010 then-Prime Minister Hubert Ingraham opened the container port at Freeport.', publishedAt: '2025-09-24' },
    { text: 'In 2015 then-President Uhuru Kenyatta opened the railway terminal in Mombasa.', publishedAt: '2025-09-24' },
    // The year is not the act's: "after 2018" is no time of the then- phrase.
    { text: 'In the years after 2018 then-Prime Minister Portia Simpson-Miller wrote two books.', publishedAt: '2025-09-24' },
    { text: 'Wanjiru was appointed in 2019 by then-President Uhuru Kenyatta and has run the authority since.', publishedAt: '2025-09-24' },
    { text: 'Henderson got the job in 2018. He was picked by then-Prime Minister Andrew Holness over two deputies.', publishedAt: '2025-09-24' },
  ],
});
