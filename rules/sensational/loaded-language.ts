import { z } from 'zod';
import lexiconJson from '../data/loaded-language.json';
import { loadData } from '../../src/data/load.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { inHeadline } from '../../src/document/index.js';
import { attributionsIn, firstTokenFrom } from '../../src/engine/doc-cache.js';
import { PhraseIndex, releaseTokenIds } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';
import { labelEnd, labelledBySpeaker, near, ofHead, wordIn, wordSets } from './_senses.js';
import { displayLines, entryLines, subheadLines } from './_display.js';

/** One pattern step may be a hyphenated word ("jaw-dropping") but not one inside alternatives. */
const Pattern = z
  .string()
  .min(1)
  .refine((p) => p.split(/\s+/).every((step) => !(step.includes('|') && /\w-\w/.test(step))), 'a hyphenated word cannot be one of several alternatives');

const Strength = z.enum(['strong', 'mild']);

/**
 * A family of images: heads (the image words) and the frames they need, each frame a pattern
 * with HEAD where a head goes. "took a monetary sledgehammer to borrowing" and "a fiscal
 * wrecking ball" are one family; a head added later is caught in every frame.
 */
const Family = z.object({
  about: z.string(),
  kind: z.string(),
  note: z.string().optional(),
  suggest: z.string().optional(),
  image: z.boolean().optional(),
  /** A verdict written as a predicate ("it is a game-changing deal"): after any speech cue in its sentence it is the speaker's claim. */
  predicate: z.boolean().optional(),
  /** See the entry's `ofDecides`. */
  ofDecides: z.array(z.string()).optional(),
  literalNear: z.array(z.string()).optional(),
  heads: z.array(z.string().min(1)).min(1),
  frames: z
    .array(
      z.object({
        pattern: Pattern.refine((p) => p.split(/\s+/).includes('HEAD'), 'a frame has a HEAD step'),
        strength: Strength,
        strongNear: z.array(z.string()).optional(),
        literalNear: z.array(z.string()).optional(),
      }),
    )
    .min(1),
});

