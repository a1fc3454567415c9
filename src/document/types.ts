/**
 * The document model: everything a rule reads about one article, computed once.
 * Every span is a UTF-16 `[start, end)` range into the article text exactly as given.
 */
import type { Article } from '../schema.js';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** The token as written. */
  text: string;
  /** Lower case, contractions expanded ("n't" -> "not"). */
  normal: string;
  lemma: string;
  pos: string;
  /** Lower case, without a possessive 's ("china’s" -> "china"): the lexicon key. */
  bare: string;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Ends in a possessive 's. */
  possessive: boolean;
  /** Index into `Document.sentences`. */
  sentence: number;
}

export interface Sentence extends Span {
  /** `[tokenStart, tokenEnd)` into `Document.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  paragraph: number;
}

export type ParagraphKind = 'headline' | 'body';

export interface Paragraph extends Span {
  kind: ParagraphKind;
  sentenceStart: number;
  sentenceEnd: number;
  /** A body paragraph that is a subhead: a display line between prose paragraphs (see ./display-lines.ts). */
  subhead?: true;
  /** A body paragraph that is a photo caption left in the text (see ./display-lines.ts). */
  caption?: true;
  /** A bullet of a summary box under a label such as "Key points" (see ./display-lines.ts): display text in the writer's voice. */
  keyPoint?: true;
  /**
   * A live-blog entry's heading on its time stamp's line ("Fri 9 Oct, 16:40 \u2014 Inquiry announced"):
   * the index of the heading's first token, past the stamp and its dash. Display text (see ./display-lines.ts).
   */
  entryTitle?: number;
  /**
   * A paragraph that is a dated timeline entry ("• 2014 — The council scraps the toll",
   * "Mar 2016: Court halts work"): the index of its year token, which dates the line's act
   * the way "In 2014," would (see ./display-lines.ts).
   */
  entryYear?: number;
  /**
   * A paragraph that is a timeline entry, dated by a year or by a day and month alone
   * ("19 Jun — Contractor resumes blasting"): the index of the entry's first token, past its
   * date and the dash or colon after it. Display text, in the writer's voice.
   */
  entryText?: number;
  /**
   * A line inside a drawn box the story keeps (a fact box's title and rows, a timeline's
   * entries): the writer's own summary set in a panel, display text like a headline's.
   */
  panel?: true;
}

/**
 * `interstitial`: an ad slot, teaser or copyright line inside the story, which goes on after it.
 * `entry-stamp`: a live blog's time stamp between entries ("Fri 9 Oct, 14:05"): no prose, but the
 * newsroom's own dating of what follows, so its dates are read and a rule may flag them.
 */
export type ChromeKind = 'masthead' | 'dateline' | 'byline' | 'tags' | 'repeated-headline' | 'tail' | 'meta' | 'interstitial' | 'entry-stamp';

export interface ChromeRegion extends Span {
  kind: ChromeKind;
}

export type MentionKind = 'person' | 'org' | 'group' | 'pronoun';

/** A person or body as the text presents it. */
export interface Mention extends Span {
  kind: MentionKind;
  /** The head word ("critics" in "critics within the government"). */
  head: Span;
  /** The proper name inside the mention, if any ("Eleanor Matthews"). */
  name?: Span;
  /** Title and role words ("Dr.", "cybersecurity expert", "spokesman"). */
  descriptors: Span[];
  /** Words that tie the person to an employer or institution a reader could check. */
  affiliation?: Span;
  /** The appositive that follows the phrase (", a spokesman for the embassy,"). */
  appositive?: Span;
  /** For pronouns and short later mentions: the mention they refer to. */
  refersTo?: Mention;
}

/** A speech cue ("said", "told", "according to") with the speaker it names. */
export interface Attribution {
  cue: Span;
  /** Index of the cue's first token. */
  cueToken: number;
  speaker?: Mention;
  sentence: number;
}

export interface Quote extends Span {
  content: Span;
  speaker?: Mention;
  cue?: Span;
  sentence: number;
}

export interface DateMention extends Span {
  /** `YYYY-MM-DD` when the text fixes the day (year inferred from the article date if missing). */
  date?: string;
  /** 0 = Sunday ... 6 = Saturday, when a weekday is written. */
  weekday?: number;
  /** Where a weekday is written together with a full date. */
  weekdaySpan?: Span;
  /** The year alone when only a year is written (e.g. "in 2024"). */
  year?: number;
  /** "Sunday the 10th": the month (and year) were taken from the article date. */
  monthFromArticle?: boolean;
  /** "the weekend of 8-9 March": the range's last day; `date` is its first. */
  weekendThrough?: string;
}

export interface Document {
  article: Article;
  text: string;
  /** Chrome regions: page furniture that is not the story. Rules never see it as story. */
  chrome: ChromeRegion[];
  headline?: Paragraph;
  /**
   * The standfirst: the summary line or two under the headline, above the byline or date
   * line. A body paragraph (rules read it as story), set apart because, like the headline,
   * it compresses what the body goes on to source.
   */
  standfirst?: Paragraph;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  attributions: Attribution[];
  quotes: Quote[];
  dates: DateMention[];
  /** The article's date: given, else read from a dateline. `YYYY-MM-DD`. */
  date?: string;
}
