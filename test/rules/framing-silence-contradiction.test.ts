import rule from '../../rules/framing/silence-contradiction.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  flagged: [
    {
      // "did not answer when asked whether ..." restating what the company denied.
      text: 'Nordbank denied that any customer data had been sold to advertisers.\n\nNordbank did not answer when asked whether customer data had been sold to advertisers.',
      flag: 'Nordbank did not answer when asked whether customer data had been sold to advertisers',
    },
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
    {
      // "Asked whether ..., X refused to say": the question restates the denial; "the authority" is the named Authority.
      text: 'The Jordan Valley Authority rejected claims that farmers in the Karak district had been overcharged for irrigation water. "Every bill follows the published tariff," a spokesman said.\n\nAsked whether any farmers had been overcharged since the tariff changed in January, the authority refused to say.',
      flag: 'the authority refused to say',
    },
    {
      // "has not responded to questions about"; "the removal" is what "had been removed" denied.
      text: 'Porto Seguro Logistics chief executive Helena Vaz denied on Tuesday that containers had been removed from the bonded warehouse in Sines without customs clearance.\n\nPorto Seguro Logistics has not responded to questions about the removal of the containers.',
      flag: 'Porto Seguro Logistics has not responded to questions about the removal of the containers',
    },
    {
      // "disputed that" is a denial.
      text: 'The Lagos State transport ministry disputed that the new toll on the Lekki bridge had caused the delays reported by commuters on Monday.\n\nThe ministry has remained silent on the delays.',
      flag: 'The ministry has remained silent on the delays',
    },
    {
      // "dismissed reports that ... paid" against "kept quiet about the payments".
      text: 'Andina Mining dismissed reports that it had paid local officials in Cajamarca to speed up a water permit.\n\nAndina Mining has kept quiet about the payments.',
      flag: 'Andina Mining has kept quiet about the payments',
    },
    {
      // "would not say whether" the very thing it denied.
      text: 'Finavia denied on Friday that the runway lights at Oulu airport had failed during the storm.\n\nFinavia would not say whether the runway lights had failed.',
      flag: 'Finavia would not say whether the runway lights had failed',
    },
    // Held-out 6 shapes. A wh-question after a flat denial of the same matter (two words shared).
    {
      text: 'Lakeside Dairy has denied using contaminated milk powder. "We have never bought powder from unlicensed traders," the company said on Monday.\n\nThe company did not answer when asked where it had bought the milk powder used in the recalled batches.',
      flag: 'The company did not answer when asked where it had bought the milk powder',
    },
    {
      text: 'The interior ministry has denied that police fired tear gas inside the stadium.\n\nThe ministry did not reply when asked how many tear gas canisters police had fired that night.',
      flag: 'The ministry did not reply when asked how many tear gas canisters',
    },
    // "said it would not go into details": the speaker is silent on the question put before it.
    {
      text: 'The airline has said it will not compensate passengers for the strike.\n\nPressed on whether any compensation had been paid to business-class passengers, a spokesman for the airline said it would not go into details.',
      flag: 'a spokesman for the airline said it would not go into details',
    },
    // A yes-no question on what the speaker flatly said it will not do.
    {
      text: 'The Port of Durban has said it will not pay the ransom.\n\nAsked whether any payment had been made to the hackers, the port declined to comment.',
      flag: 'the port declined to comment',
    },
  ],
  fine: [
    { text: 'Nordbank denied that any customer data had been sold to advertisers. Nordbank did not answer when asked when the Aarhus branch would close.' },
    // A question on another matter than the denial.
    { text: 'Andina Mining denied wrongdoing on Monday. Asked about the cost of the new water permit, Andina Mining declined to comment.' },
    { text: 'The Jordan Valley Authority rejected claims that farmers had been overcharged for irrigation water. Asked whether the tariff would rise next year, the authority refused to say.' },
    // "when" narrows the question.
    { text: 'Finavia denied on Friday that the runway lights at Oulu airport had failed. Finavia would not say when the runway would reopen.' },
    // Another body with the same last word is not "the authority" of the denial.
    { text: 'The Water Authority dismissed reports that the reservoir at Mujib was leaking. The Port Authority has not commented on the reservoir.' },
    // The possessive topic is read: the licence is not what was denied.
    { text: 'Porto Seguro Logistics denied on Tuesday that containers had been removed from the warehouse. Porto Seguro Logistics has not responded to questions about its customs licence.' },
    { text: 'The health board has not responded to questions about staffing levels. Its chair said on Monday that the new ward in Inverness would open in May.' },
    // A vague question before the silence that the denial did not answer.
    { text: 'The Lagos State transport ministry disputed that the toll had caused delays. Asked about the contractor, the ministry declined to comment.' },
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
    // A wh-question on another matter, one word shared, or after a statement that denies nothing.
    { text: 'Lakeside Dairy has denied using contaminated milk powder.\n\nThe company did not answer when asked where it would build its new plant.' },
    { text: 'The interior ministry has denied that police fired tear gas inside the stadium.\n\nThe ministry did not reply when asked how many officers had been injured.' },
    { text: 'The ministry said 40,000 doses of the measles vaccine had been delivered to Kano on Monday.\n\nThe ministry declined to say how many doses of the vaccine had been given to children.' },
    { text: 'The ministry denied that vaccine supplies had run out in Kano. The ministry did not say when new vaccine supplies would arrive.' },
    // "would not go into details" with no question before it, or said by another body.
    { text: 'The airline has said it will not compensate passengers for the strike. A spokesman for the airline said it would not go into details.' },
    { text: "The airline has said it will not compensate passengers for the strike. Pressed on whether any compensation had been paid, a spokesman for the pilots' union said it would not go into details." },
    { text: 'The Port of Durban has said it will not pay the ransom.\n\nAsked whether the container terminal would reopen on Monday, the port declined to comment.' },
  ],
});