const Lexicon = z
  .object({
    about: z.string(),
    source: z.string(),
    kinds: z.record(z.string(), z.string()),
    entries: z.array(
      z.object({
        pattern: Pattern,
        strength: Strength,
        kind: z.string(),
        note: z.string().optional(),
        suggest: z.string().optional(),
        /** Context names whose words elsewhere in the paragraph mark the literal sense: not reported. */
        literalNear: z.array(z.string()).optional(),
        /** Context names whose words elsewhere in the sentence make a mild entry a warning. */
        strongNear: z.array(z.string()).optional(),
        /** A tabloid headline label: reported only in capitals, as the headline's kicker. */
        label: z.boolean().optional(),
        /** A headline verb ("tide swallows beaches"): reported only in the headline, where the drama is the publication's. */
        headline: z.boolean().optional(),
        /**
         * An epithet the writer coins ("the great battery con"): reported only in lower case ("the
         * Great Train Robbery" is a name) and with only nouns and adjectives in its wildcards
         * ("the great majority of the fraud cases" is no epithet).
         */
        epithet: z.boolean().optional(),
        /** A picture the writer paints ("a reeking carpet of scum"): a body's statement reported without quotation marks does not carry it. */
        image: z.boolean().optional(),
        /**
         * A verdict written as a predicate ("it is a game-changing deal"): a speech cue before it in
         * its sentence hands it to the speaker, even one the reader cannot place ("The ministry
         * said it was a game-changer"): the vague source is attribution's problem, not hype.
         */
        predicate: z.boolean().optional(),
        /**
         * Context names (of its `literalNear`) that an "of" phrase after the image decides: "a
         * feeding frenzy of property dealers" is dealers, whatever the paragraph says of the fish
         * nearby; "of sharks" is literal. Without an "of" phrase the paragraph decides, as usual.
         */
        ofDecides: z.array(z.string()).optional(),
      }),
    ),
    families: z.record(z.string(), Family).default({}),
    labelVerbs: z.array(z.string().min(1)).default([]),
    /** "looks like", "amounts to": exact forms of verbs that start the writer's own predicate after a free relative. */
    verdictVerbs: z.array(z.string().min(1)).default([]),
    /** "cyber", "mega": prefixes the tokenizer keeps on their word ("mega-juggernaut" is one token); the word after them is read as the head. */
    compoundPrefixes: z.array(z.string().regex(/^[a-z]+$/)).default([]),
    contexts: z.record(z.string(), z.object({ about: z.string(), words: z.array(z.string().min(1)) })).default({}),
    /**
     * A lethality adjective the story contradicts ("the deadly pills" where the story says no
     * illness or death has been linked to them): `words` the adjective with its noun, `linked` a
     * denial that harm was tied to a thing (contradicts it anywhere), `reported` a plainer denial
     * ("no injuries were reported"), which contradicts it only when no `harmWords` stand in the
     * story's own voice elsewhere.
     */
    unsupportedHarm: z
      .object({
        about: z.string(),
        note: z.string(),
        suggest: z.string(),
        words: z.array(Pattern).min(1),
        linked: z.array(Pattern),
        reported: z.array(Pattern),
        harmWords: z.array(z.string().min(1)),
      })
      .optional(),
    neutral: z.array(z.object({ pattern: Pattern, note: z.string() })),
  })
  .refine((d) => d.entries.every((e) => e.kind in d.kinds), 'every entry kind must be listed in kinds')
  .refine((d) => d.entries.every((e) => [...(e.literalNear ?? []), ...(e.strongNear ?? [])].every((n) => n in d.contexts)), 'every literalNear/strongNear name must be listed in contexts')
  .refine((d) => Object.values(d.families).every((f) => f.kind in d.kinds), 'every family kind must be listed in kinds')
  .refine((d) => [...d.entries, ...Object.values(d.families)].every((e) => (e.ofDecides ?? []).every((n) => (e.literalNear ?? []).includes(n))), 'every ofDecides name must be one of its literalNear names')
  .refine(
    (d) => Object.values(d.families).every((f) => [...(f.literalNear ?? []), ...f.frames.flatMap((fr) => [...(fr.literalNear ?? []), ...(fr.strongNear ?? [])])].every((n) => n in d.contexts)),
    'every family literalNear/strongNear name must be listed in contexts',
  )
  // A head goes in as one step of its own; a hyphenated head then stays a single word ("shock-and-awe").
  .refine((d) => Object.values(d.families).every((f) => f.heads.every((h) => !h.includes('|') && !/\bHEAD\b/.test(h))), 'a family head is one wording, without alternatives');

const data = loadData('loaded-language.json', Lexicon, lexiconJson);
type Entry = (typeof data.entries)[number];

/** Every frame of every family with each of its heads put in: plain entries from here on. */
function familyEntries(): Entry[] {
  const out: Entry[] = [];
  for (const f of Object.values(data.families))
    for (const frame of f.frames) {
      const literalNear = [...(f.literalNear ?? []), ...(frame.literalNear ?? [])];
      for (const head of f.heads)
        out.push({
          pattern: frame.pattern.split(/\s+/).map((step) => (step === 'HEAD' ? head : step)).join(' '),
          strength: frame.strength,
          kind: f.kind,
          note: f.note,
          suggest: f.suggest,
          image: f.image,
          predicate: f.predicate,
          ofDecides: f.ofDecides,
          literalNear: literalNear.length ? literalNear : undefined,
          strongNear: frame.strongNear,
        });
    }
  return out;
}
const entries: Entry[] = [...data.entries, ...familyEntries()];

/**
 * The tokenizer splits "jaw-dropping" into jaw / - / dropping, and writers drop the hyphen
 * as often as not, so a hyphenated word in the lexicon becomes "jaw -? dropping".
 */
const expand = (pattern: string) =>
  pattern
    .split(/\s+/)
    .map((step) => (/^=?[a-z']+(?:-[a-z']+)+$/i.test(step) ? step.split('-').join(' -? ') : step))
    .join(' ');

