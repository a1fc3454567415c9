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
    {
      // A chief executive speaks for the company named before the role.
      text: 'Baltic Air chief executive Ilze Ozola rejected the pilots’ safety claims on Monday, calling them “baseless.”\n\nBaltic Air has not commented on the claims.',
      flag: 'Baltic Air has not commented on the claims',
    },
    {
      // "whether <what the denial answered>" is the same question, not a narrower one.
      text: 'Ferrovia Nord denied on Tuesday that the brakes on the train had been faulty.\n\nFerrovia Nord has stayed tight-lipped about whether the brakes were faulty.',
      flag: 'Ferrovia Nord has stayed tight-lipped about whether the brakes were faulty',
    },
    {
      text: 'Andes Telecom CEO Marco Ruiz insisted that no customer passwords had been stolen in the attack.\n\nAndes Telecom has remained silent on whether customer passwords were stolen.',
      flag: 'Andes Telecom has remained silent on whether customer passwords were stolen',
    },
  ],
  fine: [
    // A whether-question on another topic than the denial is narrower.
    { text: 'Andes Telecom CEO Marco Ruiz insisted that no customer passwords had been stolen.\n\nAndes Telecom has stayed tight-lipped about whether it had received a ransom demand.' },
    // A former chief executive no longer speaks for the company.
    { text: 'Former Baltic Air chief executive Janis Berzins rejected the pilots’ claims on Monday.\n\nBaltic Air has not commented on the claims.' },
    // The details of a report are narrower than denying the report.
    { text: 'The ministry denied the report on Monday.\n\nThe ministry has remained silent on the details of the report.' },

    { text: 'Tesla said on Tuesday it would recall about 200,000 vehicles in China. Tesla has remained silent on the cost of the recall.' },
    { text: 'Samsung denied the report on Monday. Apple has remained silent on the allegations.' },
    { text: 'In 2019, the federation said it would reform its election rules. The federation has not commented on the new allegations.', publishedAt: '2025-03-10' },
    { text: 'The company, which has denied wrongdoing, declined to comment further on the investigation in Ohio.' },
    { text: 'Officials have not commented publicly. A Treasury official said the review would conclude in May.' },
    { text: 'The ministry would remain silent until the inquiry ends, the minister said on Tuesday.' },
    { text: 'Both companies remain silent on the merger. Analysts at Barclays said the deal could be blocked by regulators in Brussels.' },
  ],
});
