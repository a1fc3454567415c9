import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { PIPE, sbdPosModel } from '../../src/document/wink-model.js';

/**
 * newslint hands wink its model less the entity, sentiment and negation passes (see
 * src/document/wink-model.ts). With the same pipe, wink must read every text exactly as
 * with the model's own main module: same tokens, tags, lemmas and sentences. A wink or
 * model update that changes how the parts fit together fails here, not silently in a rule.
 */
const seeds = join(__dirname, '..', '..', 'seeds');
const texts = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seeds, f), 'utf8'));

function reading(nlp: ReturnType<typeof winkNLP>, text: string) {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const out = (f: unknown) => doc.tokens().out(f as never);
  return { value: out(its.value), pos: out(its.pos), lemma: out(its.lemma), normal: out(its.normal), sentences: doc.sentences().out(its.span as never) };
}

describe('wink model without the unused passes', () => {
  const full = winkNLP(model, [...PIPE]);
  const trimmed = winkNLP(sbdPosModel, [...PIPE]);

  it('reads the seed articles exactly as the whole model does', () => {
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(reading(trimmed, text)).toEqual(reading(full, text));
  });

  it('cannot run a pass it left out by mistake: reading with the default pipe throws', () => {
    const all = winkNLP(sbdPosModel);
    expect(() => all.readDoc('The minister denied it. Nobody was happy.')).toThrow();
  });
});
