import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { seedArticles } from '../helpers/seeds.js';

const sentencesOf = (text: string) => {
  const d = buildDocument({ id: 't', text });
  return d.sentences.map((s) => text.slice(s.start, s.end));
};

describe('segmentation', () => {
  it('splits after a closing quote that ends a sentence', () => {
    const text = 'Ferry Strike Ends\n\nThe union called it “a victory for workers.” The operator said services resume on Monday. “We are relieved,” a passenger said.';
    expect(sentencesOf(text)).toEqual([
      'Ferry Strike Ends',
      'The union called it “a victory for workers.”',
      'The operator said services resume on Monday.',
      '“We are relieved,” a passenger said.',
    ]);
  });

  it('never runs a sentence across paragraphs, even with single line breaks', () => {
    // wink alone reads the headline and the first sentence as one sentence.
    const text = 'Dam opens after years of delays\nThe Ilisu dam opened on Friday after a decade of delays.\nOfficials said it cost $2 billion.';
    expect(sentencesOf(text)).toEqual([
      'Dam opens after years of delays',
      'The Ilisu dam opened on Friday after a decade of delays.',
      'Officials said it cost $2 billion.',
    ]);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = 'Council Votes on Transit Plan\n\nThe city council voted on Tuesday to extend the\nlight-rail line to the airport by 2031.';
    const d = buildDocument({ id: 't', text });
    expect(d.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Council Votes on Transit Plan',
      'The city council voted on Tuesday to extend the\nlight-rail line to the airport by 2031.',
    ]);
  });

  it('gives tokens exact offsets in every seed (contractions, curly quotes, dashes)', () => {
    for (const a of seedArticles) {
      const d = buildDocument({ id: a.id, text: a.text });
      expect(d.tokens.length).toBeGreaterThan(300);
      for (const t of d.tokens) expect(a.text.slice(t.start, t.end)).toBe(t.text);
      for (const s of d.sentences) expect(s.start).toBe(d.tokens[s.tokenStart]!.start);
    }
  });

  it('keeps offsets exact around emoji, combining marks and CRLF', () => {
    const text = 'Fans Celebrate 🎉 Title\r\n\r\nFans in Zürich cheered 👩‍👩‍👧 as “Señor Ñandú” can’t stop smiling.\r\nThe club said it was proud.';
    const d = buildDocument({ id: 't', text });
    for (const t of d.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(d.quotes.map((q) => text.slice(q.content.start, q.content.end))).toEqual(['Señor Ñandú']);
  });

  it('every token has a lemma, "cannot" before a comma included (wink leaves it whole, with none)', () => {
    const text = 'Stadium Loan Talks Stall\n\n"The bank can wait; the council cannot," the mayor said. The club cannot pay, and cannot, it says, borrow more.';
    const d = buildDocument({ id: 't', text });
    const cannot = d.tokens.filter((t) => t.normal === 'cannot');
    expect(cannot.length).toBeGreaterThan(0);
    for (const t of d.tokens) expect(typeof t.lemma, text.slice(t.start, t.end)).toBe('string');
    for (const t of cannot) expect(t.lemma).toBe('cannot');
  });
});

describe('subheads', () => {
  const subheads = (text: string) => {
    const d = buildDocument({ id: 't', text });
    return d.paragraphs.filter((p) => p.subhead).map((p) => text.slice(p.start, p.end));
  };
  const page = [
    'Council approves ring road after two-year fight',
    '',
    'The regional council voted on Tuesday to build the eastern ring road, ending a dispute that has split the valley since 2023.',
    '',
    'The vote was 21 to 14. Opponents had asked for a delay until the water study is published.',
    '',
    'Cost overruns already priced in',
    '',
    'The council says the budget of 310 million includes a reserve for overruns. Engineers put the risk at a fifth of the total.',
    '',
    'Work is due to start in the spring, the council said.',
  ].join('\n');

  it('marks a short display line between prose paragraphs as a subhead', () => {
    expect(subheads(page)).toEqual(['Cost overruns already priced in']);
  });

  it('steps over a video line or a photo caption to the prose before a subhead', () => {
    const withVideo = page.replace('Cost overruns already priced in', '▶ WATCH: The route of the new road (0:58)\n\nCost overruns already priced in');
    expect(subheads(withVideo)).toEqual(['Cost overruns already priced in']);
  });

  it('a line of prose, a line with figures or a label in capitals is no subhead', () => {
    const altered = page
      .replace('Cost overruns already priced in', 'Costs had already been priced in, officials said.')
      .replace('Work is due', 'READ MORE\n\nWork is due');
    expect(subheads(altered)).toEqual([]);
    expect(subheads(page.replace('Cost overruns already priced in', 'Cost overruns of 12% priced in'))).toEqual([]);
  });
});

