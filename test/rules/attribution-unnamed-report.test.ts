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
