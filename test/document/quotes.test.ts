/**
 * Quotes and their speakers in the five seed articles, against a list made by hand:
 * every direct quotation in the story text (page chrome excluded), in order, with the
 * speaker phrase the text gives it (null when nobody is quoted: a label or a term in
 * quote marks) and, for "he said" / "the company said", the mention it stands for.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { Article } from '../../src/schema.js';
import { seedArticles } from '../helpers/seeds.js';

interface Expected {
  /** The start of the quoted content, enough to tell it apart. */
  quote: string;
  speaker: string | null;
  refersTo?: string;
  /** The proper name inside the speaker phrase, when it matters ("Liu Pengyu’s statement"). */
  name?: string;
}

const expected: Record<string, Expected[]> = {
  '000': [
    { quote: 'opportunities', speaker: 'The document' },
    { quote: 'threaten U.S. security', speaker: 'The document' },
    { quote: 'nonsense', speaker: 'Alibaba’s representatives' },
    { quote: 'manipulate public opinion and discredit', speaker: 'Alibaba’s representatives' },
  ],
  '001': [
    { quote: 'opportunities', speaker: 'The document' },
    { quote: 'nonsense', speaker: 'Alibaba' },
    { quote: 'manipulate public opinion and discredit', speaker: 'Alibaba' },
  ],
  '002': [
    { quote: 'These threats are being treated', speaker: 'a U.S. official' },
    { quote: 'The claims and insinuations', speaker: 'Alibaba' },
    { quote: 'malicious PR operation', speaker: 'The company', refersTo: 'Alibaba' },
    { quote: 'distortion of reality', speaker: 'China’s embassy in Washington' },
    { quote: 'extremely irresponsible', speaker: 'China’s embassy in Washington' },
    { quote: 'Without valid proof', speaker: 'Spokesperson Liu Pengyu', name: 'Liu Pengyu' },
    { quote: 'The threats posed by dual-use', speaker: 'cybersecurity expert Dr. Eleanor Matthews', name: 'Eleanor Matthews' },
  ],
  '003': [
    // "material that was once labelled “top secret”": a label, nobody speaking.
    { quote: 'top secret', speaker: null },
    { quote: 'zero-day', speaker: 'intelligence' },
    { quote: 'The claims purportedly based', speaker: 'Alibaba' },
    { quote: 'growing breadth and depth', speaker: 'the Office of the Director of National Intelligence' },
    { quote: 'takes these threats very seriously', speaker: 'a US official' },
    { quote: 'The federal government and industry', speaker: 'he', refersTo: 'John Moolenaar' },
    // The name of China's strategy, not something "they say".
    { quote: 'military civil fusion', speaker: null },
    { quote: 'unprecedented', speaker: 'Dennis Wilder', name: 'Dennis Wilder' },
    { quote: 'The PLA is conducting', speaker: 'He', refersTo: 'Dennis Wilder' },
    { quote: 'system destruction warfare', speaker: 'he', refersTo: 'Dennis Wilder' },
    { quote: 'complete distortion of facts', speaker: 'The Chinese embassy in Washington' },
    { quote: 'attaches great importance', speaker: 'The Chinese embassy in Washington' },
  ],
  '004': [
    { quote: 'The assertions and innuendos', speaker: 'a company spokesperson' },
    { quote: 'We question the motivation', speaker: 'The spokesperson', refersTo: 'a company spokesperson' },
    { quote: 'malicious PR operation [that]', speaker: 'Alibaba' },
    { quote: 'The Chinese government...', speaker: 'Liu Pengyu', name: 'Liu Pengyu' },
    { quote: 'Chinese state-sponsored group', speaker: 'Anthropic' },
    { quote: 'not familiar with the specifics', speaker: 'Chinese foreign ministry spokesman Lin Jian', name: 'Lin Jian' },
    { quote: 'consistently fought hacking', speaker: 'Chinese foreign ministry spokesman Lin Jian' },
    { quote: 'This malicious PR operation', speaker: 'the Alibaba spokesperson' },
    // "Liu Pengyu’s statement stressed": the statement's author is the speaker.
    { quote: 'The Chinese government...', speaker: 'Liu Pengyu’s statement', name: 'Liu Pengyu' },
  ],
};

