/**
 * Score: 100 minus a penalty per flag (info 1, warning 4, error 10), each category's
 * penalty capped at 40 so one noisy category cannot hide the others; floored at 0.
 */
import { CATEGORIES, type Flag, type Signals } from '../schema.js';

export const SEVERITY_PENALTY = { info: 1, warning: 4, error: 10 } as const;
export const CATEGORY_CAP = 40;

export function score(flags: readonly Flag[]): { score: number; signals: Signals } {
  const signals = Object.fromEntries(CATEGORIES.map((c) => [c, { flags: 0, penalty: 0 }])) as Signals;
  for (const f of flags) {
    const s = signals[f.category]!;
    s.flags++;
    s.penalty = Math.min(CATEGORY_CAP, s.penalty + SEVERITY_PENALTY[f.severity]);
  }
  const total = Object.values(signals).reduce((sum, s) => sum + s.penalty, 0);
  return { score: Math.max(0, 100 - total), signals };
}
