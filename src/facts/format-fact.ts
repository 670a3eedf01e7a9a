import type { Fact } from '../schemas/fact';

/** Configuration values other than numbers (at_least_once, latest, true) read as code. */
export function factReadsAsCode(fact: Pick<Fact, 'kind' | 'value'>): boolean {
  return fact.kind === 'default' && typeof fact.value !== 'number';
}

const durations: ReadonlyArray<readonly [number, string]> = [
  [3_600_000, 'h'],
  [60_000, 'min'],
  [1_000, 's'],
];

/** 30000 → "30 s", 600000 → "10 min"; undefined when no larger unit divides evenly. */
function friendlyMs(ms: number): string | undefined {
  for (const [size, unit] of durations) {
    if (ms >= size && ms % size === 0) return `${ms / size} ${unit}`;
  }
  return undefined;
}

/** 10485760 → "10 MiB"; undefined when no binary unit divides evenly. */
function friendlyBytes(bytes: number): string | undefined {
  for (const [size, unit] of [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return undefined;
}

const singular: Partial<Record<NonNullable<Fact['unit']>, string>> = {
  records: 'record',
  offsets: 'offset',
  replicas: 'replica',
  threads: 'thread',
  bytes: 'byte',
};

/**
 * The text a reader sees for a fact: the exact configured value first (as the source gives it,
 * so it can be pasted into a config), then a friendlier reading where one exists.
 * `{ value: 30000, unit: 'ms' }` → "30000 ms (30 s)".
 */
export function formatFact(fact: Pick<Fact, 'value' | 'unit'>): string {
  const { value, unit } = fact;
  if (typeof value !== 'number' || !unit) return String(value);
  const unitText = value === 1 ? (singular[unit] ?? unit) : unit;
  const exact = `${value} ${unitText}`;
  const friendly = unit === 'ms' ? friendlyMs(value) : unit === 'bytes' ? friendlyBytes(value) : undefined;
  return friendly ? `${exact} (${friendly})` : exact;
}
