/**
 * An editor's held-out check: twenty-two sets of eight to ten articles the rules were not written for
 * (other countries, people and dates than the seeds), with planted problems and traps.
 * The thresholds sit below the seeds' on purpose: these sets measure how the rules
 * carry over to unseen copy, and a fall below them is a regression worth a look.
 */
import { describe, expect, it } from 'vitest';
import { heldoutSet } from './helpers/heldout.js';

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

for (const name of ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22']) {
  const set = heldoutSet(name);
  const score = set.score(set.run());

  describe(`held-out articles (${name})`, () => {
    it('prints the figures', () => {
      console.log(
        [
          `${name} recall, required: ${score.recall.found}/${score.recall.total} = ${ratio(score.recall.found, score.recall.total).toFixed(3)}`,
          `${name} precision, warning and above: ${score.precision.right}/${score.precision.total} = ${ratio(score.precision.right, score.precision.total).toFixed(3)}`,
          `${name} trap hits: ${score.trapHits.length}`,
          ...score.recall.missing.map((m) => `  missing: ${m}`),
          ...score.precision.wrong.map((w) => `  unmatched: ${w}`),
          ...score.trapHits.map((t) => `  trap: ${t}`),
        ].join('\n'),
      );
      expect(score.recall.total).toBeGreaterThan(20);
    });

    it('finds >= 75% of the planted problems', () => {
      expect(ratio(score.recall.found, score.recall.total), score.recall.missing.join('\n')).toBeGreaterThanOrEqual(0.75);
    });

    it('is right on >= 80% of its flags at warning and above', () => {
      expect(ratio(score.precision.right, score.precision.total), score.precision.wrong.join('\n')).toBeGreaterThanOrEqual(0.8);
    });

    it('flags no trap at warning or above', () => {
      expect(score.trapHits).toEqual([]);
    });
  });
}
