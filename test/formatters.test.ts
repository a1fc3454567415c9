/** Every output format over the same report: stylish, json, jsonl, markdown, html. */
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/config/linter.js';
import { formatReport, FORMATS, formatJsonlLine, HTML_NOTE } from '../src/report/formatters/index.js';
import { ArticleReport } from '../src/schema.js';

const A = { id: 'metro-1', source: 'Metro | Daily', text: 'Tax plan draws fire\n\nCritics say the plan will hurt small farms <in> Kerala.\n' };
const B = { id: 'wire-2', text: 'Harbour reopens\n\nThe harbour reopened on Tuesday, harbour master Luis Ortega said.\n' };
const linter = createLinter();
const report = linter.analyzeAll([A, B], { cluster: 'none' });
const texts = new Map([A, B].map((a) => [a.id, a.text]));

describe('formatters', () => {
  it('all formats render', () => {
    for (const f of FORMATS) expect(formatReport(report, f, texts).length).toBeGreaterThan(50);
  });

  it('jsonl: one article per line, each the JSON format\'s article shape', () => {
    const out = formatReport(report, 'jsonl', texts);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const json = JSON.parse(formatReport(report, 'json', texts));
    lines.forEach((l, i) => {
      const parsed = JSON.parse(l);
      expect(parsed).toEqual(json.articles[i]);
      expect(() => ArticleReport.parse(parsed)).not.toThrow();
    });
    expect(formatJsonlLine(report.articles[0]!, A.text).endsWith('\n')).toBe(true);
  });

  it('markdown: heading with score, a table of flags, pipes and tags escaped', () => {
    const md = formatReport(report, 'markdown', texts);
    expect(md).toContain(`### metro-1 — score ${report.articles[0]!.score}/100 (Metro \\| Daily)`);
    expect(md).toMatch(/\| 3:1 \| 🟠 warning \| `attribution\/vague-source` \| “Critics say” \|/);
    expect(md).toContain('No flags.');
    expect(md).not.toContain('<in>');
  });

  it('stylish: unchanged shape, and the HTML-input note when the text was extracted', () => {
    const out = formatReport(report, 'stylish', texts, { inputs: new Map([['metro-1', { format: 'html' as const, extractedText: A.text }]]) });
    expect(out).toContain('metro-1  score');
    expect(out).toContain(HTML_NOTE);
    expect(out).toMatch(/✖ \d+ flags? \(/);
  });

  it('json: HTML inputs carry the extracted text and say spans refer to it', () => {
    const json = JSON.parse(formatReport(report, 'json', texts, { inputs: new Map([['metro-1', { format: 'html' as const, extractedText: A.text }]]) }));
    expect(json.articles[0].extractedText).toBe(A.text);
    expect(json.articles[0].input.note).toMatch(/spans refer to extractedText/);
    expect(json.articles[1].extractedText).toBeUndefined();
  });

  it('html: self-contained, text intact, flags escaped', () => {
    const html = formatReport(report, 'html', texts);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('&lt;in&gt;');
    expect(html).toContain('data-message="warning: Vague attribution');
  });
});
