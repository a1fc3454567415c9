/* eslint-disable @typescript-eslint/no-explicit-any -- callbacks run in the browser, typed without the DOM lib */
/**
 * The HTML report in a real headless Chromium: highlighted spans by category, the list
 * of flags, the message on focus, cross-source links between articles, score and
 * breakdown; and a screenshot in test/.artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../src/config/linter.js';
import { defineRule } from '../src/engine/rule.js';
import { related } from '../src/engine/run.js';
import { formatHtml } from '../src/report/formatters/html.js';
import { builtinRules } from '../rules/index.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
const executablePath = CANDIDATES.find((p) => existsSync(p));
if (!executablePath) console.warn(`html-report.test: skipped, no Chromium found (looked at ${CANDIDATES.join(', ')}); install it with apt-get install -y chromium`);

// A story rule that links the first number in each article to the others', to exercise cross-source links.
const numbers = defineRule({
  scope: 'story',
  meta: { id: 'cross-source/test-numbers', category: 'cross-source', severity: 'warning', description: 'test rule', why: 'test rule', examples: { flagged: [], fine: [] } },
  check({ docs, report }) {
    const firsts = docs.map((d) => ({ d, m: /\d+/.exec(d.text) })).filter((x) => x.m);
    for (const { d, m } of firsts) {
      const others = firsts.filter((o) => o.d !== d && o.m![0] !== m![0]);
      if (others.length) report({ doc: d, span: { start: m!.index, end: m!.index + m![0].length }, message: `Other sources give ${others.map((o) => o.m![0]).join(', ')}.`, related: others.map((o) => related(o.d, { start: o.m!.index, end: o.m!.index + o.m![0].length })) });
    }
  },
});

const ARTICLES = [
  { id: 'north-post', source: 'North Post', text: 'Ferry sinks off coast\n\nAt least 12 people died when a ferry sank off Sulawesi, critics say the boat was overloaded. Officials slammed the operator for <unsafe> practices.\n' },
  { id: 'south-wire', source: 'South Wire', text: 'Ferry disaster\n\nAt least 14 people died when a ferry sank off Sulawesi on Sunday, police chief Budi Santoso said.\n' },
];

describe.skipIf(!executablePath)('HTML report in Chromium', () => {
  let browser: BrowserContext;
  let page: Page;
  const linter = createLinter({ house: [{ name: 'no-slammed', kind: 'existence', category: 'sensational', tokens: ['slammed'] }] }, { rules: [...builtinRules, numbers] });
  const report = linter.analyzeAll(ARTICLES, { cluster: 'all' });
  const texts = new Map(ARTICLES.map((a) => [a.id, a.text]));

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslint-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, formatHtml(report, texts));
    // A new, empty profile directory each run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newslint-chrome-')), {
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows each article with its text intact, its score and breakdown', async () => {
    const sections = page.locator('section.article');
    expect(await sections.count()).toBe(2);
    for (const [i, a] of ARTICLES.entries()) {
      const s = sections.nth(i);
      expect(await s.getAttribute('data-article-id')).toBe(a.id);
      expect(await s.locator('pre.text').textContent()).toBe(a.text);
      expect(Number(await s.locator('.score').getAttribute('data-score'))).toBe(report.articles[i]!.score);
      expect(await s.locator('table.breakdown tbody tr').count()).toBe(5);
      const cat = report.articles[i]!.signals['cross-source']!;
      expect(await s.locator('tr[data-category="cross-source"] td').allTextContents()).toEqual([String(cat.flags), `−${cat.penalty}`]);
    }
  });

  it('highlights flagged spans by category and lists the flags beside them', async () => {
    const first = page.locator('section.article').first();
    const a = report.articles[0]!;
    expect(await first.locator('aside.flags li').count()).toBe(a.flags.length);
    for (const [k, f] of a.flags.entries()) {
      const mark = first.locator(`mark[data-flags~="a0-f${k}"]`);
      expect(await mark.count()).toBeGreaterThan(0);
      expect((await mark.allTextContents()).join('')).toBe(f.text);
      expect(await first.locator(`#a0-f${k}-item`).getAttribute('data-rule')).toBe(f.ruleId);
    }
    const slammed = first.locator('mark.cat-sensational', { hasText: 'slammed' });
    expect(await slammed.count()).toBe(1);
    const bg = await slammed.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor);
    const vague = first.locator('mark.cat-attribution').first();
    expect(await vague.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor)).not.toBe(bg);
  });

  it('shows the message on focus', async () => {
    const mark = page.locator('section.article').first().locator('mark.cat-sensational').first();
    await mark.focus();
    const tip = await mark.evaluate((el) => (globalThis as any).getComputedStyle(el, '::after').content);
    expect(tip).toContain('house/no-slammed');
    expect(await mark.getAttribute('title')).toContain('Avoid "slammed"');
  });

  it('links cross-source flags to the span in the other article', async () => {
    const link = page.locator('section.article').first().locator('[data-rule="cross-source/test-numbers"] a.related-link').first();
    expect(await link.textContent()).toContain('south-wire');
    const href = (await link.getAttribute('href'))!;
    const target = page.locator(href);
    expect(await target.count()).toBe(1);
    // The anchor sits in the other article, right before the cited text.
    expect(await target.evaluate((el) => el.closest('section')!.getAttribute('data-article-id'))).toBe('south-wire');
    // (Other anchors may sit at the same place: the text right after this one is what counts.)
    const textAfter = await target.evaluate((el) => {
      const range = (globalThis as any).document.createRange();
      range.setStartAfter(el);
      range.setEndAfter(el.closest('section')!);
      return String(range.toString()).slice(0, 2);
    });
    expect(textAfter).toBe('14');
    // Close any tooltip left open by focus, so nothing covers the link.
    await page.evaluate(() => (globalThis as any).document.activeElement?.blur());
    await page.mouse.move(0, 0);
    await link.click({ timeout: 10_000 });
    expect(await page.evaluate(() => (globalThis as any).location.hash as string)).toBe(href);
  });

  it('writes a screenshot', async () => {
    const dir = join(import.meta.dirname, '.artifacts');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'html-report.png');
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await page.locator('section.article').first().locator('mark.cat-sensational').first().focus();
    await page.screenshot({ path: file, fullPage: true });
    expect(existsSync(file)).toBe(true);
  });
});