const loaded = new PhraseIndex<Entry>(entries.filter((e) => !e.label && !e.headline).map((e) => [expand(e.pattern), e]));
// Headline-only entries in an index of their own: "devour the valley" as a headline verb must not
// win the tie, and then be dropped, over the body's wording of the same tokens.
const headlineOnly = new PhraseIndex<Entry>(entries.filter((e) => !e.label && e.headline).map((e) => [expand(e.pattern), e]));
// Labels in an index of their own: "CHAOS:" as a label must not lose to the plain "chaos" entry at the same position.
const labels = new PhraseIndex<Entry>(entries.filter((e) => e.label).map((e) => [expand(e.pattern), e]));
const contexts = wordSets(data.contexts);
// Who labels ("called it a bloodbath") and the writer's own verbs after a free relative ("looks like").
const speakerVerbs = { label: new Set(data.labelVerbs.map((v) => v.toLowerCase())), verdict: new Set(data.verdictVerbs.map((v) => v.toLowerCase())) };
const prefixes = new Set(data.compoundPrefixes);

/**
 * The tokenizer keeps some prefixed compounds whole ("mega-juggernaut", "media-pantomime"), and
 * then no pattern meets the word inside. In a sentence holding one, the compound is read as
 * its last part (keeping its offsets, so the span is the whole compound) and the sentence is
 * matched again; only matches that use such a compound are kept. Prefixes that reverse the
 * word ("anti-", "non-", "post-") are not listed: an "anti-hysteria" campaign is no hysteria.
 */
function compoundMatches(doc: Document): ReturnType<typeof loaded.match> {
  if (!prefixes.size) return [];
  const out: ReturnType<typeof loaded.match> = [];
  const { tokens } = doc;
  let sentence = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence === sentence) continue;
    const dash = t.normal.indexOf('-');
    if (dash <= 0 || !prefixes.has(t.normal.slice(0, dash))) continue;
    // A sentence with a prefixed compound: read it once, every compound in it replaced.
    sentence = t.sentence;
    const s = doc.sentences[sentence]!;
    const shadow: Token[] = tokens.slice(s.tokenStart, s.tokenEnd);
    const replaced: boolean[] = [];
    for (let j = 0; j < shadow.length; j++) {
      const w = shadow[j]!;
      const d = w.normal.indexOf('-');
      if (d <= 0 || !prefixes.has(w.normal.slice(0, d))) continue;
      const tail = w.normal.slice(w.normal.lastIndexOf('-') + 1);
      if (!tail) continue;
      shadow[j] = { ...w, normal: tail, lemma: tail, bare: tail };
      replaced[j] = true;
    }
    for (const m of loaded.match(shadow, 0, shadow.length)) {
      let uses = false;
      for (let j = m.first; j < m.last && !uses; j++) uses = !!replaced[j];
      if (uses) out.push({ ...m, first: m.first + s.tokenStart, last: m.last + s.tokenStart });
    }
    releaseTokenIds(shadow);
  }
  return out;
}

const neutral = new PhraseIndex<true>(data.neutral.map((n) => [expand(n.pattern), true]));

const harm = data.unsupportedHarm && {
  words: new PhraseIndex<Entry>(data.unsupportedHarm.words.map((p) => [expand(p), { pattern: p, strength: 'strong', kind: 'hype', note: data.unsupportedHarm!.note, suggest: data.unsupportedHarm!.suggest, literalNear: ['violence'] }])),
  linked: new PhraseIndex<true>(data.unsupportedHarm.linked.map((p) => [expand(p), true])),
  reported: new PhraseIndex<true>(data.unsupportedHarm.reported.map((p) => [expand(p), true])),
  harmWords: new Set(data.unsupportedHarm.harmWords.map((w) => w.toLowerCase())),
};

/**
 * "Deadly" or "lethal" on a thing the story itself clears: the story, outside quotations,
 * denies that any illness or death has been linked to it (or, where it says only that none
 * was reported, reports no death or injury anywhere in its own voice). The adjective's own
 * sentence must hold no word of real death or injury (checked with the other matches, by the
 * entry's `literalNear`). A speaker's denial in quotation marks is one side's account and
 * clears nothing.
 */