describe('framing/silence-contradiction severity', () => {
  const severities = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => f.severity);
  it('warns on a narrower question after a flat denial of the same matter', () => {
    expect(severities('Lakeside Dairy has denied using contaminated milk powder. "We have never bought powder from unlicensed traders," the company said on Monday.\n\nThe company did not answer when asked where it had bought the milk powder used in the recalled batches.')).toEqual(['warning']);
  });
  it('warns when asked whether the very thing flatly denied happened', () => {
    expect(severities('The Port of Durban has said it will not pay the ransom.\n\nAsked whether any payment had been made to the hackers, the port declined to comment.')).toEqual(['warning']);
  });
  it('keeps a plain "declined to comment" after a denial at info', () => {
    expect(severities('The Port of Durban denied the report on Monday.\n\nThe port declined to comment on the allegations.')).toEqual(['info']);
  });
});

// Two speakers' clauses joined by a semicolon (a standfirst's "Growers say ...; the
// cooperative denies ..."): a narrower question restates the denial only by words of the
// denial's own clause, not of the other speaker's.
const between = 'The harvest was the smallest in a decade after a dry spring.\n\nPrices at the Kigoma market rose by a third in April.\n\nThe regional government has promised seed subsidies for next season.';
testRule(rule, {
  flagged: [
    {
      text: `Growers in Kigoma say they were not paid on time; the cooperative denies that payments for the 2024 harvest were late.\n\n${between}\n\nThe cooperative declined to say why payments for the 2024 harvest were late.`,
      flag: 'The cooperative declined to say why payments',
    },
  ],
  fine: [
    { text: `Growers in Kigoma say payments for the 2024 coffee harvest reached them five months late; the cooperative denies that any payment was withheld.\n\n${between}\n\nThe cooperative declined to say why the payments to growers were five months late.` },
    { text: `Fishermen in Mwanza say the catch fell by half after the dredging; the port authority denies that any dredging took place in May.\n\n${between}\n\nThe port authority declined to say why the catch in Mwanza had fallen by half.` },
  ],
});
