/**
 * Tells page chrome (mastheads, datelines, bylines, tag runs, teaser lists, comment
 * widgets, a headline printed twice) from the story, line by line.
 */
import { z } from 'zod';
import chromeJson from '../../rules/data/chrome.json';
import { loadData } from '../data/load.js';
import { findDates } from './dates.js';
import { wordCount, type Line } from './lines.js';
import type { ChromeKind, ChromeRegion } from './types.js';

function isRegExp(p: string): boolean {
  try {
    new RegExp(p, 'i');
    return true;
  } catch {
    return false;
  }
}

export const ChromeData = z.object({
  about: z.string(),
  source: z.string(),
  tailMarkers: z.array(z.string().min(1)),
  interstitials: z.array(z.string().min(1)),
  sponsoredMarkers: z.array(z.string().min(1)),
  teaserPrefixes: z.array(z.string().min(1)),
  furnitureLines: z.array(z.string().refine(isRegExp, 'must be a valid regular expression')),
  bylinePrefixes: z.array(z.string().min(1)),
  abbreviations: z.array(z.string().min(1)),
  releaseMarkers: z.array(z.string().refine(isRegExp, 'must be a valid regular expression')),
  topFurnitureLines: z.array(z.string().refine(isRegExp, 'must be a valid regular expression')),
  stripLabels: z.array(z.string().min(1)),
  organisationHeads: z.array(z.string().min(1)),
  /** The last word of a paper's or station's name ("Times", "Ledger", "FM"): such a line in capitals is the site's name, not a kicker. */
  siteNameHeads: z.array(z.string().min(1)),
  /** How a photo caption left in the body opens ("📷", "Photo:"). */
  captionMarkers: z.array(z.string().min(1)),
  /** The label over a box of summary bullets ("Key points", "At a glance"). */
  summaryLabels: z.array(z.string().min(1)),
});
export const chromeData = loadData('chrome.json', ChromeData, chromeJson);

const tailMarkers = new Set(chromeData.tailMarkers);
const interstitials = new Set(chromeData.interstitials);
const sponsoredMarkers = new Set(chromeData.sponsoredMarkers);
const furnitureLines = chromeData.furnitureLines.map((p) => new RegExp(p, 'i'));
const releaseMarkers = chromeData.releaseMarkers.map((p) => new RegExp(p, 'i'));
const topFurnitureLines = chromeData.topFurnitureLines.map((p) => new RegExp(p, 'i'));
const stripLabelRe = new RegExp(`^(?:${chromeData.stripLabels.map(escapeRe).join('|')})\\s*[:›»|–—]\\s*\\S`, 'i');
const organisationHeads = new Set(chromeData.organisationHeads.map((w) => w.toLowerCase()));
const siteNameHeads = new Set(chromeData.siteNameHeads.map((w) => w.toLowerCase()));
// A sponsor's label opens a promo line the same way ("Sponsored · Delta Motors: used cars").
const teaserRe = new RegExp(`^(?:${[...chromeData.teaserPrefixes, ...chromeData.sponsoredMarkers].map(escapeRe).join('|')})\\s*[:|»›>–—\u00b7-]\\s*\\S`, 'i');
/**
 * Signs before a line's first word ("\u25b6 ", "\ud83c\udfa7 "): anything but a letter, a digit, an
 * opening quotation mark or a bracket (a bracketed "[Photo: ...]" is a caption, read on its own).
 */
