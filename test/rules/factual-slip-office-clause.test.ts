import rule from '../../rules/factual-slip/office-clause.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    // "in office since", "in power since" after a titled name: the start of the tenure.
    { text: 'President Recep Tayyip Erdoğan, in power since 2019, opened the new airport terminal on Friday.', flag: 'Recep Tayyip Erdoğan, in power since 2019', publishedAt: '2025-06-27' },
    { text: "Kenya's president, William Ruto, in office since 2020, signed the finance bill.", flag: 'William Ruto, in office since 2020', publishedAt: '2025-06-27' },
    { text: 'Prime Minister Boris Johnson, in office since 2019, has promised a new runway.', flag: 'Boris Johnson, in office since 2019', publishedAt: '2025-06-27' },
    // "<body>, then led by X," after an act dated before it.
    { text: 'The programme grew with a loan approved in January 2024 by the International Monetary Fund, then led by Christine Lagarde.', flag: 'the International Monetary Fund, then led by Christine Lagarde', publishedAt: '2024-03-18' },
    { text: 'Extra troops were sent in 2010 by NATO, then led by Jens Stoltenberg, to the eastern border.', flag: 'NATO, then led by Jens Stoltenberg', publishedAt: '2024-03-18' },
    { text: 'The bond programme was launched in 2012 by the ECB, at the time headed by Jean-Claude Trichet.', flag: 'the ECB, at the time headed by Jean-Claude Trichet', publishedAt: '2024-03-18' },
    { text: 'Kristalina Georgieva, who leads the International Monetary Fund, said the loan to Egypt was on track.', flag: 'Kristalina Georgieva, who leads the International Monetary Fund', publishedAt: '2018-05-10' },
    { text: 'Jens Stoltenberg, who heads NATO, told allies in Brussels on Thursday to spend more on air defence.', flag: 'Jens Stoltenberg, who heads NATO', publishedAt: '2025-02-13' },
    { text: 'Ban Ki-moon, head of the United Nations, called on Monday for a ceasefire in Sudan.', flag: 'Ban Ki-moon, head of the United Nations', publishedAt: '2024-04-15' },
    { text: 'Boris Pistorius, who now heads Germany\'s defence ministry, ordered a review of the helicopter fleet.', flag: "Boris Pistorius, who now heads Germany's defence ministry", publishedAt: '2022-06-01' },
    { text: 'Thomas de Maizière, who was Germany\'s defence minister in 2016, denied knowing about the drone contract.', flag: "Thomas de Maizière, who was Germany's defence minister in 2016", publishedAt: '2025-06-02' },
    { text: 'The loan terms were agreed when Christine Lagarde was still IMF chief in 2020, the finance ministry said.', flag: 'Christine Lagarde was still IMF chief in 2020', publishedAt: '2025-06-02' },
    { text: 'Olaf Scholz was still chancellor in 2019 when the first rail contract was signed.', flag: 'Olaf Scholz was still chancellor in 2019', publishedAt: '2025-06-02' },
    // The present perfect with "since": held from then to now.
    { text: 'Olaf Scholz, who has been chancellor since 2021, told the Bundestag the budget would pass.', flag: 'Olaf Scholz, who has been chancellor since 2021', publishedAt: '2025-09-03' },
    { text: 'Kristalina Georgieva, who has headed the IMF since 2015, met Argentina\'s economy minister in Washington.', flag: 'Kristalina Georgieva, who has headed the IMF since 2015', publishedAt: '2024-06-04' },
    { text: 'Ban Ki-moon has served as UN secretary-general since 2007, and his envoy arrived in Khartoum on Monday.', flag: 'Ban Ki-moon has served as UN secretary-general since 2007', publishedAt: '2023-04-17' },
    // An appositive title with "since" says the same.
    { text: 'Christine Lagarde, the IMF chief since 2011, urged Kenya to widen its tax base.', flag: 'Christine Lagarde, the IMF chief since 2011', publishedAt: '2024-06-04' },
    { text: "Rishi Sunak, Britain's prime minister since 2022, opened the hydrogen plant in Teesside.", flag: "Rishi Sunak, Britain's prime minister since 2022", publishedAt: '2025-02-10' },
    { text: 'Mike Pompeo, who heads the State Department, told reporters in Seoul on Monday that the talks would resume.', flag: 'Mike Pompeo, who heads the State Department', publishedAt: '2023-05-08' },
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
    // "since" with the record agreeing, at the article's date.
    { text: 'Mark Rutte, who has led NATO since October 2024, visited the Baltic air-policing base on Tuesday.', publishedAt: '2025-03-11' },
    { text: 'Friedrich Merz, who has been chancellor since May, met Polish farmers in Frankfurt an der Oder.', publishedAt: '2025-09-03' },
    { text: "Kristalina Georgieva, who has headed the IMF since 2019, met Argentina's economy minister in Washington.", publishedAt: '2024-06-04' },
    { text: 'Jens Stoltenberg, who has led NATO since 2014, told allies in Vilnius to raise spending.', publishedAt: '2023-07-11' },
    { text: 'António Guterres, who has been head of the United Nations since 2017, opened the session.', publishedAt: '2025-09-23' },
    { text: "Keir Starmer, Britain's prime minister since July, opened the hydrogen plant in Teesside.", publishedAt: '2025-02-10' },
    // A body or office the record does not hold, and quoted words.
    { text: 'Ana Ruiz, who has led the port authority since 2014, said the cranes would be replaced.', publishedAt: '2025-06-02' },
    { text: "Jens Stoltenberg, who has been Norway's finance minister since February, presented the budget.", publishedAt: '2025-09-23' },
    { text: '“Jens Stoltenberg, who has led NATO since 2014, knows this,” the minister said.', publishedAt: '2025-09-23' },
    { text: 'Marco Rubio, who heads the State Department, told reporters in Seoul on Monday that the talks would resume.', publishedAt: '2025-05-05' },
    // "in office since" with the record agreeing (a tenure across governing offices counts), or under "former".
    { text: "Turkey's president, Recep Tayyip Erdoğan, in power since 2003, opened the airport terminal.", publishedAt: '2025-06-27' },
    { text: 'President Recep Tayyip Erdoğan, who has been in power since 2014, opened the airport terminal.', publishedAt: '2025-06-27' },
    { text: "Kenya's president, William Ruto, in office since September 2022, signed the finance bill.", publishedAt: '2025-06-27' },
    { text: 'Former Prime Minister Boris Johnson, in office from 2019 to 2022, wrote a column on the runway.', publishedAt: '2025-06-27' },
    // "then led by X" with the record agreeing, or with no dated act before it.
    { text: 'It followed a 2018 pasture project financed by the IMF, then led by Christine Lagarde.', publishedAt: '2024-03-18' },
    { text: 'Extra troops were sent in 2023 by NATO, then led by Jens Stoltenberg, to the eastern border.', publishedAt: '2024-03-18' },
    { text: 'The IMF, then led by Christine Lagarde, approved the loan after a long review.', publishedAt: '2024-03-18' },
  ],
});
