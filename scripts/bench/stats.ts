/** Small numeric helpers shared by the benchmark's sections. */

/** Median of the numbers (mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median of each numeric field of a list of records with the same keys. */
export function medianOf<T extends Record<string, number>>(samples: readonly T[]): T {
  const first = samples[0];
  if (!first) throw new Error('medianOf: no samples');
  return Object.fromEntries(Object.keys(first).map((key) => [key, median(samples.map((s) => s[key] ?? Number.NaN))])) as T;
}

export const KiB = 1024;

/**
 * Whether the median of `planned` samples is already known from the samples so far because enough
 * of them sit at the ceiling (a score of 100 cannot be beaten): more than half of the planned samples
 * at the ceiling make the median the ceiling, whatever the others are.
 */
export function medianAtCeiling(values: readonly number[], planned: number, ceiling: number): boolean {
  return values.filter((v) => v >= ceiling).length > planned / 2;
}
