/**
 * Compile a declarative house rule into an ordinary Rule (defineRule), so the engine
 * runs it like a built-in one: same config (`"house/<name>": "off"`), same chrome
 * filtering, same reports. Patterns are compiled once, here; a bad pattern is an error
 * that names the rule and the field.
 */
import { inChrome } from '../document/index.js';
import type { Document, Span } from '../document/types.js';
import { PhraseIndex } from '../engine/phrases.js';
import { defineRule, type Rule } from '../engine/rule.js';
import { fromZodError, NewslintInputError } from '../errors.js';
import { compileMatchers, compilePattern, literal, type Match, type Pattern } from './regex.js';
import { HouseRule, type HouseRuleInput } from './schema.js';

export const HOUSE_PREFIX = 'house/';

function fill(message: string, vars: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (all, k: string) => vars[k] ?? all);
}

/** Matches of every pattern outside page chrome, in text order. */
function matchesIn(doc: Document, patterns: readonly Pattern[]): Match[] {
  return patterns
    .flatMap((p) => p.all(doc.text))
    .filter((m) => !inChrome(doc, m))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Where a "too few" or "missing" finding points: the headline, else the first paragraph. */
function articleSpan(doc: Document): Span | undefined {
  const p = doc.headline ?? doc.paragraphs.find((x) => x.kind === 'body') ?? doc.paragraphs[0];
  return p && p.end > p.start ? { start: p.start, end: p.end } : undefined;
}

/**
 * @param input the rule as written (validated here)
 * @param where the path to it, for errors ("house[2]" or "rules/house.yaml: [0]")
 */
export function compileHouseRule(input: HouseRuleInput | unknown, where = 'house rule', location?: string): Rule {
  const parsed = HouseRule.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, where, location);
  const r = parsed.data;
  const at = (field: string) => `${where}.${field}`;
  const wrap = <T>(field: string, build: () => T): T => {
    try {
      return build();
    } catch (error) {
      throw new NewslintInputError(at(field), (error as Error).message, location);
    }
  };
  const id = `${HOUSE_PREFIX}${r.name}`;
  const meta = {
    id,
    category: r.category,
    severity: r.severity,
    description: r.description ?? `House rule (${r.kind}).`,
    why: r.why ?? 'A house style rule of this newsroom.',
    examples: { flagged: [], fine: [] },
  };

  switch (r.kind) {
    case 'existence': {
      const patterns = wrap('patterns', () => compileMatchers(r.tokens, r.patterns, r.matchCase));
      const exceptions = new Set(r.exceptions.map((e) => e.toLowerCase()));
      const message = r.message ?? 'Avoid "{match}" (house style).';
      return defineRule({
        meta,
        check({ doc, report }) {
          for (const m of matchesIn(doc, patterns)) {
            if (exceptions.has(m.text.toLowerCase())) continue;
            report({ span: m, message: fill(message, { match: m.text }) });
          }
        },
      });
    }
    case 'substitution': {
      const swaps = Object.entries(r.swap).map(([pattern, replacement]) => ({
        // A plain word or phrase is matched as a whole word; anything else is a pattern.
        pattern: wrap(`swap.${pattern}`, () => compilePattern(/^[\w' -]+$/.test(pattern) ? `\\b${literal(pattern)}\\b` : pattern, r.matchCase)),
        replacement,
      }));
      const message = r.message ?? 'Prefer "{replacement}" over "{match}" (house style).';
      return defineRule({
        meta,
        check({ doc, report }) {
          const taken: Span[] = [];
          for (const { pattern, replacement } of swaps) {
            for (const m of matchesIn(doc, [pattern])) {
              if (m.text.toLowerCase() === replacement.toLowerCase()) continue;
              // Two swaps over the same words are one finding: the first listed wins.
              if (taken.some((t) => t.start < m.end && m.start < t.end)) continue;
              taken.push(m);
              report({ span: m, message: fill(message, { match: m.text, replacement }) });
            }
          }
        },
      });
    }
    case 'occurrence': {
      const patterns = wrap('patterns', () => compileMatchers(r.tokens, r.patterns, r.matchCase));
      return defineRule({
        meta,
        check({ doc, report }) {
          const found = matchesIn(doc, patterns);
          if (r.max !== undefined && found.length > r.max) {
            const m = found[r.max]!;
            report({ span: m, message: fill(r.message ?? 'Used {count} times in this article; the house limit is {max}.', { match: m.text, count: String(found.length), max: String(r.max) }) });
          }
          if (r.min !== undefined && found.length < r.min) {
            const span = articleSpan(doc);
            if (span) report({ span, message: fill(r.message ?? 'Found {count} times in this article; house style asks for at least {min}.', { count: String(found.length), min: String(r.min) }) });
          }
        },
      });
    }
    case 'conditional': {
      const first = wrap('first', () => compilePattern(r.first, r.matchCase));
      const second = wrap('second', () => compilePattern(r.second, r.matchCase));
      const keyed = first.groups > 0 && second.groups > 0;
      const exceptions = new Set(r.exceptions.map((e) => e.toLowerCase()));
      const message = r.message ?? (keyed ? '"{match}" is used but never introduced.' : '"{match}" appears, so house style requires a match for "{second}".');
      return defineRule({
        meta,
        check({ doc, report }) {
          const seconds = matchesIn(doc, [second]);
          const key = (m: Match) => (m.group ?? m.text).toLowerCase();
          const have = new Set(seconds.map(key));
          for (const m of matchesIn(doc, [first])) {
            if (exceptions.has(key(m))) continue;
            // A match inside a `second` match is the definition itself ("the World Health Organization (WHO)").
            if (seconds.some((s) => s.start <= m.start && m.end <= s.end)) continue;
            if (keyed ? have.has(key(m)) : seconds.length > 0) continue;
            report({ span: m, message: fill(message, { match: m.text, second: r.second }) });
            if (!keyed) break;
          }
        },
      });
    }
    case 'sequence': {
      const index = wrap('sequences', () => new PhraseIndex(r.sequences.map((s) => [s, s] as [string, string])));
      const message = r.message ?? 'House style: avoid "{match}".';
      return defineRule({
        meta,
        check({ doc, report }) {
          for (const m of index.matchDocument(doc)) report({ span: m.span, message: fill(message, { match: doc.text.slice(m.span.start, m.span.end), sequence: m.entry }) });
        },
      });
    }
  }
}

/** Compile a list, ids must be unique; `where` prefixes each item's path. */
export function compileHouseRules(list: readonly unknown[], where = 'house', location?: string): Rule[] {
  const rules = list.map((r, i) => compileHouseRule(r, `${where}[${i}]`, location));
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.meta.id)) throw new NewslintInputError(`${where}[${i}].name`, `duplicates the house rule "${rule.meta.id}"`, location);
    seen.add(rule.meta.id);
  });
  return rules;
}
