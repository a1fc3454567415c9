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

export const ChromeData = z.object({
  about: z.string(),
  source: z.string(),
  tailMarkers: z.array(z.string().min(1)),
  interstitials: z.array(z.string().min(1)),
  teaserPrefixes: z.array(z.string().min(1)),
  furnitureLines: z.array(
    z.string().refine((p) => {
      try {
        new RegExp(p, 'i');
        return true;
      } catch {
        return false;
      }
    }, 'must be a valid regular expression'),
  ),
  bylinePrefixes: z.array(z.string().min(1)),
  abbreviations: z.array(z.string().min(1)),
});
export const chromeData = loadData('chrome.json', ChromeData, chromeJson);

const tailMarkers = new Set(chromeData.tailMarkers);
const interstitials = new Set(chromeData.interstitials);
const furnitureLines = chromeData.furnitureLines.map((p) => new RegExp(p, 'i'));
const teaserRe = new RegExp(`^(?:${chromeData.teaserPrefixes.map(escapeRe).join('|')})\\s*[:|»›>–—-]\\s*\\S`, 'i');
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
  // A teaser title may end in a question mark; a long line after "Watch:" is story.
  if (teaserRe.test(t)) return !endsLikeProse(t) || (/\?["”’)]?$/.test(t) && wordCount(t) <= 30);
  return wordCount(t) <= 40 && furnitureLines.some((re) => re.test(t));
}
const bylineRe = new RegExp(`^(?:${chromeData.bylinePrefixes.map(escapeRe).join('|')})\\s*:?\\s+\\S`, 'i');
const TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\.|\b(?:AM|PM|GMT|UTC|ET|EST|EDT|IST)\b/gi;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The longest marker or interstitial line: a longer line is neither. */
const LONGEST_MARKER = Math.max(...[...tailMarkers, ...interstitials].map((m) => m.length));

const MARKER_TAIL = /[\s:.!>»›|-]/u;
const MARKER_HEAD = /[\s•·|-]/u;

function normaliseMarker(s: string): string {
  // Most lines are story, too long to be a marker once their edges are stripped: say so
  // without lower-casing and copying the whole line (this runs on every line).
  let end = s.length;
  while (end > 0 && MARKER_TAIL.test(s[end - 1]!)) end--;
  let start = 0;
  while (start < end && MARKER_HEAD.test(s[start]!)) start++;
  if (end - start > LONGEST_MARKER) return '';
  return s.toLowerCase().replace(/[\s:.!>»›|-]+$/u, '').replace(/^[\s•·|-]+/u, '').trim();
}

/** A line that is only a date and/or time, with at most two other words ("Nov 15, 2025 News"). */
export function isDateLine(line: string): boolean {
  if (wordCount(line) > 9) return false;
  const dates = findDates(line).filter((d) => d.date !== undefined || (d.weekday === undefined && d.year !== undefined) || d.weekday !== undefined);
  let rest = line;
  for (const d of dates.sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const hadTime = TIME.test(rest);
  TIME.lastIndex = 0;
  rest = rest.replace(TIME, ' ');
  if (dates.length === 0 && !hadTime) return false;
  const leftover = rest.replace(/\b(?:today|updated|published|posted|last|on|at|\d+)\b/gi, ' ');
  return wordCount(leftover) <= 2 && !/[.!?]["”’]?$/.test(leftover.trim());
}

const isBullet = (t: string) => /^[-•·*]\s+/.test(t) && wordCount(t) <= 6;
const isLabel = (t: string) => wordCount(t) <= 4 && !/[.!?:;,"”’)]$/.test(t) && !/^["“‘']/.test(t);
const isTagRun = (t: string) =>
  /^(?:#\S+\s*)+$/.test(t) || (!/\s/.test(t) && t.length >= 15 && /\p{Ll}\p{Lu}/u.test(t)) || /^tags?\s*:/i.test(t);
const endsLikeProse = (t: string) => /[.!?]["”’)]?$/.test(t);
/** A line of running text: a sentence of some length, or a long line whatever its end. */
const isProse = (t: string) => (endsLikeProse(t) && wordCount(t) >= 6) || wordCount(t) > 30;

export interface LineLayout {
  chrome: ChromeRegion[];
  /** Lines between bodyStart and bodyEnd that are chrome all the same (interstitials). */
  skip: Set<number>;
  /** Index into the lines of the headline, if one was found. */
  headline?: number;
  /** First and last (exclusive) line indexes of the story body. */
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Lay out the lines: chrome above the headline, the headline, meta lines under it,
 * the body, and the tail (teasers, comments, tags) that follows the story.
 */
export function layoutLines(lines: Line[], textLength: number, title?: string): LineLayout {
  const chrome: ChromeRegion[] = [];
  const mark = (line: Line, kind: ChromeKind) => chrome.push({ start: line.start, end: line.end, kind });
  const titleNorm = title?.trim().toLowerCase();

  // The top block: the lines before the first line of prose (at most ten).
  let i = 0;
  while (i < Math.min(lines.length, 10) && !isProse(lines[i]!.text)) i++;
  if (i === 10 && !isProse(lines[i]?.text ?? '.')) i = Math.min(1, lines.length); // no prose in sight: a list, not chrome
  let headline: number | undefined;
  if (titleNorm) {
    const at = lines.slice(0, i).findIndex((l) => l.text.toLowerCase() === titleNorm);
    if (at >= 0) headline = at;
  } else {
    // The headline: the longest title-like line of the top block (the first on ties).
    let best = 0;
    for (let k = 0; k < i; k++) {
      const t = lines[k]!.text;
      const words = wordCount(t);
      if (words < 2 || words > 30 || isDateLine(t) || bylineRe.test(t) || isBullet(t)) continue;
      if (words > best) [best, headline] = [words, k];
    }
  }
  for (let k = 0; k < i; k++) {
    if (k === headline) continue;
    const t = lines[k]!.text;
    if (headline !== undefined && t === lines[headline]!.text) mark(lines[k]!, 'repeated-headline');
    else if (isDateLine(t)) mark(lines[k]!, 'dateline');
    else if (bylineRe.test(t)) mark(lines[k]!, 'byline');
    else mark(lines[k]!, headline === undefined || k < headline ? 'masthead' : 'meta');
  }
  const bodyStart = i;

  // The tail: from the first marker line or date line after some body text, to the end.
  // An interstitial with story prose after it is one line of chrome; with none, the tail starts there.
  let bodyEnd = lines.length;
  const skip = new Set<number>();
  for (let j = bodyStart + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
    if (isInterstitial(t)) {
      let next = j + 1;
      while (next < lines.length && isInterstitial(lines[next]!.text)) next++;
      // "More on this story:" with its teaser title on the next line, then the story again.
      if (/:$/.test(lines[next - 1]!.text) && next + 1 < lines.length && !isProse(lines[next]!.text) && isProse(lines[next + 1]!.text)) next++;
      const after = lines[next]?.text;
      if (after !== undefined && isProse(after) && !isDateLine(after) && !tailMarkers.has(normaliseMarker(after))) {
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
    if (tailMarkers.has(normaliseMarker(t)) || (j >= bodyStart + 2 && isDateLine(t))) {
      bodyEnd = j;
      chrome.push({ start: lines[j]!.start, end: textLength, kind: 'tail' });
      break;
    }
  }
  // Trailing tag runs and labels at the very end of the body.
  while (bodyEnd - 1 > bodyStart) {
    const t = lines[bodyEnd - 1]!.text;
    if (!(isTagRun(t) || (isLabel(t) && wordCount(t) <= 3))) break;
    bodyEnd--;
    mark(lines[bodyEnd]!, 'tags');
  }
  chrome.sort((a, b) => a.start - b.start);
  return { chrome, skip, headline, bodyStart, bodyEnd };
}
