/**
 * User patterns run on RE2 (re2js): matching time is linear in the input, so a house
 * rule such as `(a+)+$` cannot hang a pipeline the way a backtracking engine would.
 * re2js reports UTF-16 offsets, the same units as every newslint span.
 */
import { RE2JS } from 're2js';

export interface Match {
  start: number;
  end: number;
  text: string;
  /** Capture group 1 when the pattern has one. */
  group?: string;
}

export interface Pattern {
  source: string;
  groups: number;
  all(text: string): Match[];
}

/** Escape a literal word or phrase for RE2; inner spaces match any run of whitespace. */
export function literal(s: string): string {
  return s.trim().split(/\s+/).map((w) => w.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')).join('\\s+');
}

/** Compile; throws an Error whose message says what is wrong with the pattern. */
export function compilePattern(source: string, matchCase: boolean): Pattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, matchCase ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    throw new Error(`is not a valid RE2 pattern (${(error as Error).message})`);
  }
  const groups = re.groupCount();
  return {
    source,
    groups,
    all(text) {
      const out: Match[] = [];
      const m = re.matcher(text);
      let from = 0;
      while (from <= text.length && m.find(from)) {
        const start = m.start();
        const end = m.end();
        // Empty matches carry no span; step past them so the loop always advances.
        if (end > start) out.push({ start, end, text: text.slice(start, end), group: groups > 0 ? m.group(1) ?? undefined : undefined });
        from = end > start ? end : start + 1;
      }
      return out;
    },
  };
}

/** Whole-word alternation of `tokens` plus the raw `patterns`, as one list of patterns. */
export function compileMatchers(tokens: readonly string[], patterns: readonly string[], matchCase: boolean): Pattern[] {
  const out: Pattern[] = [];
  if (tokens.length) out.push(compilePattern(`\\b(?:${tokens.map(literal).join('|')})\\b`, matchCase));
  for (const p of patterns) out.push(compilePattern(p, matchCase));
  return out;
}
