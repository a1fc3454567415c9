/**
 * Group articles into stories. `all`: one story; `none`: each article alone;
 * `auto`: articles about the same event (see ./cluster.ts).
 */
import type { Document } from '../document/types.js';
import type { ClusterMode } from '../schema.js';
import { clusterByFeatures, clusterDocuments, type ClusterFeatures } from './cluster.js';

/** Groups of `count` items as lists of indexes, in input order; `auto` asks `cluster`. */
function group(count: number, mode: ClusterMode, cluster: () => number[][]): number[][] {
  if (count === 0) return [];
  if (mode === 'all') return [Array.from({ length: count }, (_, i) => i)];
  if (mode === 'none') return Array.from({ length: count }, (_, i) => [i]);
  return cluster();
}

/** Groups as lists of indexes into `docs`. */
export function groupStories(docs: readonly Document[], mode: ClusterMode): number[][] {
  return group(docs.length, mode, () => clusterDocuments(docs));
}

/** The same grouping from clustering features (what the worker pool sends back). */
export function groupStoriesByFeatures(features: readonly ClusterFeatures[], mode: ClusterMode): number[][] {
  return group(features.length, mode, () => clusterByFeatures(features));
}
