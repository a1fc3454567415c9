/**
 * A list of counted rows with a total row under it, each on a line of its own:
 *
 *   • North district: 4
 *   • South district: 5
 *   • Total: 10
 *
 * The rows must add up to the total. Only whole numbers written alone after the label's colon or
 * dash are read (no percentages, decimals or money, which are rounded or carry units), and only
 * rows that run on, line after line, straight into the total line.
 */
import type { Document, Span } from '../../src/document/types.js';
import { inChrome } from '../../src/document/index.js';
import { defineRule } from '../../src/engine/rule.js';

/** A bullet, a label with a letter in it, a colon or dash, and a whole number ending the line. */
const ROW = new RegExp(String.raw`^[ \t]*(?:[\u2022\u00b7\u25aa\u25e6\u25cf*\-\u2013\u2014][ \t]*)?(\S[^\n]*?\p{L}[^\n]*?)[ \t]*[:\u2013\u2014][ \t]*(\d{1,3}(?:,\d{3})+|\d+)[ \t]*$`, 'u');
/** The total row's label: "Total", "Total injured", "Grand total", "In total". */
const TOTAL = /^(?:grand\s+|in\s+)?total\b/i;
/** The bullet (or none) the line starts with: the rows and the total share it. */
const bulletOf = (line: string) => /^[ \t]*(\S)/.exec(line)?.[1]?.replace(/[\p{L}\p{N}]/u, '') ?? '';

/** The longest line read as a row, in characters. */
const MAX_ROW = 120;

interface Row {
  label: string;
  value: number;
  bullet: string;
  /** The label and number, without the bullet. */
  span: Span;
}

function rowOf(doc: Document, start: number, end: number): Row | undefined {
  const line = doc.text.slice(start, end);
  // A row is one short line ending in its number (the cap also bounds the pattern's work).
  if (line.length > MAX_ROW || line.includes('\n') || !/\d[ \t]*$/.test(line)) return undefined;
  const m = ROW.exec(line);
  if (!m) return undefined;
  const label = m[1]!;
  const labelAt = start + m.index + m[0].indexOf(label);
  return { label, value: Number(m[2]!.replace(/,/g, '')), bullet: bulletOf(line), span: { start: labelAt, end: start + line.trimEnd().length } };
}

export default defineRule({
  meta: {
    id: 'factual-slip/list-total',
    category: 'factual-slip',
    severity: 'warning',
    description: 'A total row under a list of counted rows that the rows do not add up to ("• North: 4 / • South: 5 / • Total: 10").',
    why: 'A total that its own rows contradict means one of the figures is wrong, and the reader cannot tell which.',
    examples: {
      flagged: [
        {
          text: 'Floods kill 15 in Sylhet\n\nFlash floods killed at least 15 people in two districts on Tuesday, the ministry said.\n\nDEATHS BY DISTRICT\n• Sylhet: 6\n• Sunamganj: 9\n• Total: 16\n\nBoats reached cut-off villages on Wednesday.',
          flag: 'Total: 16',
        },
      ],
      fine: [{ text: 'Floods kill 15 in Sylhet\n\nFlash floods killed at least 15 people in two districts on Tuesday, the ministry said.\n\nDEATHS BY DISTRICT\n• Sylhet: 6\n• Sunamganj: 9\n• Total: 15\n\nBoats reached cut-off villages on Wednesday.' }],
    },
  },
  check({ doc, report }) {
    let run: Row[] = [];
    let prev = -2;
    doc.paragraphs.forEach((p, i) => {
      const row = p.kind === 'body' && !inChrome(doc, p) ? rowOf(doc, p.start, p.end) : undefined;
      if (!row) {
        run = [];
        prev = -2;
        return;
      }
      if (prev !== i - 1 || (run.length && run[0]!.bullet !== row.bullet)) run = [];
      prev = i;
      if (!TOTAL.test(row.label)) {
        run.push(row);
        return;
      }
      const rows = run;
      run = [];
      if (rows.length < 2 || rows.some((r) => TOTAL.test(r.label))) return;
      const sum = rows.reduce((a, r) => a + r.value, 0);
      if (sum === row.value) return;
      const parts = rows.map((r) => r.value).join(' + ');
      report({ span: row.span, message: `The rows above this total add up to ${sum} (${parts}), not ${row.value}.` });
    });
  },
});
