/**
 * wink's English lite model, as newslint runs it: sentence boundaries and POS tags only.
 *
 * `winkNLP()` loads every pass a model has, whatever the pipe: importing the model's main
 * module requires its entity (171 KB), sentiment (404 KB) and negation data, and `nlp()`
 * parses their machines, though `readDoc` never runs them with this pipe. This is the same
 * model, put together from its own parts, less those three: empty machines stand in, so
 * start-up skips their reading and parsing (every CLI run pays it).
 */
import type { Model } from 'wink-nlp';
import loadCoreModel from 'wink-eng-lite-web-model/dist/load-core-model.js';
import loadSBDModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPOSModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadCERMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

/** The passes wink runs for newslint; `nlp.ts` builds its pipe from this. */
export const PIPE = ['sbd', 'pos'] as const;

/**
 * A state machine with no states, in wink's serialised form (see wink-nlp's automaton.js
 * importJSON). Run by mistake (a pipe with negation or sentiment), it throws.
 */
const NO_STATES = JSON.stringify([null, 0, {}, {}, {}, {}]);
const unused = () => {
  throw new Error('wink: a pass outside newslint’s pipe was run');
};

const model = Object.assign(Object.create(null) as Record<string, unknown>, {
  core: loadCoreModel,
  sbd: loadSBDModel,
  pos: loadPOSModel,
  ner: () => ({ machines: [], transformers: [] }),
  negation: () => ({ machines: [NO_STATES], setter: unused }),
  sa: () => ({ machines: [NO_STATES], setter: unused }),
  metaCER: loadCERMetaModel,
  featureFn,
  addons: Object.assign(Object.create(null) as Record<string, unknown>, { stem, lemmatize, readabilityStats, wordVectors: undefined }),
});

export const sbdPosModel = model as unknown as Model;
