// The third wider coverage of the offices record (Cabo Verde, Burundi, European and Asian monarchs,
// the presidents of Greece, Hungary, Ethiopia and the Swiss Confederation, Bulgaria's prime
// ministers), seen through factual-slip/office-title: a predecessor or a holder of another office
// given the title on the article's date, and their correct neighbours.
import rule from '../../rules/factual-slip/office-title.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'Cape Verdean Prime Minister José Maria Neves opened the new ferry terminal on Sal on Monday.', flag: 'Cape Verdean Prime Minister José Maria Neves', publishedAt: '2023-05-15' },
    { text: 'Burundian President Pierre Nkurunziza inaugurated the coffee washing station in Gitega on Friday.', flag: 'Burundian President Pierre Nkurunziza', publishedAt: '2022-03-11' },
    { text: 'Greek President Katerina Sakellaropoulou laid a wreath at the harbour memorial in Thessaloniki on Sunday.', flag: 'Greek President Katerina Sakellaropoulou', publishedAt: '2025-10-26' },
    { text: 'Hungarian President János Áder handed out the national science prizes in Budapest on Tuesday.', flag: 'Hungarian President János Áder', publishedAt: '2023-03-14' },
    { text: 'Swiss President Alain Berset welcomed the Alpine rail delegation to Bern on Wednesday.', flag: 'Swiss President Alain Berset', publishedAt: '2024-05-15' },
    { text: 'Bulgarian Prime Minister Kiril Petkov toured the grain terminal at the port of Varna on Monday.', flag: 'Bulgarian Prime Minister Kiril Petkov', publishedAt: '2023-09-11' },
  ],
  fine: [
    // A one-year rotating presidency: its holders hold other titled posts the record lacks
    // (vice president the year before, a ministry, later a secretary-generalship elsewhere).
    { text: 'Vice President Guy Parmelin opened the watch fair in Bern on Tuesday.', publishedAt: '2025-03-11' },
    { text: 'Secretary General Alain Berset visited the rail tunnel works on Monday.', publishedAt: '2025-03-10' },
    { text: 'Cape Verdean President José Maria Neves opened the new ferry terminal on Sal on Monday.', publishedAt: '2023-05-15' },
    { text: 'Burundian President Évariste Ndayishimiye inaugurated the coffee washing station in Gitega on Friday.', publishedAt: '2022-03-11' },
    { text: 'Greek President Konstantinos Tasoulas laid a wreath at the harbour memorial in Thessaloniki on Sunday.', publishedAt: '2025-10-26' },
    { text: 'Swiss President Viola Amherd welcomed the Alpine rail delegation to Bern on Wednesday.', publishedAt: '2024-05-15' },
    { text: 'Former Prime Minister Kiril Petkov toured the grain terminal at the port of Varna on Monday.', publishedAt: '2023-09-11' },
    { text: 'Ethiopian President Taye Atske Selassie opened the new public library in Addis Ababa on Thursday.', publishedAt: '2025-02-13' },
  ],
});
