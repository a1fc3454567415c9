import rule from '../../rules/factual-slip/office-clause.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    { text: 'Kristalina Georgieva, who leads the International Monetary Fund, said the loan to Egypt was on track.', flag: 'Kristalina Georgieva, who leads the International Monetary Fund', publishedAt: '2018-05-10' },
    { text: 'Jens Stoltenberg, who heads NATO, told allies in Brussels on Thursday to spend more on air defence.', flag: 'Jens Stoltenberg, who heads NATO', publishedAt: '2025-02-13' },
    { text: 'Ban Ki-moon, head of the United Nations, called on Monday for a ceasefire in Sudan.', flag: 'Ban Ki-moon, head of the United Nations', publishedAt: '2024-04-15' },
    { text: 'Boris Pistorius, who now heads Germany\'s defence ministry, ordered a review of the helicopter fleet.', flag: "Boris Pistorius, who now heads Germany's defence ministry", publishedAt: '2022-06-01' },
    { text: 'Thomas de Maizière, who was Germany\'s defence minister in 2016, denied knowing about the drone contract.', flag: "Thomas de Maizière, who was Germany's defence minister in 2016", publishedAt: '2025-06-02' },
    { text: 'The loan terms were agreed when Christine Lagarde was still IMF chief in 2020, the finance ministry said.', flag: 'Christine Lagarde was still IMF chief in 2020', publishedAt: '2025-06-02' },
    { text: 'Olaf Scholz was still chancellor in 2019 when the first rail contract was signed.', flag: 'Olaf Scholz was still chancellor in 2019', publishedAt: '2025-06-02' },
  ],
  fine: [
    // Past tense with its own dates: not a claim about now.
    { text: 'Mario Draghi, who headed the European Central Bank from 2011 to 2019, wrote the competitiveness report.', publishedAt: '2024-09-09' },
    // A body the record does not hold.
    { text: 'Jens Stoltenberg, who heads the Munich Security Conference, opened the meeting on Friday.', publishedAt: '2025-02-14' },
    { text: 'Gavin Gray, who heads the IMF mission to Ukraine, said the review was complete.', publishedAt: '2025-03-01' },
    // A part of the body, not the body.
    { text: "Christine Lagarde, who heads the ECB's governing council, signalled a pause.", publishedAt: '2024-03-12' },
    { text: 'Mark Rutte, who leads NATO, met Finnish President Alexander Stubb in Helsinki.', publishedAt: '2025-03-20' },
    { text: 'Christine Lagarde, who will head the European Central Bank from November, left the IMF on Thursday.', publishedAt: '2019-09-13' },
    // A historical present: the sentence names its own time.
    { text: 'In 2012, Mario Draghi, who heads the European Central Bank, promised to do whatever it takes.', publishedAt: '2025-06-02' },
    { text: "Ursula von der Leyen was still Germany's defence minister in 2018 when the consultancy contracts were signed.", publishedAt: '2025-06-02' },
    { text: 'Olaf Scholz was still chancellor in 2023 when the budget ruling came.', publishedAt: '2025-06-02' },
    // "president" of a party, not an office in the record.
    { text: "Donald Tusk was president of the European People's Party in 2021.", publishedAt: '2025-06-02' },
    { text: 'Angela Merkel was not yet chancellor in 2004, when the reform was drafted.', publishedAt: '2025-06-02' },
  ],
});
