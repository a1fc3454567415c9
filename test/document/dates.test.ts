import { describe, expect, it } from 'vitest';
import { findDates, weekdayOf } from '../../src/document/dates.js';
import { buildDocument } from '../../src/document/index.js';

describe('dates', () => {
  it('reads full dates with weekdays in both orders', () => {
    const text = 'On Thursday, November 13, 2025, the firm said. By 16 November 2025 it had not. Due 2026-01-05.';
    const found = findDates(text);
    expect(found.filter((d) => d.date).map((d) => [text.slice(d.start, d.end), d.date, d.weekday])).toEqual([
      ['Thursday, November 13, 2025', '2025-11-13', 4],
      ['16 November 2025', '2025-11-16', undefined],
      ['2026-01-05', '2026-01-05', undefined],
    ]);
    expect(weekdayOf('2025-11-13')).toBe(4);
  });

  it('takes the year of a month-day from the article date, nearest first', () => {
    const found = findDates('The memo, dated November 1, was released.', '2025-11-15');
    expect(found[0]!.date).toBe('2025-11-01');
    const january = findDates('Talks resume on January 3.', '2025-12-20');
    expect(january[0]!.date).toBe('2026-01-03');
  });

  it('reads bare weekdays and years', () => {
    const text = 'On Saturday the deal, struck in 2024, was signed.';
    const found = findDates(text);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['Saturday', '2024']);
    expect(found[0]!.weekday).toBe(6);
    expect(found[1]!.year).toBe(2024);
  });

  it('does not take "may" the verb for a month', () => {
    expect(findDates('Officials may 5 times a year review it.').filter((d) => d.date)).toEqual([]);
  });

  it('rejects impossible days', () => {
    expect(findDates('It happened on February 30, 2025.').every((d) => d.date === undefined)).toBe(true);
  });

  it('reads the article date from a dateline when none is given', () => {
    const d = buildDocument({ id: 'x', text: 'Talks Collapse\n\nGENEVA, March 4, 2026: Talks collapsed on Wednesday.' });
    expect(d.date).toBe('2026-03-04');
    const given = buildDocument({ id: 'x', text: 'Talks Collapse\n\nGENEVA, March 4, 2026: Talks collapsed.', publishedAt: '2026-03-05' });
    expect(given.date).toBe('2026-03-05');
  });
});
