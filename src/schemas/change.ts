import { z } from 'astro/zod';
import { sectionLink, slug } from './shared';

/** The state of a capability in a release, shown as the matrix cell's mark. */
export const capabilityStates = ['yes', 'partial', 'deprecated', 'no', 'removed', 'info'] as const;

/** What an entry sets in the version matrix for one capability row, from its release on. */
const matrixCell = z.object({
  /** The cell's short text ("Production", "Java 17", "Early access"): 40 characters at most, so it fits a column. */
  value: z.string().min(1).max(40),
  /** The mark beside it: yes, partial (experimental, early access, limited), deprecated, no, removed, or info (a plain value such as a version). */
  state: z.enum(capabilityStates),
});

/** A link to a row of a side-by-side table: `<table slug>#<row id>`. */
const rowLink = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be <table-slug>#<row-id>' });

/** Text with `code` spans and {fact:<id>} tokens, like a table cell. */
const text = (min: number, max: number) => z.string().min(min).max(max);

const shared = {
  /** The headline: what moved, in a few words (may hold `code`). */
  title: text(10, 110),
  /** Source id (content/sources.yaml) of the primary source that states the change or the correct fact. */
  source: slug,
  /** Facts (content/facts.yaml) the entry touches; "which change last touched a fact" is derived from these lists. */
  facts: z.array(slug).default([]),
  /** Sections the entry affects: `<article>#<pinned heading id>`; a change puts a "Changed in" badge on each. */
  sections: z.array(sectionLink).default([]),
  /** Table rows the entry affects: `<table>#<row id>`; a change puts a "Changed in" badge on each. */
  rows: z.array(rowLink).default([]),
};

/** A change a release made (kind `change`). */
const changeEntry = z.object({
  kind: z.literal('change'),
  /** The release line (content/releases.yaml) that made the change; the entry's date is its release date. */
  release: slug,
  /** What changed, two or three sentences. */
  what: text(40, 700),
  /** Why it matters when choosing between Kafka Streams and Spark (or Flink), one or two sentences. */
  matters: text(40, 500),
  /** Cells of the version matrix this release sets, keyed by capability row id (content/capabilities.yaml). */
  matrix: z.record(slug, matrixCell).default({}),
  ...shared,
});

/** A correction of the site itself (kind `correction`). */
const correctionEntry = z.object({
  kind: z.literal('correction'),
  /** The day the corrected page was published. */
  date: z.coerce.date(),
  /** What the page said, in a sentence. */
  said: text(20, 500),
  /** What it says now, and why. */
  says: text(20, 700),
  ...shared,
});

/** One entry of the change log (`content/changes.yaml`, keyed by its public id: /changes/#<id>). */
export const changeSchema = z.discriminatedUnion('kind', [changeEntry, correctionEntry]);

export type ChangeEntry = z.infer<typeof changeSchema>;
export type CapabilityState = (typeof capabilityStates)[number];
