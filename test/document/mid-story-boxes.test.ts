/**
 * Boxes in the middle of a story: a drawn box ("┌──┐ … └──┘") round a promo or a fact
 * panel, and a "RELATED" heading over a few teaser lines between rule lines. Each is one
 * piece of chrome and the story goes on after it; before, the first made the next live-blog
 * time stamp end the story, and the second was read as the start of the page's tail.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';

const story = (text: string) => {
  const d = buildDocument({ id: 't', text, publishedAt: '2025-06-12' });
  return { d, paragraphs: d.paragraphs.map((p) => text.slice(p.start, p.end)), chrome: d.chrome.map((c) => ({ kind: c.kind, text: text.slice(c.start, c.end) })) };
};

const liveBlog = [
  'HARBOUR POST',
  'News · Business · Transport · Sport',
  '',
  'Ferry crews strike for a second day in Piraeus',
  '',
  'By Eleni Markou | Athens | Thursday 12 June 2025',
  '',
  '09:40',
  'Ferry crews walked out again at dawn, and 38 of the 52 morning sailings from Piraeus to the islands were cancelled, the port authority said.',
  '',
  'The seamen’s union says the new rosters leave crews on board for up to 16 hours, which the shipping companies deny.',
  '',
  '┌──────────────────────────────┐',
  ' ⛴ YOUR SAILING',
  ' Check whether your ferry is running',
  ' and how to claim a refund.',
  ' [ Sailing status ]  [ Refunds ]',
  '└──────────────────────────────┘',
  '',
  '09:15',
  'Queues at the ticket offices on the quay stretched back to the metro station by nine o’clock, with families and lorry drivers waiting for news.',
  '',
  'The shipping ministry said it would meet both sides on Friday morning at its offices in Piraeus.',
  '',
  'Share: ✉ · in · ⎘ Copy link',
  '',
  'MORE IN TRANSPORT',
  '→ Athens metro line 4 opens two stations',
].join('\n');

const relatedBox = [
  'VALLEY GAZETTE',
  'Home / Regions / Infrastructure',
  '',
  'Inquiry opens into the collapse of the old river bridge',
  '',
  'Marta Zielinska · 12 June 2025, 10:15 · 5 min read',
  '',
  'A commission began work on Tuesday into the collapse of the road bridge over the river at Nowa Wieś, which killed one driver last week.',
  '',
  'The roads agency denied that it had received any warning about the bridge, its spokeswoman said on Monday.',
  '',
  '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
  ' RELATED',
  ' ▸ Roads fund: where last year’s money went',
  ' ▸ District council asks for an emergency ferry',
  '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
  '',
  'Engineers who examined the photographs of the broken span said the steel cables inside the central pier appeared to have rusted through.',
  '',
  'Until a temporary crossing is built, drivers between the two villages face a detour of more than thirty kilometres, the council said.',
  '',
  '© 2025 Valley Gazette. All rights reserved.',
].join('\n');

describe('boxes in the middle of a story', () => {
  it('a drawn box between two live-blog entries is one piece of chrome, and the entries after it are story', () => {
    const { paragraphs, chrome } = story(liveBlog);
    expect(chrome.filter((c) => c.kind === 'interstitial').map((c) => c.text.trim())).toEqual([
      '┌──────────────────────────────┐',
      '⛴ YOUR SAILING',
      'Check whether your ferry is running\n and how to claim a refund.',
      '[ Sailing status ]  [ Refunds ]',
      '└──────────────────────────────┘',
    ]);
    expect(paragraphs.some((p) => p.startsWith('Queues at the ticket offices'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('The shipping ministry said'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('YOUR SAILING') || p.includes('Refunds'))).toBe(false);
    // The page's own tail still starts where it did.
    expect(chrome.find((c) => c.kind === 'tail')?.text.startsWith('Share:')).toBe(true);
  });

  it('a RELATED heading over teaser lines between rule lines is a box, and the story goes on after it', () => {
    const { paragraphs, chrome } = story(relatedBox);
    const boxed = chrome.filter((c) => c.kind === 'interstitial').map((c) => c.text.trim());
    expect(boxed).toContain('RELATED');
    expect(boxed).toContain('▸ Roads fund: where last year’s money went');
    expect(paragraphs.some((p) => p.startsWith('Engineers who examined'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Until a temporary crossing'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('Roads fund'))).toBe(false);
    expect(chrome.find((c) => c.kind === 'tail')?.text.startsWith('©')).toBe(true);
  });

  it('a RELATED list with no story after it is still the tail', () => {
    const tailOnly = relatedBox.split('\n').slice(0, 16).join('\n') + '\n\n' + 'More from the valley\n→ Harvest festival moves to September';
    const { paragraphs, chrome } = story(tailOnly);
    expect(chrome.find((c) => c.kind === 'tail')?.text.trim().startsWith('RELATED')).toBe(true);
    expect(paragraphs.some((p) => p.includes('Harvest festival'))).toBe(false);
  });

  it('a drawn box that is a timeline keeps its dated entries as story; its edges and title are furniture', () => {
    const lines = liveBlog.split('\n');
    const at = lines.indexOf('┌──────────────────────────────┐');
    const timeline = ['┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓', '  THE DISPUTE SO FAR', '  • 2019 — Rosters lengthened to 14 hours', '  • March 2024 — Union files first complaint', '  • 11 Jun 2025 — Crews walk out at Piraeus', '┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛'];
    const text = [...lines.slice(0, at), ...timeline, ...lines.slice(at + 6)].join('\n');
    const { paragraphs, chrome } = story(text);
    expect(paragraphs.filter((p) => p.includes(' — '))).toEqual(['  • 2019 — Rosters lengthened to 14 hours', '  • March 2024 — Union files first complaint', '  • 11 Jun 2025 — Crews walk out at Piraeus'].map((p) => p.trim()));
    expect(chrome.some((c) => c.text.includes('THE DISPUTE SO FAR'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Queues at the ticket offices'))).toBe(true);
  });

  it('a drawn fact box (labelled rows) keeps its title and rows as story; only its edges are furniture', () => {
    const lines = liveBlog.split('\n');
    const at = lines.indexOf('┌──────────────────────────────┐');
    const facts = ['┌──────────────────────────────┐', '│ THE STRIKE IN FIGURES        │', '│ Sailings cancelled: 38 of 52 │', '│ Crew on strike: about 1,900  │', '│ Longest shift: 16 hours      │', '└──────────────────────────────┘'];
    const text = [...lines.slice(0, at), ...facts, ...lines.slice(at + 6)].join('\n');
    const { paragraphs, chrome } = story(text);
    // Each row is a paragraph of its own, without the box's side bars and padding (chrome).
    expect(paragraphs.filter((p) => /FIGURES|: /.test(p))).toEqual(['THE STRIKE IN FIGURES', 'Sailings cancelled: 38 of 52', 'Crew on strike: about 1,900', 'Longest shift: 16 hours']);
    expect(chrome.filter((c) => /^[┌└]/.test(c.text))).toHaveLength(2);
    expect(chrome.filter((c) => c.text.trim() === '│')).toHaveLength(8);
    // The box's lines are marked as a panel's; the story's paragraphs are not.
    const panelTexts = (d: ReturnType<typeof buildDocument>) => d.paragraphs.filter((p) => p.panel).map((p) => text.slice(p.start, p.end));
    expect(panelTexts(buildDocument({ id: 't', text, publishedAt: '2025-06-12' }))).toEqual(['THE STRIKE IN FIGURES', 'Sailings cancelled: 38 of 52', 'Crew on strike: about 1,900', 'Longest shift: 16 hours']);
    // The promo box, with no labelled rows, is still furniture whole.
    expect(story(liveBlog).paragraphs.some((p) => p.includes('Check whether'))).toBe(false);
  });

  it('an open box (a corner with its title, side bars, a corner on its last entry) after an ad slot is read as a timeline; the story goes on after both', () => {
    const lines = liveBlog.split('\n');
    const at = lines.indexOf('┌──────────────────────────────┐');
    const open = ['— Advertisement —', 'Sponsored · Aegean Tyres: two for one this week', '', '┌ TIMELINE · Wednesday 11 June', '│ 05:10 — Crews gather at gate E7', '│ 06:00 — First sailings cancelled', '└ 08:30 — Ministry calls both sides in'];
    const text = [...lines.slice(0, at), ...open, ...lines.slice(at + 6)].join('\n');
    const { d, paragraphs, chrome } = story(text);
    expect(paragraphs).toContain('06:00 — First sailings cancelled');
    expect(paragraphs).toContain('08:30 — Ministry calls both sides in');
    expect(d.paragraphs.filter((p) => p.entryText !== undefined)).toHaveLength(3);
    expect(chrome.map((c) => c.text)).toEqual(expect.arrayContaining(['— Advertisement —', 'Sponsored · Aegean Tyres: two for one this week', '┌ TIMELINE · Wednesday 11 June']));
    expect(paragraphs.some((p) => p.startsWith('Queues at the ticket offices'))).toBe(true);
  });

  it('a drawn box with one dated line among promo lines stays furniture whole', () => {
    const text = liveBlog.replace(' Check whether your ferry is running', ' 2025 — Check whether your ferry is running');
    expect(story(text).paragraphs.some((p) => p.includes('Check whether'))).toBe(false);
  });
});
