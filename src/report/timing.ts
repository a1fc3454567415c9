/** The `--timing` table: every timed rule and the Document reading, slowest first, as ESLint prints TIMING. */
import type { RuleTimings } from '../engine/timing.js';

export function formatTimings(timings: RuleTimings): string {
  const rows = [...timings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const width = Math.max('Rule'.length, ...rows.map(([id]) => id.length));
  const line = (id: string, ms: string, rel: string) => `${id.padEnd(width)} | ${ms.padStart(9)} | ${rel.padStart(8)}`;
  return [
    line('Rule', 'Time (ms)', 'Relative'),
    `:${'-'.repeat(width - 1)}-|${'-'.repeat(10)}:|${'-'.repeat(8)}:`,
    ...rows.map(([id, ms]) => line(id, ms.toFixed(3), `${total > 0 ? ((100 * ms) / total).toFixed(1) : '0.0'}%`)),
    line('total', total.toFixed(3), '100.0%'),
  ].join('\n') + '\n';
}
