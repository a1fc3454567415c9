/** HTML pages as input: Readability extracts the article; the report gives that text and says spans refer to it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/input/html.js';
import { runCli } from './helpers/cli-run.js';

const PAGE = `<!doctype html><html><head><title>Port strike ends after nine days | The Daily Example</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Port strike ends after nine days</h1>
<p>Dock workers in Rotterdam returned to work on Tuesday after unions accepted a 6% pay rise, ending a strike that had stranded hundreds of containers.</p>
<p>Critics say the deal came too late for exporters, who lost an estimated 40 million euros during the stoppage.</p>
<!-- newslint-disable attribution/vague-source -->
<p>Analysts say the port will need weeks to clear the backlog of ships waiting offshore.</p>
<!-- newslint-enable -->
<p>The port authority said traffic would be back to normal by the weekend, according to a statement.</p></article>
<footer>© The Daily Example. Subscribe to our newsletter.</footer><script>window.tracking = true;</script></body></html>`;

describe('HTML input', () => {
  it('extracts the article text without navigation, footer or scripts', () => {
    const a = extractArticle(PAGE);
    expect(a.title).toBe('Port strike ends after nine days');
    expect(a.text.startsWith('Port strike ends after nine days\n\nDock workers')).toBe(true);
    expect(a.text).not.toMatch(/Home|Subscribe|tracking/);
  });

  it('the report carries the extracted text, says spans refer to it, and honours inline markers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslint-html-in-'));
    const file = join(dir, 'strike.html');
    writeFileSync(file, PAGE);
    const r = await runCli(['check', file, '--format', 'json']);
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout).articles[0];
    expect(a.id).toBe('strike');
    expect(a.input).toEqual({ format: 'html', note: expect.stringMatching(/spans refer to extractedText/) });
    expect(a.extractedText).toBe(extractArticle(PAGE).text);
    for (const f of a.flags) expect(a.extractedText.slice(f.start, f.end)).toBe(f.text);
    const vague = a.flags.filter((f: { ruleId: string }) => f.ruleId === 'attribution/vague-source').map((f: { text: string }) => f.text);
    expect(vague).toContain('Critics say');
    expect(vague).not.toContain('Analysts say');
  });
});
