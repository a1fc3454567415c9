import type { Document, Span, Token } from '../../src/document/types.js';
import { phraseAfter } from '../../src/document/mentions.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { anyIn, bareWord, cover, lookBack, nonOverlapping, NOUNISH, previousWord, subjectsBefore } from './_clause.js';
import { framing, lex } from './_lexicon.js';
import { settledFindings } from './_settled-finding.js';

type Polarity = 'positive' | 'negative';

interface Status {
  pair: number;
  polarity: Polarity;
  /** The entity's key: its entity group, else its head noun. */
  entity: string;
  span: Span;
}

const pairs = framing.status.pairs;
const statusIndex = new PhraseIndex<{ pair: number; polarity: Polarity }>(
  pairs.flatMap((p, pair) => (['positive', 'negative'] as const).flatMap((polarity) => p[polarity].patterns.map((pat) => [pat, { pair, polarity }] as [string, { pair: number; polarity: Polarity }]))),
);
const COPULA = /^(be|remain|stay|seem|appear|become)$/;

/** The key two mentions of one thing share: "memo" and "document" are one group. */
function entityKey(t: Token): string {
  const w = bareWord(t);
  const group = lex.entityGroup.get(w) ?? lex.entityGroup.get(t.lemma.toLowerCase());
  return group !== undefined ? `#${group}` : t.lemma.toLowerCase();
}

/** Head of the noun run that starts at `k` ("confidential Pentagon memo" -> memo), or undefined. */
function nounRunHead(doc: Document, k: number, limit: number): Token | undefined {
  let head: Token | undefined;
  for (let i = k; i < limit && /^(NOUN|PROPN|ADJ)$/.test(doc.tokens[i]!.pos) && !/^[“”"‘’']$/.test(doc.tokens[i]!.text); i++) {
    const t = doc.tokens[i]!;
    // "the declassified document lists 40 sites": a verb the tagger took for a noun; a known thing wins.
    if (NOUNISH.test(t.pos) && lex.entityGroup.has(bareWord(t))) return t;
    if (NOUNISH.test(t.pos)) head = t;
  }
  return head;
}

/** "confirmed cases", "unverified reports": a plural names a set, of which some may be confirmed and some not. */
const isPlural = (t: Token) => t.normal !== t.lemma.toLowerCase() && /s$/.test(t.normal);

/** "the memo's authenticity" names the memo; "the report" names the report. */
function objectEntity(doc: Document, a: number, b: number): Token | undefined {
  const toks = doc.tokens.slice(a, b).filter((t) => NOUNISH.test(t.pos));
  const last = toks[toks.length - 1];
  if (!last) return undefined;
  if (lex.possessedAttributes.has(bareWord(last))) {
    const owner = doc.tokens.slice(a, b).find((t, i, all) => NOUNISH.test(t.pos) && (/['’]s$/.test(t.text) || /^['’]s$/.test(all[i + 1]?.text ?? '')));
    return owner;
  }
  return last;
}

/**
 * What a status word is said of: the noun it stands before ("a declassified memo"), the
 * subject of "remains unverified", or the object of "officials confirmed the memo".
 * Undefined when it is something else ("confirmed that ...", "was classified as").
 */
type Mode = 'attributive' | 'predicate' | 'object';

function entityOf(doc: Document, first: number, last: number, attributiveOnly: boolean): { entity: Token; span: Span; mode: Mode } | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[first]!.sentence]!;
  const statusSpan = { start: tokens[first]!.start, end: tokens[last - 1]!.end };
  const run = nounRunHead(doc, last, s.tokenEnd);
  const prev = previousWord(doc, first);
  if (run && (!prev || !/^(AUX|VERB)$/.test(prev.pos))) {
    return isPlural(run) ? undefined : { entity: run, span: cover(statusSpan, run), mode: 'attributive' };
  }
  if (attributiveOnly) return undefined;
  if (prev && COPULA.test(prev.lemma.toLowerCase())) {
    const subject = subjectsBefore(doc, tokens.indexOf(prev))[0];
    const head = subject && objectEntity(doc, subject[0], subject[1]);
    return head ? { entity: head, span: cover(prev, statusSpan), mode: 'predicate' } : undefined;
  }
  if (tokens[last - 1]!.pos === 'VERB') {
    const obj = phraseAfter(tokens, last, s.tokenEnd);
    // "confirmed cases of measles" without an article: a set, not one thing.
    if (!obj || !/^(DET|PRON)$/.test(tokens[obj[0]]!.pos)) return undefined;
    const head = objectEntity(doc, obj[0], obj[1]);
    return head ? { entity: head, span: cover(statusSpan, tokens[obj[1] - 1]!), mode: 'object' } : undefined;
  }
  return undefined;
}

