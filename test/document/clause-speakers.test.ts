/**
 * Speakers read across a relative clause ("A planner who has worked for the city says")
 * and estimates as cues ("put the toll at 41"), with the guards that keep a cue from
 * going to the wrong subject.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

/** Each cue in `text` with its speaker's text ('-' for none). */
function speakers(text: string): [string, string][] {
  const doc = buildDocument({ id: 't', text, publishedAt: '2025-05-01', source: null });
  return doc.attributions.map((a) => [text.slice(a.cue.start, a.cue.end), a.speaker ? text.slice(a.speaker.start, a.speaker.end) : '-']);
}

describe('a relative clause between the speaker and the cue', () => {
  it('gives the cue to the phrase the clause hangs on', () => {
    expect(speakers('A customs officer who has worked at the port for a decade says the scanners are broken.')).toEqual([['says', 'A customs officer']]);
    expect(speakers('Residents who were evacuated on Sunday say the water rose within minutes.')).toEqual([['say', 'Residents']]);
    expect(speakers('A nurse whose ward was closed last week said patients had been moved into corridors in Bari.')).toEqual([['said', 'A nurse']]);
    expect(speakers('The company that owns the mine in Kitwe said output would fall.')).toEqual([['said', 'The company']]);
    expect(speakers('The court heard that a man who worked at the depot said he saw the fire.')).toContainEqual(['said', 'a man']);
  });

  it('a long relative clause with a clause of its own inside ("because …") still hangs on the subject', () => {
    expect(speakers('A nurse who did not want to be named because she is not allowed to speak to reporters told the paper that two wards were shut.')).toContainEqual(['told', 'A nurse']);
  });

  it('a role with a portfolio of two nouns ("minister of industry and trade") speaks whole', () => {
    expect(speakers('"The port will reopen when it is safe," the minister of transport and housing said on Friday.')).toEqual([['said', 'the minister of transport and housing']]);
  });

  it('past an age set off by commas, the person speaks, not the age', () => {
    expect(speakers('The depot\'s oldest driver, Tomas Varga, 61, who joined in 1984, said the new rota was unworkable.')).toEqual([['said', 'Tomas Varga']]);
    expect(speakers('Lena Horvat, 34, who runs a bakery on the square, says trade has halved.')).toEqual([['says', 'Lena Horvat']]);
  });

  it('keeps the relative clause as the speaker\'s appositive', () => {
    const text = 'A driver who works the night shift says the timetable leaves gaps.';
    const doc = buildDocument({ id: 't', text, publishedAt: '2025-05-01', source: null });
    const sp = doc.attributions[0]!.speaker!;
    expect(text.slice(sp.appositive!.start, sp.appositive!.end)).toBe('who works the night shift');
    const aux = 'Residents who were evacuated have said the water rose within minutes.';
    const a = buildDocument({ id: 't', text: aux, publishedAt: '2025-05-01', source: null }).attributions[0]!.speaker!;
    expect([aux.slice(a.start, a.end), aux.slice(a.appositive!.start, a.appositive!.end)]).toEqual(['Residents', 'who were evacuated']);
  });

  it('leaves a phrase that is the subject of its own clause', () => {
    // "the audit" is the subject of "says" inside the relative clause.
    expect(speakers('The minister who the audit says misled parliament resigned.')).toEqual([['says', 'the audit']]);
    // "the coroner would confirm": an auxiliary makes "the coroner" a subject.
    expect(speakers('Officials who met the family said the coroner would confirm the cause.')).toEqual([
      ['said', 'Officials'],
      ['confirm', 'the coroner'],
    ]);
    // After a speech verb the phrase is the subject of the reported words.
    expect(speakers('Officials who met the family said the coroner confirms it.')).toEqual([
      ['said', 'Officials'],
      ['confirms', 'the coroner'],
    ]);
  });

  it('never makes an object or a prepositional object the speaker', () => {
    expect(speakers('The mayor hired a planner who worked for the city says nothing.')).not.toContainEqual(['says', 'a planner']);
    expect(speakers('Parents of two of the children who died have said the injections were unsafe.')).not.toContainEqual(['said', 'the children']);
  });
});

describe('"put <thing> at <figure>" as an estimate', () => {
  it('reads the verb as a cue before "at" and a figure', () => {
    expect(speakers('Police in Tromsø put the number of protesters at 3,000.')).toEqual([['put', 'Police in Tromsø']]);
    expect(speakers('Analysts put the job losses at up to 600 over three years.')).toEqual([['put', 'Analysts']]);
    expect(speakers('The council put the cost at about £3.2 million.')).toEqual([['put', 'The council']]);
    expect(speakers('Union leaders pegged the number of strikers at more than 4,000.')).toEqual([['pegged', 'Union leaders']]);
  });

  it('does not read other uses of the verb', () => {
    expect(speakers('The strike put the children at risk.')).toEqual([]);
    expect(speakers('The government put forward a plan at 9am.')).toEqual([]);
    expect(speakers('The minister put the meeting at 10:30 on Friday.')).toEqual([]);
    expect(speakers('The toll was put at 41 by the regional governor.')).toEqual([]);
  });
});