describe('quotes and speakers in the seeds', () => {
  for (const article of seedArticles) {
    const list = expected[article.id]!;
    it(`article ${article.id}: every quotation, with its speaker`, () => {
      const doc = buildDocument(Article.parse(article));
      const slice = (s: { start: number; end: number } | undefined) => (s ? doc.text.slice(s.start, s.end) : undefined);
      const got = doc.quotes.map((q) => ({
        quote: slice(q.content)!,
        speaker: slice(q.speaker) ?? null,
        refersTo: slice(q.speaker?.refersTo),
        name: slice(q.speaker?.name),
      }));
      expect(got.length, got.map((g) => g.quote.slice(0, 40)).join(' | ')).toBe(list.length);
      list.forEach((e, i) => {
        const g = got[i]!;
        expect(g.quote.startsWith(e.quote), `quote ${i}: ${g.quote.slice(0, 50)}`).toBe(true);
        expect(g.speaker, `speaker of "${e.quote}"`).toBe(e.speaker);
        if (e.refersTo) expect(g.refersTo, `referent of "${e.quote}"`).toBe(e.refersTo);
        if (e.name) expect(g.name, `name in the speaker of "${e.quote}"`).toBe(e.name);
      });
    });
  }

  it('keeps quote, content and speaker spans true to the text', () => {
    for (const article of seedArticles) {
      const doc = buildDocument(Article.parse(article));
      for (const q of doc.quotes) {
        expect(q.content.start).toBe(q.start + 1);
        expect(q.content.end).toBe(q.end - 1);
        if (q.speaker) expect(q.speaker.start).toBeLessThan(q.speaker.end);
        expect(doc.chrome.some((c) => q.start < c.end && c.start < q.end)).toBe(false);
      }
    }
  });
});

describe('references to a body named before', () => {
  const referent = (text: string, speaker: string) => {
    const doc = buildDocument({ id: 't', text });
    const a = doc.attributions.find((x) => x.speaker && text.slice(x.speaker.start, x.speaker.end) === speaker)!;
    const r = a.speaker!.refersTo;
    return r ? text.slice(r.start, r.end) : undefined;
  };

  it('"the company said" refers to the company named before', () => {
    expect(referent('Petrobras said output rose 4% in May. The company said prices would hold.', 'The company')).toBe('Petrobras');
  });

  it('"the finance ministry" does not refer to a titled person of another ministry', () => {
    const text = 'Information Minister Mohammed Idris said the protests were organised. The finance ministry said the subsidy would not return.';
    expect(referent(text, 'The finance ministry')).toBeUndefined();
  });
});

describe('names with lower-case particles', () => {
  const speakerName = (text: string) => {
    const doc = buildDocument(Article.parse({ id: 'p', text }));
    const name = doc.attributions[0]?.speaker?.name;
    return name && doc.text.slice(name.start, name.end);
  };

  it('keeps "de", "van", "da" inside the speaker\'s name', () => {
    expect(speakerName('Dam report\n\nPieter de Vries, an economist at Tilburg University, said the dam would fail.')).toBe('Pieter de Vries');
    expect(speakerName('Port strike\n\nDockers leader Karel van Dijk said the strike would go on until Friday.')).toBe('Karel van Dijk');
    expect(speakerName('Election\n\nCandidate Ana Paula da Costa said she would contest the result in Luanda.')).toBe('Ana Paula da Costa');
  });

  it('does not join two names across a lower-case word that is not a particle', () => {
    expect(speakerName('Talks\n\nMinister Ana Ruiz and Pedro Gil said the talks had stalled.')).not.toBe('Ana Ruiz and Pedro Gil');
  });
});

describe('a speaker with an appositive after the quote', () => {
  const speakerOf = (text: string) => {
    const doc = buildDocument({ id: 'q', text });
    const s = doc.quotes[0]?.speaker;
    return s && text.slice(s.start, s.end);
  };

  it('gives the quote to the speaker whose title runs past six words before "said"', () => {
    expect(speakerOf('"Night sailings will resume once the engines have been checked," Karin Lund, operations director at the Baltic Link ferry company, said.')).toBe('Karin Lund');
    expect(speakerOf('"We were never told," Tomás Ferreira, a fisherman from the village of Sagres in southern Portugal, said on Tuesday.')).toBe('Tomás Ferreira');
  });

  it('does not reach past a clause that is not the speaker\'s appositive', () => {
    // The cue's speaker is not beside the quote: the quoted words are the minister's, not the union's.
    expect(speakerOf('The minister called the strike "a disgrace to the port and to the city of Rotterdam and its workers" and the union, which represents 4,000 dockers, said it would appeal.')).not.toBe('the union');
  });
});

describe('"he said" after a sentence opened by a named person', () => {
  it('refers to the person who opened the sentence before, not an earlier speaker', () => {
    const text = 'Ferry hits reef\n\n"We heard the hull breaking," said district officer Peni Ratu.\n\nPort Authority chief executive Josefa Nasau spoke to reporters at the wharf. "The ship was seaworthy," he said.';
    const doc = buildDocument({ id: 'h', text });
    const q = doc.quotes.find((x) => text.slice(x.content.start, x.content.end).startsWith('The ship'))!;
    const r = q.speaker!.refersTo!;
    expect(text.slice(r.start, r.end)).toContain('Josefa Nasau');
  });

  it('keeps the earlier speaker when the sentence between opens with something else', () => {
    const text = 'Ferry hits reef\n\n"We heard the hull breaking," said district officer Peni Ratu.\n\nThe ship ran aground at dawn. "It was dark," he said.';
    const doc = buildDocument({ id: 'h', text });
    const q = doc.quotes.find((x) => text.slice(x.content.start, x.content.end).startsWith('It was'))!;
    expect(text.slice(q.speaker!.refersTo!.start, q.speaker!.refersTo!.end)).toContain('Peni Ratu');
  });
});

