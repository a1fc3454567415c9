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
  bylinePrefixes: z.array(z.string().min(1)),
  abbreviations: z.array(z.string().min(1)),
});
export const chromeData = loadData('chrome.json', ChromeData, chromeJson);

const tailMarkers = new Set(chromeData.tailMarkers);
const bylineRe = new RegExp(`^(?:${chromeData.bylinePrefixes.map(escapeRe).join('|')})\\s*:?\\s+\\S`, 'i');
const TIME = /\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.m\.|\b(?:AM|PM|GMT|UTC|ET|EST|EDT|IST)\b/gi;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function normaliseMarker(s: string): string {
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

export interface LineLayout {
  chrome: ChromeRegion[];
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
  let i = 0;
  let headline: number | undefined;
  const titleNorm = title?.trim().toLowerCase();

  // Above the headline: mastheads, date lines, section labels.
  for (; i < Math.min(lines.length, 8); i++) {
    const t = lines[i]!.text;
    if (titleNorm && t.toLowerCase() === titleNorm) { headline = i++; break; }
    if (isDateLine(t)) mark(lines[i]!, 'dateline');
    else if (bylineRe.test(t) && wordCount(t) <= 6) mark(lines[i]!, 'byline');
    else if (isBullet(t) || isLabel(t)) mark(lines[i]!, 'masthead');
    else {
      const words = wordCount(t);
      if (!titleNorm && words >= 4 && words <= 30 && !/\.$/.test(t)) headline = i++;
      break;
    }
  }
  if (headline === undefined && chrome.length === Math.min(lines.length, 8)) i = 0; // nothing but labels: keep them as text
  // Under the headline: repeated headline, bylines, date and meta lines.
  for (; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (headline !== undefined && t === lines[headline]!.text) mark(lines[i]!, 'repeated-headline');
    else if (isDateLine(t)) mark(lines[i]!, 'dateline');
    else if (bylineRe.test(t) && wordCount(t) <= 8) mark(lines[i]!, 'byline');
    else if (isBullet(t)) mark(lines[i]!, 'meta');
    else if (isLabel(t) && !endsLikeProse(t) && i + 1 < lines.length && headline !== undefined) mark(lines[i]!, 'meta');
    else break;
  }
  const bodyStart = i;

  // The tail: from the first marker line or date line after some body text, to the end.
  let bodyEnd = lines.length;
  for (let j = bodyStart + 1; j < lines.length; j++) {
    const t = lines[j]!.text;
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
  return { chrome, headline, bodyStart, bodyEnd };
}
