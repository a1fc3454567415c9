/**
 * Story clustering. Placeholder that keeps every article alone; replaced by the
 * similarity clustering of the cross-source work.
 */
import type { Document } from '../document/types.js';

export function clusterDocuments(docs: readonly Document[]): number[][] {
  return docs.map((_, i) => [i]);
}
