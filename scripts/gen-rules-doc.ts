// Writes docs/rules.md from the built-in rules' meta. Run with `npm run docs`
// (regenerates rules/index.ts first, so a new rule file is picked up).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../rules/index.js';
import { RULES_DOC_PATH, renderRulesDoc } from './rules-doc.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', RULES_DOC_PATH);
const out = renderRulesDoc(builtinRules);
if (existsSync(target) && readFileSync(target, 'utf8') === out) {
  console.log(`${RULES_DOC_PATH} is up to date (${builtinRules.length} rules)`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out);
  console.log(`wrote ${RULES_DOC_PATH} (${builtinRules.length} rules)`);
}