describe('a speech verb the tagger reads as a noun after a plural subject', () => {
  const cues = (text: string) => buildDocument({ id: 'c', text }).attributions.map((a) => text.slice(a.cue.start, a.cue.end));

  it('reads "claim that" after a bare plural noun as a cue', () => {
    expect(cues('Dock workers claim that the new cranes were bought without a tender.')).toEqual(['claim']);
    expect(cues('Local fishermen claim that the factory dumps its waste into the bay at night.')).toEqual(['claim']);
  });

  it('leaves the noun "claim" alone', () => {
    expect(cues('The union’s claim that wages fell was rejected by the court.')).toEqual([]);
    expect(cues('The insurance claims that were rejected piled up on the desk.')).toEqual([]);
  });

  it('reads the cue after a plural subject with a place or body after it', () => {
    expect(cues('Residents of Pogradec report that the tap water has turned brown since the spring.')).toEqual(['report']);
    expect(cues('Workers at the Luderitz cannery claim that their overtime has not been paid since June.')).toEqual(['claim']);
  });

  it('leaves a noun after a singular head or a possessive alone', () => {
    expect(cues('The inspector of the Luderitz cannery report that was leaked ran to 40 pages.')).toEqual([]);
    expect(cues('The ministry’s report that the dam was safe was published in May.')).toEqual([]);
  });
});

describe('"said" after a participle, which the tagger may read as an adjective', () => {
  const cues = (text: string) => buildDocument({ id: 'c', text }).attributions.map((a) => [text.slice(a.cue.start, a.cue.end), a.speaker && text.slice(a.speaker.start, a.speaker.end)]);

  it('is a cue with the subject before the relative clause as its speaker', () => {
    const text = 'A technician at the ferry operator who did not want to be named said engineers had warned about the rudder a month before the crossing.';
    // The reported warning is the engineers' own, not "said engineers".
    expect(cues(text)).toEqual([
      ['said', 'A technician at the ferry operator'],
      ['warned', 'engineers'],
    ]);
  });

  it('"the said agreement" is no cue', () => {
    expect(cues('The said agreement was signed in Maputo in 2019 and lapsed last year.')).toEqual([]);
  });
});

describe('company names ending in a trade in -ing', () => {
  const speakerOf = (text: string) => {
    const a = buildDocument({ id: 'n', text }).attributions[0];
    return a?.speaker && { text: text.slice(a.speaker.start, a.speaker.end), kind: a.speaker.kind };
  };

  it('keeps "Baltic Dredging" whole as the speaker, a body', () => {
    expect(speakerOf('Baltic Dredging said it was not in a position to share the logs.')).toEqual({ text: 'Baltic Dredging', kind: 'org' });
    expect(speakerOf('Tovata Shipping chief executive Josefa Nasau said the ship was safe.')?.text).toBe('Tovata Shipping chief executive Josefa Nasau');
  });
});

describe('hyphenated names and plural professions at the start of a sentence', () => {
  const speakerOf = (text: string) => {
    const a = buildDocument({ id: 'h', text }).attributions[0];
    return a?.speaker && { text: text.slice(a.speaker.start, a.speaker.end), kind: a.speaker.kind };
  };

  it('keeps "Jean-Pierre" inside the speaker\'s name', () => {
    expect(speakerOf('"The packs lose capacity fast," said Jean-Pierre Habimana, a battery expert.')?.text).toBe('Jean-Pierre Habimana');
    expect(speakerOf('Marie-Claire Dubois said the vote would be held in May.')?.text).toBe('Marie-Claire Dubois');
  });

  it('reads "Biologists say" as a group, not a person named Biologists', () => {
    expect(speakerOf('Biologists say the slime comes from fish feed.')?.kind).toBe('group');
  });
});

describe('a cue with its particle after a name', () => {
  it('reads "As X points out," as X speaking, though the tagger reads "points" as a noun', () => {
    const text = 'As hydrogeologist Ndapewa Shikongo points out, the aquifer under the Kuiseb has been falling for a decade.';
    const a = buildDocument({ id: 'p', text }).attributions[0]!;
    expect(text.slice(a.speaker!.name!.start, a.speaker!.name!.end)).toBe('Ndapewa Shikongo');
  });
});

