/**
 * What the explainer shows for the reader's own settings: the two bars and the formula lines.
 * Pure and shared: LatencyExplainer.astro renders it for the defaults at build time, the
 * <latency-explainer> element again whenever a control changes.
 */
import type { LatencyFacts } from './fact-ids';
import {
  defaultScenarios,
  scenarioBreakdown,
  sparkBreakdown,
  sparkDefaults,
  streamsBreakdown,
  streamsDefaults,
  type Guarantee,
  type SparkMode,
  type SparkSettings,
  type SegmentKind,
  type StreamsSettings,
} from './model';
import type { TimelineRow } from './timeline';

/** The explainer's controls by name, as the form holds them (text, as inputs give it). */
export interface FormValues {
  readonly linger: string;
  readonly commit: string;
  readonly guarantee: string;
  readonly caching: boolean;
  readonly hops: string;
  readonly mode: string;
  readonly trigger: string;
  readonly batch: string;
}

const guarantees: readonly Guarantee[] = ['at_least_once', 'exactly_once_v2'];
const modes: readonly SparkMode[] = ['micro-batch', 'processing-time', 'continuous', 'real-time'];

/** A non-negative number typed into a field, or undefined for an empty or invalid one. */
function parseMs(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * The settings the form describes. `touched` says which of the fields that start from a default
 * the reader has typed into: until then the commit interval is the guarantee's default (so
 * switching the guarantee switches it too) and the batch duration is our estimate.
 */
export function settingsFromForm(
  values: FormValues,
  touched: { readonly commit: boolean; readonly batch: boolean },
  facts: LatencyFacts,
): { streams: StreamsSettings; spark: SparkSettings } {
  const defaults = streamsDefaults(facts);
  const guarantee = guarantees.find((g) => g === values.guarantee) ?? defaults.guarantee;
  const hops = parseMs(values.hops);
  return {
    streams: {
      lingerMs: parseMs(values.linger) ?? defaults.lingerMs,
      commitIntervalMs: touched.commit ? parseMs(values.commit) : undefined,
      caching: values.caching,
      guarantee,
      hops: hops === undefined ? defaults.hops : Math.min(3, Math.round(hops)),
    },
    spark: {
      mode: modes.find((m) => m === values.mode) ?? sparkDefaults.mode,
      triggerMs: parseMs(values.trigger) ?? 0,
      batchMs: touched.batch ? parseMs(values.batch) : undefined,
    },
  };
}

/** The bars the page draws before the reader changes anything: one per default scenario. */
export function defaultRows(facts: LatencyFacts): TimelineRow[] {
  return defaultScenarios(facts).map((s) => ({ id: s.id, title: s.title, breakdown: scenarioBreakdown(s, facts) }));
}

/** One line of the output: the system, its formula, and the formula with numbers. */
export interface FormulaLine {
  readonly system: string;
  readonly formula: string;
  readonly calculation: string;
}

/** The reader's two bars and formula lines. */
export function explain(
  streams: StreamsSettings,
  spark: SparkSettings,
  facts: LatencyFacts,
): { rows: TimelineRow[]; lines: FormulaLine[] } {
  const rows: TimelineRow[] = [
    { id: 'your-streams', title: 'Your Kafka Streams settings', breakdown: streamsBreakdown(streams, facts) },
    { id: 'your-spark', title: 'Your Spark settings', breakdown: sparkBreakdown(spark, facts) },
  ];
  const names = ['Kafka Streams', 'Spark'];
  return {
    rows,
    lines: rows.map((r, i) => ({ system: names[i] ?? '', formula: r.breakdown.formula, calculation: r.breakdown.calculation })),
  };
}

/** The legend's groups, in order: each kind of figure with a heading that says what it is. */
const legendHeadings: readonly (readonly [SegmentKind, string])[] = [
  ['bound', 'Bounds: documented settings that cap a wait'],
  ['typical', 'Typical, documented: figures the docs give, not maxima'],
  ['estimate', 'Estimates: no source gives these'],
];

/**
 * The facts behind the bars, grouped by the kind of the segments they stand behind, so the
 * legend says of each figure what the bars say of it. A fact no bar uses is left out.
 */
export function legendGroups(rows: readonly TimelineRow[]): { kind: SegmentKind; title: string; factIds: string[] }[] {
  const kinds = new Map<string, SegmentKind>();
  for (const s of rows.flatMap((r) => r.breakdown.segments)) for (const id of s.factIds) if (!kinds.has(id)) kinds.set(id, s.kind);
  return legendHeadings
    .map(([kind, title]) => ({ kind, title, factIds: [...kinds].filter(([, k]) => k === kind).map(([id]) => id) }))
    .filter((g) => g.factIds.length > 0);
}
