import rule from '../../rules/framing/silence-contradiction.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      text: '“My client was at home that night,” his lawyer, Marta Ferreira, told the court in Braga.\n\nThe defence has not commented on the case since the trial began.',
      flag: 'The defence has not commented',
    },
    {
      text: 'Qantas rejected the union\'s findings on Thursday, saying its maintenance record "speaks for itself." The union wants an independent review of the engine checks.\n\nQantas has not commented on the report.',
      flag: 'Qantas has not commented on the report',
    },
    {
      text: 'Mayor Luisa Ferri, who has remained silent on the audit, told reporters in Naples on Friday that the figures were "invented."',
      flag: 'has remained silent on the audit',
    },
    {
      text: 'Lawyers for Ryanair argued that the strike was illegal. The court in Dublin sided with the pilots.\n\nBoth sides have remained silent on the dispute.',
      flag: 'Both sides have remained silent on the dispute',
    },
    {
      text: 'Petrobras Holdings denied any role in the spill off the coast of Bahia. Shell, its partner in the field, said it was cooperating with the navy.\n\nThe two companies have stayed quiet about the spill.',
      flag: 'The two companies have stayed quiet',
    },
    {
      text: 'The Kremlin has remained silent on the allegations. Kremlin spokesman Dmitry Peskov told reporters in Moscow on Monday that the report was "absurd."',
      flag: 'The Kremlin has remained silent on the allegations',
    },
  ],
  fine: [
    { text: 'Tesla said on Tuesday it would recall about 200,000 vehicles in China. Tesla has remained silent on the cost of the recall.' },
    { text: 'Samsung denied the report on Monday. Apple has remained silent on the allegations.' },
    { text: 'In 2019, the federation said it would reform its election rules. The federation has not commented on the new allegations.', publishedAt: '2025-03-10' },
    { text: 'The company, which has denied wrongdoing, declined to comment further on the investigation in Ohio.' },
    { text: 'Officials have not commented publicly. A Treasury official said the review would conclude in May.' },
    { text: 'The ministry would remain silent until the inquiry ends, the minister said on Tuesday.' },
    { text: 'Both companies remain silent on the merger. Analysts at Barclays said the deal could be blocked by regulators in Brussels.' },
  ],
});