const LEADING_SIGNS = /^[^\p{L}\p{N}"\u201c\u2018'(\[]+/u;
const summaryLabels = new Set(chromeData.summaryLabels.map((m) => m.toLowerCase()));
/** The longest summary label read ("What you need to know:" and some spaces). */
const LONGEST_LABEL = 40;
/** A line that labels a box of summary bullets ("KEY POINTS", "At a glance:"). */
export function isSummaryLabel(line: string): boolean {
  return line.length <= LONGEST_LABEL && summaryLabels.has(normaliseMarker(line));
}
const captionMarkers = chromeData.captionMarkers.map((m) => m.toLowerCase());
/** How many characters of a line's start are read for a caption marker. */
const CAPTION_PREFIX = 24;
/** A photo caption left in the text: it opens with a caption marker ("\u{1f4f7}", "Photo:"). */
export function isCaptionLine(line: string): boolean {
  const start = line.slice(0, CAPTION_PREFIX).toLowerCase();
  return captionMarkers.some((m) => start.startsWith(m));
}
/** "© 2026 Reuters", "Copyright 2026 NewsCo", "... All rights reserved." (not "Copyright cases rose in 2024."). */
function isCopyright(t: string): boolean {
  if (/^(?:©|\(c\)\s)/i.test(t) || /\ball rights reserved\.?$/i.test(t)) return true;
  return /^copyright\b.*\b(?:19|20)\d{2}\b/i.test(t) && !endsLikeProse(t);
}

/**
 * A line of page furniture that may sit inside the story: an ad slot, a "Related: <title>"
 * teaser, a copyright line. Unlike a tail marker, it does not end the story by itself.
 */
function isInterstitial(t: string): boolean {
  // Every kind below is a short line; most lines of a story are long (and this runs on each).
  if (t.length > 300) return false;
  if (interstitials.has(normaliseMarker(t)) || (isCopyright(t) && wordCount(t) <= 25)) return true;
  // A marker in two languages ("PUBLICITÉ · ADVERTISEMENT", "— Advertentie · Advertisement —").
  if (wordCount(t) <= 4 && /[·|/]/.test(t) && t.split(/[·|/]/).some((part) => interstitials.has(normaliseMarker(part)))) return true;
  // A teaser title may end in a question mark; a long line after "Watch:" is story. A promo's
  // play or headphone sign before its label ("\u25b6 PODCAST \u00b7 ...") is not part of the label.
  if (teaserRe.test(t.replace(LEADING_SIGNS, ''))) return !endsLikeProse(t) || (/\?["”’)]?$/.test(t) && wordCount(t) <= 30);
  return wordCount(t) <= 40 && furnitureLines.some((re) => re.test(t));
}
const bylineRe = new RegExp(`^(?:${chromeData.bylinePrefixes.map(escapeRe).join('|')})\\s*:?\\s+\\S`, 'i');
const TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\.|\b(?:AM|PM|GMT|UTC|ET|EST|EDT|IST)\b/gi;
/** "16/12/2025", "03.05.2025": a numeric date, day or month first (which one does not matter for a date line). */
const NUMERIC_DATE = /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b/g;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The longest marker or interstitial line: a longer line is neither. */
const LONGEST_MARKER = Math.max(...[...tailMarkers, ...interstitials, ...sponsoredMarkers].map((m) => m.length));

const MARKER_TAIL = /[\s:.!>»›|\]\u2013\u2014-]/u;
const MARKER_HEAD = /[\s•·|[\u2013\u2014-]/u;

function normaliseMarker(s: string): string {
  // Most lines are story, too long to be a marker once their edges are stripped: say so
  // without lower-casing and copying the whole line (this runs on every line).
  let end = s.length;
  while (end > 0 && MARKER_TAIL.test(s[end - 1]!)) end--;
  let start = 0;
  while (start < end && MARKER_HEAD.test(s[start]!)) start++;
  if (end - start > LONGEST_MARKER) return '';
  return s.slice(start, end).toLowerCase();
}

/** A line that is only a date and/or time, with at most two other words ("Nov 15, 2025 News"). */
export function isDateLine(line: string): boolean {
  if (wordCount(line) > 9) return false;
  const dates = findDates(line).filter((d) => d.date !== undefined || (d.weekday === undefined && d.year !== undefined) || d.weekday !== undefined);
  let rest = line;
  for (const d of dates.sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const hadNumeric = NUMERIC_DATE.test(rest);
  NUMERIC_DATE.lastIndex = 0;
  rest = rest.replace(NUMERIC_DATE, ' ');
  const hadTime = TIME.test(rest);
  TIME.lastIndex = 0;
  rest = rest.replace(TIME, ' ');
  if (dates.length === 0 && !hadTime && !hadNumeric) return false;
  const leftover = rest.replace(/\b(?:today|updated|published|posted|last|on|at|\d+)\b/gi, ' ');
  return wordCount(leftover) <= 2 && !/[.!?]["”’]?$/.test(leftover.trim());
}

/**
 * A live blog's entry marker: a short line that is only a clock time, with an optional
 * weekday or day and month (no year), zone and "Updated"/"Posted" ("14:31 EEST",
 * "10.42am BST", "Updated 16:20", "Tue 12 Aug 09:05"), or an age ("1h ago").
 */
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DAY_MONTH = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+`;
const CLOCK = String.raw`(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s*[ap]\.?m\.?)`;
const STAMP = String.raw`(?:(?:last\s+)?(?:updated|posted|published|added)(?:\s+at)?\s*:?\s*)?`;
const ENTRY_TIME = new RegExp(String.raw`^${STAMP}(?:${WEEKDAY})?(?:${DAY_MONTH})?${CLOCK}(?:\s*,?\s*\(?([a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|local\s+time)\)?)?$`, 'i');
const ENTRY_AGE = /^(?:(?:updated|posted)\s+)?\d{1,3}\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago$/i;
const MARKER_EDGES = /^[\s•·|–—-]+|[\s•·|–—-]+$/g;

export function isEntryTime(line: string): boolean {
  if (line.length > 48) return false;
  const t = line.replace(MARKER_EDGES, '');
  if (ENTRY_AGE.test(t)) return true;
  const m = ENTRY_TIME.exec(t);
  // A zone is written in capitals ("EEST", "GMT+3"): "14:31 then" is not a time stamp.
  return m !== null && (m[1] === undefined || /^local\s+time$/i.test(m[1]) || /^[A-Z]{2,5}(?:$|[+-])/.test(m[1]));
}

/** A line that marks a press-release layout ("PRESS RELEASE", "For immediate release – 3 May"). */
const isReleaseMarker = (t: string) => wordCount(t) <= 12 && releaseMarkers.some((re) => re.test(t));
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'el', '&']);
/** "Gulf Sports Integrity Watch (GSIW)", "Federation of Dairy Farmers": the issuer's name, not a headline. */
function isOrganisationLine(t: string): boolean {
  if (/\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)$/u.test(t)) return true;
  const words = t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!words.every((w) => /^[\p{Lu}\p{N}"“‘'(]/u.test(w) || CONNECTORS.has(w.toLowerCase()))) return false;
  return organisationHeads.has(words.at(-1)!.replace(/[^\p{L}]/gu, '').toLowerCase());
}

const isBullet = (t: string) => /^[-•·*]\s+/.test(t) && wordCount(t) <= 6;
const isLabel = (t: string) => wordCount(t) <= 4 && !/[.!?:;,"”’)]$/.test(t) && !/^["“‘']/.test(t);
const isTagRun = (t: string) =>
  /^(?:#\S+\s*)+$/.test(t) || (!/\s/.test(t) && t.length >= 15 && /\p{Ll}\p{Lu}/u.test(t)) || /^tags?\s*:/i.test(t);
/**
 * A line of a count list ("• Kaski: 9", "Total: 19", "- Syangja 6"): a label with its number.
 * Story data, however short, never a page's trailing tags.
 */
const isCountLine = (t: string) => /^(?:[-•·*]\s*)?\p{L}[^:\d]{0,40}:\s*\d[\d,.]*\s*$/u.test(t) || /^[-•·*]\s*\p{L}.{0,40}\s\d[\d,.]*\s*$/u.test(t);
const endsLikeProse = (t: string) => /[.!?]["”’)]?$/.test(t);
/** A line of running text: a sentence of some length, or a long line whatever its end. */
const isProse = (t: string) => (endsLikeProse(t) && wordCount(t) >= 6) || wordCount(t) > 30;

/** Parts of a section line or a site name with a suffix: split at '·', '•', '|', '/', '>', '›', '»', '—'. */
const SECTION_SEP = /\s*[·•|›»>\/⟩〉]\s*|\s+[—–-]\s+/u;
/** "VLTAVA POST", "GRAZ COURIER — English edition": a site name in capitals, perhaps with a short suffix. */
function isSiteNameLine(t: string): boolean {
  if (wordCount(t) > 8 || /[.!?,;:"”’]$/.test(t)) return false;
  const [name, ...rest] = t.split(SECTION_SEP);
  return name !== undefined && /\p{Lu}{2}/u.test(name) && !/\p{Ll}/u.test(name) && wordCount(name) <= 5 && rest.every((r) => wordCount(r) <= 3);
}
/** "Prague · City Hall · Transport", "Home > Styria > Courts", "City | Transport": a section trail. */
function isSectionLine(t: string): boolean {
  if (wordCount(t) > 12 || /[.!?,;:"”’]$/.test(t)) return false;
  const parts = t.split(SECTION_SEP).filter((p) => p.trim() !== '');
  return parts.length >= 2 && parts.every((p) => /^\p{Lu}/u.test(p.trim()) && wordCount(p) <= 4);
}
/**
 * Items of a nav run or ticker: split at bars, bullets, arrows, a spaced '/' or '>', and
 * wide spaces ("Markets   Mining   Economy"). '/' inside a token ("USD/JOD", "€4.99/month") is kept.
 */
const NAV_SEP = /\s*[|·•●▪∙›»▸▹►⟩〉]\s*|\s+[/>]\s+/u;
const WIDE = /\s{2,}/u;
/** A nav item: a short capitalised label ("Log in", "☰ Menu", "FI") or a short figure ("Brent $76.20", "AQI 64"). */
function isNavItem(p: string): boolean {
  const core = p.replace(/^[\p{S}\p{P}\s]+|[\p{S}\s]+$/gu, '');
  if (core === '') return true;
  const words = wordCount(core);
  if (/\d/.test(core)) return words <= 8;
  // "e-Edition", "iPlayer", "eShop": a brand item with a lower-case prefix before its capital.
  return words <= 4 && (!/^\p{Ll}/u.test(core) || /^\p{Ll}{1,2}-?\p{Lu}/u.test(core));
}
/**
 * A run of nav items or figures above the headline: "FI | SV | EN   Log in   Subscribe",
 * "Search ⌕   Menu ☰   Weather: Reykjavík 11°C", "BWP/USD 0.0741 ▼0.3%  |  BSE DCI 9,812 ▲0.2%".
 * Split by wide spaces alone it needs three items: one double space inside a headline is a typo.
 */
function isNavRun(t: string): boolean {
  if (wordCount(t) > 40 || endsLikeProse(t)) return false;
  const bySymbols = t.split(NAV_SEP).filter((p) => p.trim() !== '');
  const parts = bySymbols.flatMap((p) => p.split(WIDE)).filter((p) => p.trim() !== '');
  if (parts.length < 2 || (bySymbols.length < 2 && parts.length < 3)) return false;
  return parts.every(isNavItem);
}
/** A market or weather ticker: up/down arrows with figures ("HSFO 380 $498.00/mt ▼2.0"). */
const isTicker = (t: string) => /[▲▼▴▾△▽]/u.test(t) && /\d/.test(t) && !endsLikeProse(t) && wordCount(t) <= 40;
/** "[Image: Reindeer crossing a road. Image: Courier / A. Rautio]": a caption or media slot. */
const isBracketed = (t: string) => /^\[[^\]]*\]$/.test(t);
/**
 * Furniture of the page head that no story line looks like: skip links, account and paywall
 * lines, language switchers, captions, nav runs and tickers.
 */
function isHeadFurniture(t: string): boolean {
  return isBracketed(t) || isTicker(t) || isNavRun(t) || (wordCount(t) <= 30 && topFurnitureLines.some((re) => re.test(t)));
}
/** A tagline sits in the page's first lines, above its nav bar ("RIGA REVIEW — news from Latvia in English"). */
const TAGLINE_LINES = 3;
/** A live-blog entry that opens with its time: "21:30  At the school shelter, ...". */
const ENTRY_LEAD = /^(?:[01]?\d|2[0-3])[:.][0-5]\d\s+\S.{20,}/;
/** The most teaser lines a box in the middle of a story holds ("MOST READ", five headlines). */
const BOX_LINES = 8;
/** Words in each of the two lines after a box that show the story goes on (a teaser's summary is shorter). */
const STORY_LINE_WORDS = 15;

/**
 * After a tail marker at line `j`: where a mid-article box ends, when teaser lines (titles,
 * numbered items, a rule line) follow it and then two long lines of story prose; else -1.
 */
function boxEnd(lines: readonly Line[], j: number): number {
  let k = j + 1;
  while (k < lines.length && k <= j + BOX_LINES && !isProse(lines[k]!.text)) k++;
  if (k === j + 1 || k > j + BOX_LINES) return -1;
  const long = (n: number) => n < lines.length && isProse(lines[n]!.text) && wordCount(lines[n]!.text) >= STORY_LINE_WORDS && !isDateLine(lines[n]!.text);
  return long(k) && long(k + 1) ? k : -1;
}

/** A box's top and bottom edges, drawn with box-drawing characters: "┌────┐", "╰────╯". */
const BOX_TOP = /^\s*[┌╭╔┏][─━═┄┈\s]*[┐╮╗┓]?\s*$/u;
const BOX_BOTTOM = /^\s*[└╰╚┗][─━═┄┈\s]*[┘╯╝┛]?\s*$/u;
/** An open box's corners, with its title or last row written on them: "┌ TIMELINE · 12 March", "└ 15:00 — Market closed". */
const OPEN_TOP = /^\s*[┌╭╔┏][─━═\s]*\S/u;
const OPEN_BOTTOM = /^\s*[└╰╚┗]/u;
/** A side bar opens each line inside an open box ("│ 01:40 — ..."). */
const SIDE_BAR = /^\s*[│┃║]/u;

/**
 * A timeline entry: a date or a year, then a dash or a colon, then what happened
 * ("• 2008 — Dam approved", "Mar 2016: Court halts work ...", "4 Jul 2021 — Villagers ...").
 * Group 1 is the year; the match ends at the entry's first character.
 */
const TIMELINE_ENTRY = new RegExp(String.raw`^\s*(?:[\u2022\u00b7\u25aa\u25e6*\u2013-]\s*)?(?:\d{1,2}\s+)?(?:${MONTH}\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\s*[\u2014\u2013:-]\s+(?=\S)`, 'di');

/**
 * A timeline entry dated by day and month alone, the year being the story's ("19 Jun —
 * Contractor resumes blasting", "June 21-22: Heavy rain", "22 Jun, 2:30 a.m. — Slope gives
 * way"). The entry starts with a capital or a digit, as a line of a list does.
 */
const DAY_MONTH_ENTRY = new RegExp(
  String.raw`^\s*(?:[\u2022\u00b7\u25aa\u25e6*\u2013-]\s*)?(?:\d{1,2}(?:\s*[\u2013-]\s*\d{1,2})?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:\s*[\u2013-]\s*\d{1,2})?)(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*[\u2014\u2013:]\s+`,
  'i',
);
/** A timeline entry stamped with a time of day alone ("02:30 — Fire reaches the roof"): after a dash only, a colon being the time's own. */
const TIME_ENTRY = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?\s*[\u2014\u2013]\s+/i;
/** An entry's text opens as a line of a list does: a capital or a digit. */
const ENTRY_OPENING = /^[\p{Lu}\d]/u;

/** Where a timeline entry's parts start in its line: its year (-1 for a day and month alone) and its text. */
export interface TimelineEntry {
  year: number;
  text: number;
}

/**
 * The timeline entry opening `line`, or undefined when the line is not one. The box reading
 * here and the Document's entry marks (./display-lines.ts) share this one test.
 */
export function timelineEntry(line: string): TimelineEntry | undefined {
  // Inside a drawn box, past its side bar or corner ("│ 2019 — ...", "└ 15:00 — ...").
  const bar = BOX_MARGIN.exec(line)?.[0].length ?? 0;
  const entry = bar ? line.slice(bar) : line;
  const dated = TIMELINE_ENTRY.exec(entry);
  if (dated) return { year: bar + dated.indices![1]![0], text: bar + dated[0].length };
  const undated = DAY_MONTH_ENTRY.exec(entry) ?? TIME_ENTRY.exec(entry);
  return undated && ENTRY_OPENING.test(entry.slice(undated[0].length)) ? { year: -1, text: bar + undated[0].length } : undefined;
}

/** A box's side bar or corner and the space after it, opening a line. */
const BOX_MARGIN = /^\s*[│┃║┌└╭╰┏┗╔╚]\s*/u;
/** A side bar closing a line of a box, with the padding before it ("Members: 640     │"). */
const BOX_MARGIN_END = /\s*[│┃║┐┘╮╯┓┛╗╝]\s*$/u;

/**
 * How much of a line inside a drawn box is its frame: the side bar or corner and space that
 * open it, and the padding and bar that close it. The rest is the row or entry itself.
 */
export function boxMargins(line: string): [lead: number, trail: number] {
  const lead = BOX_MARGIN.exec(line)?.[0].length ?? 0;
  if (!lead) return [0, 0];
  const trail = BOX_MARGIN_END.exec(line.slice(lead))?.[0].length ?? 0;
  return [lead, trail];
}

/**
 * A box that is a timeline (most of its lines dated entries, two at least) is the writer's
 * own account of events, set in a panel: its entries are story, only its edges and title are
 * furniture. Any other drawn box (a promo, a sign-up form) is furniture whole.
 */
function timelineBox(lines: readonly Line[], top: number, bottom: number): boolean {
  let entries = 0;
  let others = 0;
  for (let k = top + 1; k < bottom; k++) {
    const t = lines[k]!.text;
    if (!t.trim()) continue;
    if (timelineEntry(t)) entries++;
    else others++;
  }
  return entries >= 2 && entries >= others;
}

/** A row of a fact box, inside its side bars: a short label, a colon, its value ("│ Members: 640 (410 men) │"). */
const FACT_ROW = /^[\s│┃║|]*\p{L}[^:]{0,40}:\s*\S/u;

/**
 * A box whose lines are mostly labelled rows (two at least) is a fact box: the story's own
 * figures and dates set in a panel ("AT A GLANCE", "Members: 640", "Founded: 1993"), read as
 * story, as a timeline box is. A promo or a sign-up form has no such rows.
 */
function factBox(lines: readonly Line[], top: number, bottom: number): boolean {
  let rows = 0;
  let others = 0;
  for (let k = top + 1; k < bottom; k++) {
    const t = lines[k]!.text.replace(/[│┃║|]/g, ' ').trim();
    if (!t) continue;
    if (FACT_ROW.test(t)) rows++;
    else others++;
  }
  return rows >= 2 && rows >= others;
}

/** At a box's top edge at line `j`: the line of its bottom edge, within BOX_LINES; else -1. */
function drawnBoxEnd(lines: readonly Line[], j: number): number {
  if (BOX_TOP.test(lines[j]!.text)) {
    for (let k = j + 1; k < lines.length && k <= j + BOX_LINES + 1; k++) if (BOX_BOTTOM.test(lines[k]!.text)) return k;
    return -1;
  }
  // An open box: a corner with its title, side-barred lines, a corner on its last line.
  if (!OPEN_TOP.test(lines[j]!.text)) return -1;
  let k = j + 1;
  while (k < lines.length && k <= j + BOX_LINES && SIDE_BAR.test(lines[k]!.text)) k++;
  return k > j + 1 && k < lines.length && OPEN_BOTTOM.test(lines[k]!.text) ? k : -1;
}

/** Fewest words of a standfirst without a full stop: a summary sentence, not a kicker or label. */
const STANDFIRST_WORDS = 8;

/**
 * The line right under the headline when it is a standfirst written without a full stop
 * ("Traders holding back stock have doubled prices in a month, just as demand peaks"),
 * above the byline or date line: a sentence of the story that pages set as display type.
 * A punctuated one is prose and opens the body already. Sentence case, so a title-case
 * kicker or a second headline is not one. Undefined when there is none.
 */
function standfirstLine(lines: readonly Line[], headline: number, bodyStart: number): number | undefined {
  const k = headline + 1;
  if (k >= bodyStart) return undefined;
  const t = lines[k]!.text;
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < STANDFIRST_WORDS || !/^\p{Lu}/u.test(t) || /[:|]$/.test(t)) return undefined;
  if (isDateLine(t) || bylineRe.test(t) || isMastheadLine(t) || isBullet(t) || stripLabelRe.test(t) || isReleaseMarker(t)) return undefined;
  // Sentence case: most words after the first in lower case.
  const capitalised = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  if (capitalised * 2 >= words.length - 1) return undefined;
  // Under it, before the story's first prose, the byline or the date.
  for (let j = k + 1; j < bodyStart; j++) if (bylineRe.test(lines[j]!.text) || isDateLine(lines[j]!.text) || isDatedStrip(lines[j]!.text)) return k;
  return undefined;
}

/** Parts of a byline strip: "Name, correspondent | 05/03/2025 | Updated 14:20". */
const STRIP_SEP = /\s*[|·•]\s*/u;
/** How many words a byline strip may have (its author, place, date, reading time, save button). */
const STRIP_WORDS = 30;

/** A strip of parts set apart by bars or dots, one of them a date: the byline and date line of a page in one. */
function isDatedStrip(t: string): boolean {
  if (wordCount(t) > STRIP_WORDS) return false;
  const parts = t.split(STRIP_SEP);
  return parts.length >= 2 && parts.some((p) => p.length > 0 && isDateLine(p));
}

/** A kicker: two to four words in capitals, letters only ("SWALLOWED WHOLE", "FARE FURY"). */
const KICKER = /^\p{Lu}[\p{Lu}'’-]*(?:\s+[\p{Lu}'’-]+){1,3}$/u;

/**
 * The line right above the headline when it is the headline's kicker: a phrase in capitals,
 * under page furniture (a site name or section trail above it), that is no section label,
 * date, or site name. A kicker is display type in the paper's own voice, read with the
 * headline; a section label ("HEALTH", "NEWS › METRO") stays furniture.
 */
function kickerLine(lines: readonly Line[], headline: number): number | undefined {
  const k = headline - 1;
  if (k < 1) return undefined;
  const t = lines[k]!.text;
  if (!KICKER.test(t) || isDateLine(t) || isSectionLine(t) || isHeadFurniture(t)) return undefined;
  const last = t.split(/\s+/).at(-1)!.toLowerCase();
  if (organisationHeads.has(last) || siteNameHeads.has(last)) return undefined;
  return lines.slice(0, k).some((l) => isMastheadLine(l.text)) ? k : undefined;
}

/** How many lines the head of a page may take before its first line of prose. */
const TOP_BLOCK = 16;
/** Masthead lines proper: a site name, a section trail, a nav run. */
const isMastheadLine = (t: string) => isSiteNameLine(t) || isSectionLine(t) || isHeadFurniture(t);

/**
 * When the top block opens with page furniture (site-name and section lines, account,
 * ticker and nav lines, perhaps with a date or byline among them), the first title-like line
 * after it: the headline, above its standfirst. Undefined when the top block does not open so.
 */
function afterFurniture(lines: Line[], end: number, titleLike: (t: string, words: number) => boolean): number | undefined {
  let furniture = 0;
  // The line before was the site's name: a line under it, above the section trail, is its tagline.
  let siteNameAbove = false;
  for (let k = 0; k < end; k++) {
    const t = lines[k]!.text;
    const words = wordCount(t);
    // A site name in any case ("🌍 GlobeHopper News", "The Kuwait Courier") is known by the
    // section, nav or ticker line under it.
    const nameAboveSections = words <= 5 && !/[.!?,;:"”’]$/.test(t) && k + 1 < end && isMastheadLine(lines[k + 1]!.text);
    // "Breaking: Ferry strike called off" above the nav bar: a strip, not this story's headline;
    // so is a site's tagline above its section trail ("Regional news from Aotearoa to the Marshalls").
    const strip = stripLabelRe.test(t) && lines.slice(k + 1, end).some((l) => isMastheadLine(l.text));
    const below = k + 1 < end ? lines[k + 1]!.text : '';
    const tagline = (siteNameAbove || (furniture > 0 && k < TAGLINE_LINES)) && (isSectionLine(below) || isNavRun(below)) && !bylineRe.test(below) && !isDateLine(below);
    siteNameAbove = (isSiteNameLine(t) || nameAboveSections) && !isSectionLine(t);
    if (isMastheadLine(t) || nameAboveSections || strip || tagline) furniture++;
    else if (!(isDateLine(t) || bylineRe.test(t) || words < 2)) return furniture > 0 && words >= 4 && titleLike(t, words) ? k : undefined;
  }
  return undefined;
}

/**
 * A line of a sponsored block: a short promo title ("Keep your family safe: 5 kitchen checks"),
 * a question, or a rule line ("—"); not a sentence of story nor a tail marker.
 */
function isPromoLine(t: string): boolean {
  const words = wordCount(t);
  if (words === 0) return /^[\p{P}\p{S}\s]{1,12}$/u.test(t);
  if (words > 16 || tailMarkers.has(normaliseMarker(t)) || isDateLine(t)) return false;
  return !isProse(t) || /\?["”’)]?$/.test(t) || isInterstitial(t);
}

export interface LineLayout {
  chrome: ChromeRegion[];
  /** Lines between bodyStart and bodyEnd that are chrome all the same (interstitials). */
  skip: Set<number>;
  /** Index into the lines of the headline, if one was found. */
  headline?: number;
  /** Index of the kicker line right above the headline ("SWALLOWED WHOLE"), read with it (see kickerLine). */
  kicker?: number;
  /** Index of an unpunctuated standfirst under the headline, read as story (see standfirstLine). */
  standfirst?: number;
  /** Story lines inside a drawn box (a timeline's entries, a fact box's rows): their frame is furniture. */
  panelLines: Set<number>;
  /** First and last (exclusive) line indexes of the story body. */
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Lay out the lines: chrome above the headline, the headline, meta lines under it,
 * the body, and the tail (teasers, comments, tags) that follows the story.
 */
/** A line of dashes, stars or other marks only: a rule between two parts of the page. */
const RULE_LINE = /^[\s\p{P}\p{S}]+$/u;

export function layoutLines(lines: Line[], textLength: number, title?: string): LineLayout {
  const chrome: ChromeRegion[] = [];
  const mark = (line: Line, kind: ChromeKind) => chrome.push({ start: line.start, end: line.end, kind });
  const titleNorm = title?.trim().toLowerCase();

  // The top block: the lines before the first line of prose (at most TOP_BLOCK: a page's
  // language switcher, site name, nav, ticker, section trail, headline, standfirst, byline,
  // date, share bar and photo caption fill a dozen).
  let i = 0;
  // A summary box's label ("KEY POINTS") under the byline opens the story: its bullets are the writer's.
  while (i < Math.min(lines.length, TOP_BLOCK) && !isProse(lines[i]!.text) && !(i > 0 && isSummaryLabel(lines[i]!.text))) i++;
  if (i === TOP_BLOCK && !isProse(lines[i]?.text ?? '.')) i = Math.min(1, lines.length); // no prose in sight: a list, not chrome
  let headline: number | undefined;
  if (titleNorm) {
    const at = lines.slice(0, i).findIndex((l) => l.text.toLowerCase() === titleNorm);
    if (at >= 0) headline = at;
  } else {
    const titleLike = (t: string, words: number) =>
      words >= 2 && words <= 30 && !isDateLine(t) && !bylineRe.test(t) && !isBullet(t) && !isHeadFurniture(t) && !isCaptionLine(t);
    // A press release: the issuer's name, the "PRESS RELEASE" kicker, a sub-title longer
    // than the title and the headline itself may come in any order. The headline is the
    // first headline-like line, above or below the kicker; the longest would be the sub-title.
    if (lines.slice(0, i).some((l) => isReleaseMarker(l.text))) {
      const at = lines.slice(0, i).findIndex((l) => {
        const words = wordCount(l.text);
        return words >= 4 && titleLike(l.text, words) && !isReleaseMarker(l.text) && !isOrganisationLine(l.text);
      });
      if (at >= 0) headline = at;
    }
    // Under a masthead (a site-name line, a section line): the first title-like line after
    // it; the longest would be the standfirst under the headline.
    if (headline === undefined) headline = afterFurniture(lines, i, titleLike);
    const found = headline !== undefined;
    // Otherwise the headline: the longest title-like line of the top block (the first on ties),
    // unless a shorter title-like line sits right above it: the headline over its standfirst.
    let best = 0;
    for (let k = 0; k < i && !found; k++) {
      const t = lines[k]!.text;
      const words = wordCount(t);
      if (titleLike(t, words) && words > best) [best, headline] = [words, k];
    }
    // The line right above the first prose (the standfirst) is the headline when it reads as
    // one; a longer line higher up is the site's name and tagline or a kicker.
    const aboveProse = i > 0 && i < lines.length ? lines[i - 1]!.text : '';
    // (Not a wire dateline's opening, "ACCRA, Nov 14 (Desk) -", which ends in a dash.)
    if (!found && aboveProse && wordCount(aboveProse) >= 4 && titleLike(aboveProse, wordCount(aboveProse)) && !isMastheadLine(aboveProse) && !stripLabelRe.test(aboveProse) && !/[-–—:|]$/.test(aboveProse)) headline = i - 1;
    if (!found && headline !== undefined && headline > 0) {
      const above = lines[headline - 1]!.text;
      const words = wordCount(above);
      if (words >= 4 && titleLike(above, words) && !isMastheadLine(above) && !/:$/.test(above) && !stripLabelRe.test(above)) headline--;
    }
  }
  const standfirst = headline === undefined ? undefined : standfirstLine(lines, headline, i);
  const kicker = headline === undefined ? undefined : kickerLine(lines, headline);
  // A photo caption right above the first prose, under the headline and byline, is the
  // story's (its picture is of the story, and a caption says things a reader sees alone):
  // the body starts at it, where its paragraph is marked a caption.
  while (headline !== undefined && i - 1 > Math.max(headline, standfirst ?? -1) && isCaptionLine(lines[i - 1]!.text)) i--;
  // A date line where the prose seemed to start ("Updated: October 3, 2025 \u00b7 7:45 a.m.", whose
  // "a.m." ends like a sentence) is the page's: the top block runs past it.
  while (i < lines.length && isDateLine(lines[i]!.text)) i++;
  for (let k = 0; k < i; k++) {
    if (k === headline || k === standfirst || k === kicker) continue;
    const t = lines[k]!.text;
    if (headline !== undefined && t === lines[headline]!.text) mark(lines[k]!, 'repeated-headline');
    else if (isDateLine(t) || (headline !== undefined && k > headline && isDatedStrip(t))) mark(lines[k]!, 'dateline');
    else if (bylineRe.test(t)) mark(lines[k]!, 'byline');
    else mark(lines[k]!, headline === undefined || k < headline ? 'masthead' : 'meta');
  }
  const bodyStart = i;

  // The tail: from the first marker line or date line after some body text, to the end.
  // An interstitial with story prose after it is one line of chrome; with none, the tail starts there.
  let bodyEnd = lines.length;
  const skip = new Set<number>();
  /** Story lines of a drawn panel (a timeline's dated entries, a fact box's rows): story, but no prose to end an entry before a time stamp. */
  const panelLines = new Set<number>();
  let entries = 0;
  let proseSeen = bodyStart < lines.length && isProse(lines[bodyStart]!.text);
  let proseLines = proseSeen ? 1 : 0;
  /** Whether story prose comes within the few lines after line j (past a share bar, a caption). */
  const storyFollows = (j: number): boolean => {
    for (let k = j + 1; k < Math.min(lines.length, j + 5); k++) {
      const a = lines[k]!.text;
      if (isDateLine(a) || isInterstitial(a) || tailMarkers.has(normaliseMarker(a))) return false;
      if (isProse(a) && wordCount(a) >= 15) return true;
    }
    return false;
  };
  /**
   * For a time stamp at line j: the end of its run of stamps ("1h ago", "14.31 BST") when
   * the story runs on both sides of it, else -1. Before it, the last story line is prose
   * (after an earlier stamp, any line that ends a sentence or a list); after it, prose,
   * perhaps under one entry title. A teaser list ("Title / 6:27 p.m. / summary") has a
   * title before its stamps, not prose, and stays tail.
   */
  const nextEntry = (j: number): number => {
    let prev = j - 1;
    // Past chrome already marked and rule lines ("—", "* * *") between two entries.
    while (prev >= bodyStart && (skip.has(prev) || panelLines.has(prev) || RULE_LINE.test(lines[prev]!.text))) prev--;
    if (prev < bodyStart) return -1;
    const before = lines[prev]!.text;
    if (!isProse(before) && !(entries > 0 && /[.!?;:"”’)]$/.test(before))) return -1;
    return entryRunEnd(j);
  };
  /** The end of the run of time stamps at line j when an entry follows it, else -1. */
  const entryRunEnd = (j: number): number => {
    let end = j + 1;
    while (end < lines.length && isEntryTime(lines[end]!.text)) end++;
    const storyAt = (n: number) => {
      const a = lines[n]?.text;
      return a !== undefined && isProse(a) && !isDateLine(a) && !isInterstitial(a) && !tailMarkers.has(normaliseMarker(a));
    };
    if (storyAt(end)) return end;
    const title = lines[end]?.text;
    const isTitle = title !== undefined && wordCount(title) <= 25 && !isProse(title) && !isDateLine(title) && !isInterstitial(title) && !tailMarkers.has(normaliseMarker(title)) && !isTagRun(title);
    return isTitle && storyAt(end + 1) ? end : -1;
  };
  for (let j = bodyStart + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    // A box drawn round a promo or a fact panel: one piece of chrome, and the story goes on after it.
    const drawn = drawnBoxEnd(lines, j);
    if (drawn > j) {
      const timeline = timelineBox(lines, j, drawn);
      const facts = !timeline && factBox(lines, j, drawn);
      for (let k = j; k <= drawn; k++) {
        // A fact box's title and rows are the writer's summary of the story; only its edges are furniture.
        if (facts && k > j && k < drawn && lines[k]!.text.trim()) {
          panelLines.add(k);
          continue;
        }
        if (timeline && timelineEntry(lines[k]!.text)) {
          panelLines.add(k);
          continue;
        }
        skip.add(k);
        mark(lines[k]!, 'interstitial');
      }
      j = drawn;
      continue;
    }
    if (isInterstitial(t)) {
      let next = j + 1;
      while (next < lines.length && isInterstitial(lines[next]!.text)) next++;
      // "More on this story:" with its teaser title on the next line, then the story again.
      if (/:$/.test(lines[next - 1]!.text) && next + 1 < lines.length && !isProse(lines[next]!.text) && isProse(lines[next + 1]!.text)) next++;
      // "SPONSORED CONTENT" with a few promo lines under it: the block, while teaser-like lines follow.
      if (sponsoredMarkers.has(normaliseMarker(lines[next - 1]!.text))) {
        const limit = next + 4;
        while (next < Math.min(limit, lines.length) && isPromoLine(lines[next]!.text) && drawnBoxEnd(lines, next) < 0) next++;
      }
      let after = lines[next]?.text;
      let storyNext = after !== undefined && isProse(after) && !isDateLine(after) && !tailMarkers.has(normaliseMarker(after));
      // An ad slot over a crosshead ("MARKET ECONOMICS") and a paragraph of story: the story goes on.
      const heading = after !== undefined && wordCount(after) <= 6 && !endsLikeProse(after) && !tailMarkers.has(normaliseMarker(after)) && !isInterstitial(after);
      if (!storyNext && heading && isProse(lines[next + 1]?.text ?? '') && wordCount(lines[next + 1]!.text) >= STORY_LINE_WORDS) storyNext = true;
      // An ad slot over a drawn box (a timeline, a fact panel): the box is read next, and the story goes on.
      if (!storyNext && after !== undefined && drawnBoxEnd(lines, next) > next) storyNext = true;
      // A teaser with its title on its line ("\u25b6 WATCH: Students march (1:42)") over a subhead:
      // the story goes on under the subhead.
      const inline = next === j + 1 && teaserRe.test(t.replace(LEADING_SIGNS, ''));
      if (!storyNext && inline && after !== undefined && wordCount(after) <= 12 && !endsLikeProse(after) && isProse(lines[next + 1]?.text ?? '')) storyNext = true;
      // "RELATED" over a few teaser lines (and a rule line), then the story again: a box in
      // the middle of the story, as after a tail marker (boxEnd asks for two long lines of prose).
      const box = storyNext ? -1 : boxEnd(lines, next - 1);
      if (box > next) {
        next = box;
        after = lines[next]!.text;
        storyNext = true;
      }
      // An ad slot between two live-blog entries: the next entry's time stamp follows it.
      if (storyNext || (after !== undefined && isEntryTime(after) && entryRunEnd(next) > next)) {
        for (let k = j; k < next; k++) {
          skip.add(k);
          mark(lines[k]!, 'interstitial');
        }
        j = next - 1;
        continue;
      }
      bodyEnd = j;
      chrome.push({ start: lines[j]!.start, end: textLength, kind: 'tail' });
      break;
    }
    // A live blog's time stamp between two entries: one line of chrome, and the story goes on.
    const entryEnd = isEntryTime(t) ? nextEntry(j) : -1;
    if (entryEnd > j) {
      for (let k = j; k < entryEnd; k++) {
        skip.add(k);
        mark(lines[k]!, 'entry-stamp');
      }
      entries++;
      j = entryEnd - 1;
      continue;
    }
    // A date line ends the story only once story prose has been read ("22.09.2026 · 12:07"
    // under a byline still belongs to the head of the page).
    if (isProse(t)) {
      proseSeen = true;
      proseLines++;
    }
    // A live blog's day header ("Tuesday 16 June") over entries that open with their time.
    if (isDateLine(t) && ENTRY_LEAD.test(lines[j + 1]?.text ?? '')) {
      skip.add(j);
      mark(lines[j]!, 'dateline');
      continue;
    }
    // A "Most read" box in the middle of the story: the marker, a few teaser lines, then the story again.
    const box = tailMarkers.has(normaliseMarker(t)) ? boxEnd(lines, j) : -1;
    if (box > j) {
      for (let k = j; k < box; k++) {
        skip.add(k);
        mark(lines[k]!, 'interstitial');
      }
      j = box - 1;
      continue;
    }
    // A date line under the standfirst and byline (the only prose read so far is the
    // standfirst, or the line above is a "By ..." byline), with the story's prose following
    // within a few lines of share bar or photo caption, is the head of the page, not its tail.
    const dateLine = isDateLine(t);
    const underByline = dateLine && j - 1 > bodyStart && bylineRe.test(lines[j - 1]!.text);
    // "By Nina Keller | 02/06/2025 | 11:05" under a punctuated standfirst: the byline strip,
    // as above an unpunctuated one (only here: further down, a strip may be a photo credit).
    const strip = !dateLine && proseLines <= 1 && j > bodyStart && isDatedStrip(t);
    if (((dateLine && (proseLines <= 1 || underByline)) || strip) && storyFollows(j)) {
      skip.add(j);
      mark(lines[j]!, 'dateline');
      const above = lines[j - 1];
      if (above && j - 1 > bodyStart && !skip.has(j - 1) && (underByline || (!isProse(above.text) && wordCount(above.text) <= 8))) {
        skip.add(j - 1);
        mark(above, 'byline');
      }
      continue;
    }
    // Under a punctuated standfirst, the head of the page goes on: a text-size bar or a
    // language link between the byline and the story is furniture, as above the standfirst.
    if (proseLines <= 1 && !isProse(t) && isHeadFurniture(t) && storyFollows(j)) {
      skip.add(j);
      mark(lines[j]!, 'meta');
      continue;
    }
    if (tailMarkers.has(normaliseMarker(t)) || (j >= bodyStart + 2 && proseSeen && dateLine)) {
      bodyEnd = j;
      chrome.push({ start: lines[j]!.start, end: textLength, kind: 'tail' });
      break;
    }
  }
  // Trailing tag runs and labels at the very end of the body.
  while (bodyEnd - 1 > bodyStart) {
    const t = lines[bodyEnd - 1]!.text;
    if (!(isTagRun(t) || (isLabel(t) && wordCount(t) <= 3 && !isCountLine(t)))) break;
    bodyEnd--;
    mark(lines[bodyEnd]!, 'tags');
  }
  chrome.sort((a, b) => a.start - b.start);
  return { chrome, skip, panelLines, headline, kicker, standfirst, bodyStart, bodyEnd };
}