function statuses(doc: Document): Status[] {
  const out: Status[] = [];
  for (const m of nonOverlapping(statusIndex.matchDocument(doc))) {
    const pair = pairs[m.entry.pair]!;
    const back = lookBack(doc, m.first, 5);
    // "once labelled top secret", "later confirmed": a status that changed, not a contradiction.
    if (anyIn(back, lex.sequenceMarkers)) continue;
    let polarity = m.entry.polarity;
    const negated = anyIn(back, lex.negators);
    if (negated) {
      if (!pair.negationFlips) continue;
      polarity = polarity === 'positive' ? 'negative' : 'positive';
    } else if (anyIn(back, lex.modals) || anyIn(back, lex.conditionals) || back.some((t) => t.normal === 'to')) {
      // "if the claims are confirmed", "could confirm", "seeking to confirm": no status yet.
      continue;
    }
    const found = entityOf(doc, m.first, m.last, pair.attributiveOnly);
    if (!found) continue;
    // "The agency has not verified the footage" says what one actor has not done, not
    // that the footage is unverified: someone else may have confirmed it.
    if (negated && found.mode === 'object') continue;
    out.push({ pair: m.entry.pair, polarity, entity: entityKey(found.entity), span: found.span });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'framing/contradictory-status',
    category: 'framing',
    severity: 'warning',
    description: 'One thing is given incompatible statuses in one article: "unverified" and "confirmed", "declassified" and "classified".',
    why: 'A document cannot be both confirmed and unverified, or both declassified and confidential, at once; one of the statements misleads the reader about how solid the story is.',
    examples: {
      flagged: [
        {
          text: 'The BBC has verified the video, which shows troops crossing the river near Kherson. The unverified video has been viewed two million times.',
          flag: 'unverified video',
        },
        {
          text: 'A declassified report from the Norwegian intelligence service describes the network. Journalists who obtained the confidential report say it names 14 companies.',
          flag: 'confidential report',
        },
      ],
      fine: [
        { text: 'The video, which remains unverified, appears to show soldiers near the border. Officials have yet to confirm the video.' },
        { text: 'The report, once labelled "top secret", was declassified in March. Analysts say the declassified report adds little.' },
        { text: 'If the claims are confirmed, the minister could face charges. For now the claims remain unverified.' },
      ],
    },
  },
  check({ doc, report }) {
    const found = statuses(doc);
    const done = new Set<string>();
    for (const later of found) {
      const key = `${later.pair}:${later.entity}`;
      if (done.has(key)) continue;
      const earlier = found.find((s) => s.pair === later.pair && s.entity === later.entity && s.polarity !== later.polarity && s.span.end <= later.span.start);
      if (!earlier) continue;
      done.add(key);
      const pair = pairs[later.pair]!;
      report({
        span: later.span,
        message: `"${doc.text.slice(later.span.start, later.span.end)}" contradicts "${doc.text.slice(earlier.span.start, earlier.span.end)}" earlier in the article: is it ${pair.positive.label} or ${pair.negative.label}?`,
        related: [related(doc, earlier.span)],
      });
    }
    // "Since the ministry's confirmation that ..." beside "the retest was not finished": a finding taken as settled while its process is reported open.
    for (const f of settledFindings(doc)) {
      report({
        span: f.span,
        message: `"${doc.text.slice(f.span.start, f.span.end)}" takes a finding as settled, but the article reports the process still open: "${doc.text.slice(f.open.start, f.open.end)}". Say what is established and what is not.`,
        related: [related(doc, f.open)],
      });
    }
  },
});