describe('photo captions', () => {
  it('marks a body paragraph that opens with a caption marker, and no other', () => {
    const text = 'Ferry service resumes after storm\n\nThe ferry to the outer islands sailed again on Tuesday after a four-day halt, the operator said.\n\n📷 Passengers boarding at the north pier on Tuesday.\n\nPhoto: the repaired ramp at the south pier.\n\nThe operator said photos of the damage would be published later.';
    const d = buildDocument({ id: 't', text });
    expect(d.paragraphs.filter((p) => p.caption).map((p) => text.slice(p.start, p.end))).toEqual(['📷 Passengers boarding at the north pier on Tuesday.', 'Photo: the repaired ramp at the south pier.']);
  });
});


describe('timeline entries', () => {
  const text = [
    'Toll road returns to council agenda',
    '',
    'The council will vote again on Thursday on a toll for the coast road, which it has debated for a decade.',
    '',
    'How the toll got here:',
    '• 2014 — The council scraps the first toll after a petition.',
    '• Mar 2019: A consultant recommends a congestion charge instead.',
    '4 July 2021 – Villagers block the road for a day.',
    '12 Aug — Council orders a new study',
    'Sept 3-4: Hearings on the toll',
    '',
    'In 2023 the council asked for a new study, which reported in May.',
    '',
    'Councillors said 2024 - the year the bridge closed - showed the road could not cope.',
    '',
    '12 August: the date the council chose was a holiday, residents said.',
  ].join('\n');

  it('marks the year token of a line that opens with a date and a dash or colon, and no other line', () => {
    const d = buildDocument({ id: 't', text });
    const entries = d.paragraphs.filter((p) => p.entryYear !== undefined);
    expect(entries.map((p) => d.tokens[p.entryYear!]!.text)).toEqual(['2014', '2019', '2021']);
    for (const p of entries) {
      const year = d.tokens[p.entryYear!]!;
      // The mark points into its own line, at the year as written.
      expect(year.start).toBeGreaterThanOrEqual(p.start);
      expect(year.end).toBeLessThanOrEqual(p.end);
      expect(text.slice(year.start, year.end)).toBe(year.text);
    }
  });

  it("marks each entry's first word past its date and dash, a day and month alone included", () => {
    const d = buildDocument({ id: 't', text });
    const firstWords = d.paragraphs.filter((p) => p.entryText !== undefined).map((p) => d.tokens[p.entryText!]!.text);
    // Not the prose line that opens with a date and a colon: its text starts in lower case.
    expect(firstWords).toEqual(['The', 'A', 'Villagers', 'Council', 'Hearings']);
  });
});

describe('summary boxes', () => {
  const text = [
    'Pool closures approved',
    '',
    'The city council voted on Thursday to close two of its four public swimming pools from January, saying the repair bill had become too large to carry.',
    '',
    'KEY POINTS',
    '\u2022 Two of four public pools close in January',
    '\u2022 Repairs would cost \u20ac3.1 million, the council says',
    '',
    'Swimming clubs said they would ask the regional government to step in.',
    '',
    'Timetable',
    '\u2022 Pools close on 5 January',
  ].join('\n');

  it('marks the bullets under a summary label as key points, and no other bullet', () => {
    const d = buildDocument({ id: 't', text });
    const marked = d.paragraphs.filter((p) => p.keyPoint).map((p) => text.slice(p.start, p.end));
    expect(marked).toEqual(['\u2022 Two of four public pools close in January', '\u2022 Repairs would cost \u20ac3.1 million, the council says']);
  });
});
