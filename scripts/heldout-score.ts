/**
 * The held-out figures of one or more sets, as test/heldout.test.ts computes them, with what
 * is missing, unmatched and trapped: the check to run while working on a set.
 *
 *   npx tsx scripts/heldout-score.ts heldout21
 *   npx tsx scripts/heldout-score.ts heldout20 heldout21 --flags   (also every flag of the set)
 */
import { heldoutSet } from '../test/helpers/heldout.js';

const args = process.argv.slice(2);
const showFlags = args.includes('--flags');
for (const name of args.filter((a) => !a.startsWith('--'))) {
  const set = heldoutSet(name);
  const flags = set.run();
  const score = set.score(flags);
  const serious = flags.filter((f) => f.severity !== 'info');
  console.log(`${name}: recall ${score.recall.found}/${score.recall.total}, precision ${score.precision.right}/${score.precision.total}, traps ${score.trapHits.length} (${serious.length} flags at warning and above, ${flags.length} in all)`);
  for (const m of score.recall.missing) console.log(`  missing: ${m}`);
  for (const w of score.precision.wrong) console.log(`  unmatched: ${w}`);
  for (const t of score.trapHits) console.log(`  trap: ${t}`);
  if (showFlags) for (const f of flags) console.log(`  flag: ${f.file} ${f.ruleId} (${f.severity}) ${JSON.stringify(f.text.slice(0, 90))}`);
}
