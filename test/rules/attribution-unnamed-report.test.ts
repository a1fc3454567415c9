import rule from '../../rules/attribution/unnamed-report.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { testRule } from '../helpers/rule-tester.js';

const severities = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags.map((f) => [f.text, f.severity]);

testRule(rule, {
  flagged: [
    { text: 'The Argentine midfielder is reportedly close to a move to Saudi Arabia.', flag: 'reportedly' },
    { text: 'The rumored merger of the two Dutch banks would create the largest lender in the Benelux.', flag: 'rumored' },
    { text: 'The general is said to have ordered the withdrawal without consulting the cabinet.', flag: 'is said to' },
    { text: 'The retailer is understood to be preparing a bid for its Swedish rival.', flag: 'is understood to' },
    { text: 'Reportedly, the vaccine shipments were held at the port of Mombasa for two weeks.', flag: 'Reportedly' },
    // Harm to people, passed on with no report named.
    { text: 'Two miners were reportedly killed when the shaft in Kabwe collapsed.', flag: 'reportedly' },
    { text: 'Eleven pupils reportedly fell ill after drinking from the school’s tap in Iloilo.', flag: 'reportedly' },
  ],
  fine: [
    { text: 'The Argentine midfielder is close to a move to Saudi Arabia, Marca reported on Tuesday.' },
    { text: 'The two Dutch banks are reportedly in merger talks, according to Het Financieele Dagblad.' },
    { text: 'The vaccine shipments were reportedly held at the port, a Reuters report said.' },
    { text: 'The former mayor allegedly diverted 2 million euros to a relative’s company.' },
    { text: 'The general said to the cabinet that the withdrawal was complete.' },
    { text: '“He is reportedly unhappy, but I have not spoken to him,” the coach said.' },
    { text: 'Eight workers were reportedly taken to hospital, the Ming Pao newspaper reported.' },
  ],
});

describe('attribution/unnamed-report severity', () => {
  it('warns when the hedged claim is harm to people', () => {
    expect(severities('Several families have reportedly been to hospital after eating the dumplings sold in Kaohsiung.')).toEqual([['reportedly', 'warning']]);
    expect(severities('The opposition leader is said to have been arrested at the airport in Minsk.')).toEqual([['is said to', 'warning']]);
    expect(severities('Two miners were reportedly killed when the shaft in Kabwe collapsed.')).toEqual([['reportedly', 'warning']]);
  });

  it('keeps other hedged claims at info', () => {
    expect(severities('The company has reportedly paid the hackers 2 million dollars.')).toEqual([['reportedly', 'info']]);
    expect(severities('The singer is said to be recovering at home in Seoul.')).toEqual([['is said to', 'info']]);
  });

  it('reads a harm word only as the hedged predicate, not later in the sentence', () => {
    // "offered" is the predicate; "injured" describes the striker.
    expect(severities('The club has reportedly offered the injured striker a new contract.')).toEqual([['reportedly', 'info']]);
  });
});

// An allegation with no one alleging it.
testRule(rule, {
  flagged: [
    { text: 'The club’s treasurer is alleged to have kept two sets of books.', flag: 'is alleged to' },
    { text: 'The referee was alleged to have taken money before the derby in Tirana.', flag: 'was alleged to' },
    { text: 'Two former directors are alleged to have moved the funds to Cyprus.', flag: 'are alleged to' },
    { text: 'The headteacher is alleged to be the owner of the catering firm.', flag: 'is alleged to' },
    { text: 'The warden is alleged to have beaten a prisoner in Kharkiv.', flag: 'is alleged to' },
  ],
  fine: [
    { text: 'Prosecutors allege that the treasurer kept two sets of books.' },
    { text: 'The treasurer is alleged to have kept two sets of books, according to Public Prosecutor Ana Vidal.' },
    { text: '“He is alleged to have taken cash, but nobody has shown me proof,” the coach said.' },
    { text: 'The charge sheet alleged that the treasurer kept two sets of books.' },
    { text: 'The former mayor allegedly diverted funds to a relative’s firm.' },
  ],
});

// Research credited to no study a reader could find.
testRule(rule, {
  flagged: [
    { text: 'Research published in the spring suggested that cycle lanes cut road deaths by a third.', flag: 'Research published in the spring suggested' },
    { text: 'A recent study found that half of the wells in the district run dry by March.', flag: 'recent study found' },
    { text: 'Studies have shown that bus lanes cut journey times by a fifth.', flag: 'Studies have shown' },
    { text: 'A survey released in March found that 40 per cent of nurses plan to emigrate.', flag: 'survey released in March found' },
    { text: 'One study estimated that the dam would lose a third of its storage to silt.', flag: 'One study estimated' },
  ],
  fine: [
    { text: 'A study published in The Lancet found that the drug halved deaths.' },
    { text: 'The study found that the drug halved deaths among older patients.' },
    { text: 'A study by Makerere University found that yields fell by a quarter.' },
    { text: 'Research published in May suggested a link. The study, by researchers at the University of Ghana, followed 900 children.' },
    { text: 'Harvard research shows that short naps help pilots.' },
    { text: 'Her research showed that the river had moved two kilometres since 1950.' },
    { text: '“Studies have shown this works,” said Dr Amina Yusuf, a paediatrician at Aga Khan University Hospital.' },
  ],
});