function unsupportedHarm(doc: Document, quotes: readonly Span[]): ReturnType<typeof loaded.match> {
  if (!harm) return [];
  const outside = (sp: Span) => !quotes.some((q) => overlaps(q, sp));
  const linked = harm.linked.matchDocument(doc).filter((m) => outside(m.span));
  let cleared = linked.length > 0;
  if (!cleared) {
    const reported = harm.reported.matchDocument(doc).filter((m) => outside(m.span));
    if (!reported.length) return [];
    // One pass over the tokens: a death or an injury told in the story's own voice, outside the denials.
    cleared = true;
    let r = 0;
    let q = 0;
    const qs = [...quotes].sort((a, b) => a.start - b.start);
    for (let k = 0; k < doc.tokens.length && cleared; k++) {
      const t = doc.tokens[k]!;
      while (r < reported.length && reported[r]!.last <= k) r++;
      if (r < reported.length && reported[r]!.first <= k) continue;
      while (q < qs.length && qs[q]!.end <= t.start) q++;
      if (q < qs.length && qs[q]!.start <= t.start) continue;
      if (harm.harmWords.has(t.normal) || harm.harmWords.has(t.lemma)) cleared = false;
    }
  }
  return cleared ? harm.words.matchDocument(doc) : [];
}

/** A newsroom's own entries (config `lexicon`), reported at the rule's severity. */
const Options = z.object({
  lexicon: z.array(z.object({ pattern: Pattern, message: z.string().optional() })).default([]),
});
type Options = z.infer<typeof Options>;
const extraIndexes = new WeakMap<Options['lexicon'], PhraseIndex<Entry>>();
function extraIndex(lexicon: Options['lexicon']): PhraseIndex<Entry> | undefined {
  if (!lexicon.length) return undefined;
  let index = extraIndexes.get(lexicon);
  if (!index) {
    index = new PhraseIndex<Entry>(lexicon.map((e) => [expand(e.pattern), { pattern: e.pattern, strength: 'strong', kind: 'house', note: e.message }]));
    extraIndexes.set(lexicon, index);
  }
  return index;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const contains = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;

/** Word classes an epithet's wildcards may cover: "the great [solar-panel] swindle". */
const EPITHET_POS = new Set(['NOUN', 'ADJ', 'PUNCT', 'NUM']);

/**
 * An epithet: after its first word all in lower case (a capital makes it a name, "the Great
 * Train Robbery") and, between its second and last words, nouns, adjectives and hyphens only.
 */
function epithet(doc: Document, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) {
    const t = doc.tokens[k]!;
    const c = t.text.charAt(0);
    if (c !== c.toLowerCase()) return false;
    if (k > first + 1 && k < last - 1 && !EPITHET_POS.has(t.pos)) return false;
  }
  return true;
}

/** Quoted words are the speaker's, not the writer's: a whole quote span (marks included) is off limits. */
function quoted(doc: Document): Span[] {
  return doc.quotes.map((q) => ({ start: Math.min(q.start, q.content.start), end: Math.max(q.end, q.content.end) }));
}

/**
 * Words a speech verb reports ("The minister called the strike reckless", "The judge said
 * he had driven recklessly") are the speaker's, as quoted words are: what follows the cue
 * up to a comma, semicolon, dash or the sentence's end. Words before the cue ("A notorious
 * former governor faced ..., a witness told the court") and the verb itself stay the
 * writer's own choice.
 */
