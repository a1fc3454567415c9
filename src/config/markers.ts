/**
 * Inline suppression markers in Markdown or HTML input:
 *   <!-- newslint-disable -->                 every rule, until enabled again
 *   <!-- newslint-disable rule-a, rule-b -->  those rules
 *   <!-- newslint-enable -->                  everything back on
 *   <!-- newslint-enable rule-a -->           that rule back on
 * A region runs from the end of its disable marker to the start of the matching enable
 * marker, or to the end of the text.
 */
import type { Flag } from '../schema.js';

export interface DisabledRegion {
  start: number;
  end: number;
  /** undefined: every rule. */
  rules?: Set<string>;
}

const MARKER = /<!--\s*newslint-(disable|enable)\b([^>]*?)\s*-->/g;

export function disabledRegions(text: string): DisabledRegion[] {
  if (!text.includes('newslint-')) return [];
  const out: DisabledRegion[] = [];
  /** Open regions: `*` for all rules, else rule id -> start. */
  const open = new Map<string, number>();
  const close = (key: string, at: number) => {
    const start = open.get(key);
    if (start === undefined) return;
    open.delete(key);
    if (at > start) out.push({ start, end: at, rules: key === '*' ? undefined : new Set([key]) });
  };
  for (const m of text.matchAll(MARKER)) {
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    const at = m.index!;
    if (m[1] === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, at + m[0].length);
    } else if (ids.length) {
      for (const id of ids) close(id, at);
    } else {
      for (const key of [...open.keys()]) close(key, at);
    }
  }
  for (const key of [...open.keys()]) close(key, text.length);
  return out;
}

export function isDisabled(regions: readonly DisabledRegion[], flag: Pick<Flag, 'ruleId' | 'start' | 'end'>): boolean {
  return regions.some((r) => flag.start >= r.start && flag.end <= r.end && (!r.rules || r.rules.has(flag.ruleId)));
}
