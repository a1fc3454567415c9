/**
 * Adversarial linearity: a 1 MB run of quote marks, an article of 100,000 short
 * sentences, a 2 MB single line, each at 1x, 2x and 4x. Prints the time of each size and
 * the ratio to the size before it: linear work doubles (ratio ~2), quadratic work
 * quadruples (ratio ~4).
 *
 * Two stages are timed apart: building the Document (segmentation, wink, quotes,
 * speakers, names, dates: the shared work every rule reads) and the full analysis
 * with all rules. Usage:
 *   npx tsx bench/adversarial.ts            Document at full size; all rules at 1/100 size
 *   npx tsx bench/adversarial.ts --full     all rules at full size too (slow if a rule is quadratic)
 *   npx tsx bench/adversarial.ts --write    also write the tables to docs/benchmark.md
 */
import { buildDocument } from '../src/document/index.js';
import { createLinter } from '../src/config/linter.js';
import { ADVERSARIAL } from './adversarial-inputs.js';
import { fmt, machine, timed, writeSection } from './report.js';

const args = new Set(process.argv.slice(2));
const RULES_SCALE = args.has('--full') ? 1 : 0.01;
const SCALES = [1, 2, 4];
const linter = createLinter({ maxTextLength: 100_000_000 });

interface Line { input: string; stage: string; sizes: string[]; ms: number[] }
const lines: Line[] = [];

async function measure(input: string, stage: string, base: number, run: (text: string) => unknown, make: (s: number) => string) {
  const line: Line = { input, stage, sizes: [], ms: [] };
  run(make(base * 0.1)); // warm-up on a small one
  for (const s of SCALES) {
    const text = make(base * s);
    const { ms } = await timed(() => run(text));
    line.sizes.push(`${fmt(text.length / 1e6, 2)}M`);
    line.ms.push(ms);
    console.log(`${input.padEnd(24)} ${stage.padEnd(10)} x${s}  ${fmt(text.length / 1e6, 2).padStart(6)}M chars  ${fmt(ms, 0).padStart(8)} ms`);
  }
  lines.push(line);
}

console.log(`adversarial linearity — ${new Date().toISOString()}\n${machine()}\n`);
for (const [input, make] of Object.entries(ADVERSARIAL)) {
  await measure(input, 'document', 1, (text) => buildDocument({ id: 'adv', text }), make);
  await measure(input, 'all rules', RULES_SCALE, (text) => linter.analyze({ id: 'adv', text }), make);
}

const ratioOf = (l: Line) => l.ms.slice(1).map((ms, i) => ms / l.ms[i]!);
console.log('\ntime ratios for each doubling (linear ~2, quadratic ~4):');
for (const l of lines) {
  const r = ratioOf(l);
  const verdict = r.every((x) => x < 3) ? 'linear' : 'SUPER-LINEAR';
  console.log(`  ${l.input.padEnd(24)} ${l.stage.padEnd(10)} ${r.map((x) => fmt(x, 2)).join(', ').padEnd(12)} ${verdict}`);
}

if (args.has('--write')) {
  const table = [
    '| Input | Stage | Sizes (chars) | Times (ms) | Ratio per doubling | |',
    '|---|---|---|---|---|---|',
    ...lines.map((l) => `| ${l.input} | ${l.stage} | ${l.sizes.join(' / ')} | ${l.ms.map((m) => fmt(m, 0)).join(' / ')} | ${ratioOf(l).map((x) => fmt(x, 2)).join(', ')} | ${ratioOf(l).every((x) => x < 3) ? 'linear' : '**super-linear**'} |`),
  ].join('\n');
  writeSection(
    'adversarial',
    `## Adversarial linearity (\`npx tsx bench/adversarial.ts\`)

Run on ${new Date().toISOString().slice(0, 10)}, ${machine()}.
Each input at 1x, 2x and 4x; a ratio near 2 per doubling is linear, near 4 quadratic.
"document" is buildDocument (the shared reading every rule uses) at the full sizes;
"all rules" is analyze with every built-in rule, at ${RULES_SCALE === 1 ? 'the full sizes' : `${RULES_SCALE}x the sizes`}.

${table}`,
  );
  console.log('wrote docs/benchmark.md');
}
