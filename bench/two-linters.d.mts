/** Types for two-linters.mjs (plain JavaScript, so its worker needs no loader). */
import type { ArticleInput } from '../src/schema.js';
export function twoLinterScaling(
  articles: readonly ArticleInput[],
  options?: { passes?: number; warm?: number; rounds?: number },
): Promise<number | undefined>;