function reportedBySpeaker(doc: Document, span: Span, image = false, predicate = false): boolean {
  // Only a report in the span's own sentence counts; attributions are looked up by sentence.
  const k = firstTokenFrom(doc, span.start);
  const si = doc.tokens[k]?.sentence;
  if (si === undefined) return false;
  return attributionsIn(doc, si).some((a) => {
    const sp = a.speaker;
    // Someone the reader can place: a name, a role ("the judge"), a pronoun for one, or a group
    // tied to a place or a body ("Cocoa growers in the Western Region say they are being bled dry").
    if (!sp || !(predicate || sp.name || sp.descriptors.length || sp.kind === 'pronoun' || (sp.kind === 'group' && sp.affiliation))) return false;
    // A ministry or an agency states facts; an image in an unquoted report of its statement is
    // the writer's paraphrase (a body that used it would be quoted).
    if (image && sp.kind === 'org') return false;
    if (overlaps(sp, span)) return false;
    const sentence = doc.sentences[a.sentence]!;
    if (!contains(sentence, span)) return false;
    // A tag after the words ("The crossing is a death trap, the mayor said"): the clause before
    // the comma is the speaker's, when the tag is only the speaker and the cue.
    if (a.cue.start >= span.end) return taggedClause(doc, a.cueToken, sp, span, sentence.tokenStart);
    if (a.cue.end > span.start) return false;
    // The report is read up to a comma, semicolon or dash: after one the writer may be adding
    // a clause of their own (", in a stunning reversal", ", raising alarms about ...").
    return !/[,;—–]/.test(doc.text.slice(a.cue.end, span.start));
  });
}

/** Label matches standing as the headline's kicker, the span widened to the whole kicker ("TERROR AT SEA"). */
function kickers(doc: Document) {
  const out = [];
  for (const m of labels.matchDocument(doc)) {
    const end = labelEnd(doc, m.first, m.last);
    if (end < 0) continue;
    out.push(end === m.last ? m : { ...m, last: end, span: { start: m.span.start, end: doc.tokens[end - 1]!.end } });
  }
  return out;
}

/**
 * "The crossing is a death trap, Mayor Ana Lopes said": a speech verb (not "according to",
 * which sources facts) after a comma, with nothing between the comma and the cue but the
 * speaker, and before the comma a clause of its own (with a verb): the clause
 * is the speaker's. A fronted phrase ("In a stunning twist, the mayor conceded") has no
 * verb and stays the writer's.
 */