describe('a cue that is speech only beside a quotation ("continue")', () => {
  const cues = (text: string) => {
    const d = buildDocument({ id: 't', text });
    return d.attributions.map((a) => `${text.slice(a.cue.start, a.cue.end)} <- ${a.speaker ? text.slice(a.speaker.start, a.speaker.end) : '?'}`);
  };
  it('after a quotation or before a colon it reports speech', () => {
    expect(cues('Ceasefire Talks\n\n"We are close," the envoy said. "The gaps are small," she continued.')).toEqual(['said <- the envoy', 'continued <- she']);
    expect(cues('Ceasefire Talks\n\nThe envoy continued: "The gaps are small."')).toEqual(['continued <- The envoy']);
  });
  it('talks that continue, fighting that continued: no speaker', () => {
    expect(cues('Ceasefire Talks\n\nThe envoy said talks would continue next week. Fighting continued in the north, and tests will continue until May.')).toEqual(['said <- The envoy']);
  });
});

describe('a publishing verb with only a topic after it ("posted about it")', () => {
  const cues = (text: string) => {
    const d = buildDocument({ id: 't', text });
    return d.attributions.map((a) => text.slice(a.cue.start, a.cue.end));
  };
  it('reports no claim, so no speaker', () => {
    expect(cues('Ferry Delays\n\nTwo deckhands who posted about it online were suspended. A passenger wrote about the crossing for a travel blog.')).toEqual([]);
  });
  it('reports one when what was said follows', () => {
    expect(cues('Ferry Delays\n\nA deckhand posted that the ramp had failed. A passenger wrote that the crossing took nine hours.')).toEqual(['posted', 'wrote']);
  });
});

describe('"he" and "she" after a role with its name in an appositive', () => {
  const refersOf = (text: string) =>
    buildDocument({ id: 'r', text }).quotes.map((q) => (q.speaker?.refersTo ? text.slice(q.speaker.refersTo.start, q.speaker.refersTo.end) : null));

  it('a sentence opening "X\'s chief executive, Name, apologised" names who "he" is', () => {
    const text = 'The ferry operator’s chief executive, Tomasi Vula, apologised to passengers at a news conference in Suva. "We let you down and we are sorry," he said.';
    expect(refersOf(text)).toEqual(['Tomasi Vula']);
  });

  it('a role speaker with an appositive name ("The company\'s spokeswoman, Mere Tau, said") is the last person named', () => {
    const text = 'The company’s spokeswoman, Mere Tau, said no customer data had been lost. "We restored every account by noon," she said.';
    expect(refersOf(text)).toEqual(['Mere Tau']);
  });

  it('an opening name with an appositive after it ("State Rep. Ana Hernandez, a Houston Democrat, called") is the last person named', () => {
    const text = 'The regulator’s chairman, Tom Reyes, said the review would take a month. Councillor Ana Hernandez, a Democrat from the east side, called for a public inquiry. "People sat in the dark for three days," she said.';
    expect(refersOf(text)).toEqual(['Councillor Ana Hernandez']);
  });

  it('a dateline before a comma is no person', () => {
    const text = 'NEW DELHI, March 3 — The minister, Ravi Kumar, said the talks would resume. "We are close," he said.';
    expect(refersOf(text)).toEqual(['Ravi Kumar']);
  });
});

describe('an inverted speaker with a relative clause after it', () => {
  it('"..., said a retired engineer who once worked on the dam" has the engineer as its speaker', () => {
    const text = '"The spillway was never tested at full flow," said a retired engineer who once worked on the dam’s design.';
    const q = buildDocument({ id: 'i', text }).quotes[0]!;
    expect(q.speaker && text.slice(q.speaker.start, q.speaker.end)).toBe('a retired engineer');
  });
});

describe('a continued quotation', () => {
  const read = (body: string) => {
    const text = `Fares to rise\n\n${body}`;
    const d = buildDocument({ id: 't', text });
    return d.quotes.map((q) => [text.slice(q.start, q.end), q.speaker ? text.slice(q.speaker.start, q.speaker.end) : undefined]);
  };

  it('a quotation that is its own sentence, right after an attributed one in the paragraph, is the same speaker\'s', () => {
    expect(read('"We held fares for two years," said Lena Brandt, the operator\'s chief executive. "Fuel now costs us a third more than it did."')).toEqual([
      ['"We held fares for two years,"', 'Lena Brandt'],
      ['"Fuel now costs us a third more than it did."', 'Lena Brandt'],
    ]);
  });

  it('not across a paragraph, nor after a sentence of the writer\'s between them', () => {
    expect(read('"We held fares for two years," said Lena Brandt.\n\n"Fuel now costs us a third more."')[1]![1]).toBeUndefined();
    expect(read('"We held fares for two years," said Lena Brandt. The union disputes the figure. "Fuel costs are not the reason."')[1]![1]).toBeUndefined();
  });
});
