/** `newslint/vitest`: toPassNewslint and toHaveFlag, with messages that show the flagged text in context. */
import { describe, expect, it } from 'vitest';
import '../src/vitest.js';
import { matchers } from '../src/testing.js';

const vague = { id: 'budget', text: 'Budget row\n\nThe budget passed on Friday. Critics say the cuts will close three clinics in Leeds.' };
const clean = { id: 'port', text: 'Port reopens\n\nThe port of Valparaiso reopened on Tuesday, harbour master Luis Ortega said.' };

describe('newslint/vitest', () => {
  it('toPassNewslint passes a clean article and fails one with a warning', () => {
    expect(clean).toPassNewslint({ failOn: 'warning' });
    expect(vague).not.toPassNewslint({ failOn: 'warning' });
    expect(vague).toPassNewslint({ failOn: 'error' });
  });

  it('toHaveFlag finds a rule, optionally on given text and severity', () => {
    expect(vague).toHaveFlag('attribution/vague-source');
    expect(vague).toHaveFlag('attribution/vague-source', { text: 'Critics say', severity: 'warning' });
    expect(vague).not.toHaveFlag('attribution/vague-source', { text: /clinics/ });
    expect(clean).not.toHaveFlag('attribution/vague-source');
  });

  it('accepts plain text and a config (house rules included)', () => {
    const config = { house: [{ name: 'no-slammed', kind: 'existence' as const, tokens: ['slammed'] }] };
    expect('The union slammed the offer, its leader Ana Ruiz said.').toHaveFlag('house/no-slammed', { config });
    expect('The union slammed the offer, its leader Ana Ruiz said.').not.toHaveFlag('house/no-slammed');
  });

  it('failure messages show the flagged text in context', () => {
    let message = '';
    try {
      expect(vague).toPassNewslint({ failOn: 'warning' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('expected the article to pass newslint (failOn: warning)');
    expect(message).toContain('3:30 warning attribution/vague-source');
    expect(message).toContain('The budget passed on Friday. »Critics say« the cuts will close three clinics');

    const miss = matchers.toHaveFlag.call({}, clean, 'framing/anything');
    expect(miss.pass).toBe(false);
    expect(miss.message()).toMatch(/expected a flag framing\/anything, but there are no flags|the flags are/);
  });

  it('the matchers are plain functions jest can use too', () => {
    const r = matchers.toPassNewslint.call({ isNot: false }, vague, { failOn: 'warning' });
    expect(r.pass).toBe(false);
    expect(typeof r.message).toBe('function');
  });
});