function taggedClause(doc: Document, cueToken: number, sp: Span, span: Span, from: number): boolean {
  const { tokens, text } = doc;
  const cue = tokens[cueToken];
  if (!cue || cue.pos !== 'VERB' || cue.normal === 'according') return false;
  const comma = text.lastIndexOf(',', cue.start);
  // The speaker is in the tag ("..., the judge said" or "..., said the judge"), not before the match.
  if (comma < span.end || sp.start < comma || !/^[,\s]*$/.test(text.slice(comma, Math.min(sp.start, cue.start)))) return false;
  for (let k = from; k < cueToken && tokens[k]!.start < comma; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

export default defineRule<Options>({
  meta: {
    id: 'sensational/loaded-language',
    options: Options,
    category: 'sensational',
    severity: 'warning',
    description: 'Hype, editorialising, loaded verbs and unsourced superlatives in the writer\'s own voice: "ignited a firestorm", "the implications are staggering", "more troubling still", "a colossal blunder", "an avalanche of fury", "a gut punch", "HOLIDAY HELL:".',
    why: 'Drama words tell readers how to feel before the facts do, and make an allegation sound proven; a neutral verb and the figure let readers judge. Clear hype is a warning, weaker signals are info; words inside quotations are the speaker\'s and are left alone.',
    examples: {
      flagged: [
        { text: 'The referee\'s decision ignited a firestorm among supporters in Naples.', flag: 'ignited a firestorm' },
        { text: 'The regulator released its audit of the pension fund on Monday. The implications are staggering.', flag: 'The implications are staggering' },
        { text: 'More troubling still, the council never published the flood-risk survey.', flag: 'More troubling still' },
        { text: 'The ministry wasted no time in rejecting the opposition\'s budget amendment.', flag: 'wasted no time' },
        { text: 'The new tram timetable has been a colossal blunder for the transport authority in Porto.', flag: 'colossal blunder' },
      ],
      fine: [
        { text: 'The referee\'s decision drew complaints from supporters in Naples, the club said.' },
        { text: '"The implications are staggering," said Marta Lind, chief economist at Nordbank.' },
        { text: 'The hospital staggered shifts during the heatwave to keep wards staffed.' },
        { text: 'She slammed the door of the polling station behind her and walked out.' },
        { text: 'Transport councillor Rui Matos called the timetable a colossal blunder and asked for a review.' },
      ],
    },
  },
  check({ doc, report, options }) {
    const display = displayLines(doc);
    const subheads = subheadLines(doc);
    // A pull-quote that repeats or signs a speaker is that speaker's, as a quotation is.
    const quotes = [...quoted(doc), ...display.speakers];
    const plain = neutral.matchDocument(doc).map((m) => m.span);
    const house = extraIndex(options.lexicon);
    const body = [...loaded.matchDocument(doc), ...compoundMatches(doc), ...unsupportedHarm(doc, quotes)].filter((m) => !m.entry.epithet || epithet(doc, m.first, m.last));
    // Headline-only wordings: matched over the headline's own sentences, not the whole document.
    const h = doc.headline;
    const headline = h ? doc.sentences.slice(h.sentenceStart, h.sentenceEnd).flatMap((s) => headlineOnly.match(doc.tokens, s.tokenStart, s.tokenEnd)) : [];
    // A timeline entry or a live-blog heading is headlinese too: its wording is read as the headline's.
    const entries = entryLines(doc);
    for (const e of entries) headline.push(...headlineOnly.match(doc.tokens, e.first, e.last));
    const hits = [...body, ...headline, ...kickers(doc), ...(house?.matchDocument(doc) ?? [])]
      .filter((m) => !quotes.some((q) => overlaps(q, m.span)) && !plain.some((n) => contains(n, m.span)) && !reportedBySpeaker(doc, m.span, m.entry.image, m.entry.predicate) && !labelledBySpeaker(doc, speakerVerbs, m.first))
      // Beside words of real fighting or injury, "bloodbath" and "all-out war" are literal.
      .filter((m) => {
        const { literalNear, ofDecides } = m.entry;
        const of = ofDecides ? ofHead(doc, m.last) : -1;
        if (of < 0) return !near(doc, contexts, literalNear, m.first, m.last, true);
        // The "of" phrase's noun decides its contexts; the others are read from the paragraph.
        return !wordIn(doc, contexts, ofDecides, of) && !near(doc, contexts, literalNear?.filter((n) => !ofDecides!.includes(n)), m.first, m.last, true);
      })
      .map((m) => {
        const e = m.entry;
        // A headline speaks entirely in the publication's voice, in the largest type: hype there
        // ("NIGHTMARE DIVE:", "Horror as ...") is a warning even where the same word in the body is a weak signal.
        // So does a pull-quote box that quotes no one, a subhead or a timeline entry: the writer's own line set as display type.
        const loud = inHeadline(doc, m.span) || display.own.some((d) => contains(d, m.span)) || subheads.some((d) => contains(d, m.span)) || entries.some((d) => contains(d.span, m.span));
        const strong = e.strength === 'strong' || (e.kind === 'hype' && loud) || near(doc, contexts, e.strongNear, m.first, m.last, false);
        return { ...m, strong };
      })
      .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    // "ignited a firestorm" also holds "firestorm": overlapping wordings are reported once, the
    // earlier, longer one, unless a later one is stronger ("unleashed a torrent" is mild, the
    // "torrent of fury" inside it is not).
    for (let i = 0; i < hits.length; ) {
      let j = i + 1;
      let end = hits[i]!.span.end;
      while (j < hits.length && hits[j]!.span.start < end) end = Math.max(end, hits[j++]!.span.end);
      const m = hits.slice(i, j).find((h) => h.strong) ?? hits[i]!;
      i = j;
      const e = m.entry;
      const text = doc.text.slice(m.span.start, m.span.end);
      const kind = data.kinds[e.kind] ?? 'on the newsroom\'s list of loaded words';
      const why = e.note ? `${kind.split(':')[0]}: ${e.note}` : kind;
      const alt = e.suggest ? ` Neutral alternative: ${e.suggest}.` : '';
      report({ span: m.span, message: `"${text}" is ${why}.${alt}`, severity: m.strong ? 'warning' : 'info' });
    }
  },
});
