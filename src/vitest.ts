/**
 * `import 'newslint/vitest'` (e.g. in a setupFiles entry, or at the top of a test file)
 * registers `toPassNewslint` and `toHaveFlag` with vitest's expect.
 *
 *   expect(article).toPassNewslint({ failOn: 'warning' });
 *   expect(article).toHaveFlag('attribution/vague-source');
 */
import { expect } from 'vitest';
import { matchers, type HaveFlagOptions, type NewslintMatcherOptions } from './testing.js';

expect.extend(matchers);

interface NewslintMatchers<R = unknown> {
  toPassNewslint(options?: NewslintMatcherOptions): R;
  toHaveFlag(ruleId: string, options?: HaveFlagOptions): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends NewslintMatchers<T> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AsymmetricMatchersContaining extends NewslintMatchers {}
}

export { matchers, RuleTester, check, describeFlag } from './testing.js';
export type { NewslintMatcherOptions, HaveFlagOptions, RuleTests, RuleTestCase, Checkable } from './testing.js';
