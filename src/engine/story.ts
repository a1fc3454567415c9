/**
 * Group Documents into stories. `all`: one story; `none`: each article alone;
 * `auto`: articles about the same event (see ./cluster.ts).
 */
import type { Document } from '../document/types.js';
import type { ClusterMode } from '../schema.js';
import { clusterDocuments } from './cluster.js';

/** Groups as lists of indexes into `docs`, in input order. */
export function groupStories(docs: readonly Document[], mode: ClusterMode): number[][] {
  if (docs.length === 0) return [];
  if (mode === 'all') return [docs.map((_, i) => i)];
  if (mode === 'none') return docs.map((_, i) => [i]);
  return clusterDocuments(docs);
}
