/** Types for two-threads.mjs (plain JavaScript, so its worker needs no loader). */
export function twoThreadScaling(scale?: number): Promise<Record<string, number>>;
