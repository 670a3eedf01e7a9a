/**
 * The latency timeline: small multiples, one horizontal stacked bar per scenario, each on its own
 * axis with its total written out, because the scenarios differ by orders of magnitude.
 * Pure: it returns SVG markup, which the page inlines at build time and the explainer's custom
 * element redraws in the browser, so both draw the same picture. Text keeps its size (no viewBox
 * scaling: bars are placed in percent of the width, text in pixels), so labels stay legible on a
 * phone. Styling is by class only (latency.css), which keeps the CSP strict and both themes right.
 */
import { escapeXml } from '../lib/escape-xml';
import { formatMs, type Breakdown, type Segment, type SegmentKind } from './model';

/** One bar: a scenario's title and its breakdown. */
export interface TimelineRow {
  readonly id: string;
  readonly title: string;
  readonly breakdown: Breakdown;
}

/** Heights in pixels (CSS pixels: the SVG is not scaled). */
const line = 17;
const barHeight = 16;
const gap = 18;

/** Segment colours by what the record waits for. */
const category: Readonly<Record<string, string>> = {
  'repartition-wait': 'wait',
  'output-wait': 'wait',
  'batch-wait': 'wait',
  'kafka-passes': 'kafka',
  'transaction-commits': 'kafka',
};

/** A segment's classes: its category and its kind (bound, typical, estimate or the reader's figure). */
export function segmentClass(segment: Segment): string {
  return `tl-seg tl-${category[segment.id] ?? 'work'} tl-${segment.kind}`;
}

/** The end of a row's axis: the smallest 1, 2 or 5 × 10ⁿ ms at or above its total. */
export function axisMaxMs(totalMs: number): number {
  if (totalMs <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(totalMs));
  return ([1, 2, 5, 10].map((m) => m * power).find((m) => m >= totalMs - 1e-9) ?? 10 * power) as number;
}

/** Where one segment sits: x and width in percent of the bar's full width. */
export interface SegmentBox {
  readonly segment: Segment;
  readonly xPct: number;
  readonly widthPct: number;
}

/** A row's geometry, in pixels from the top of the SVG. */
export interface RowLayout {
  readonly row: TimelineRow;
  readonly top: number;
  readonly barY: number;
  readonly axisMaxMs: number;
  /** Width of the whole stacked bar, in percent of the axis. */
  readonly barPct: number;
  readonly boxes: readonly SegmentBox[];
  /** Baselines of the segment labels, one line each, in segment order. */
  readonly labelYs: readonly number[];
  readonly height: number;
}

/** Geometry of every row and the height of the whole figure. */
export function layoutTimeline(rows: readonly TimelineRow[]): { rows: RowLayout[]; height: number } {
  let top = 0;
  const layouts = rows.map((row) => {
    const max = axisMaxMs(row.breakdown.totalMs);
    let x = 0;
    const boxes = row.breakdown.segments.map((segment) => {
      const widthPct = (segment.boundMs / max) * 100;
      const box = { segment, xPct: x, widthPct };
      x += widthPct;
      return box;
    });
    const barY = top + 2 * line + 6;
    const labelsTop = barY + barHeight + line + 4;
    const labelYs = boxes.map((_, i) => labelsTop + (i + 1) * line);
    const height = labelYs.at(-1)! - top + gap;
    const layout: RowLayout = { row, top, barY, axisMaxMs: max, barPct: x, boxes, labelYs, height };
    top += height;
    return layout;
  });
  return { rows: layouts, height: top };
}

const pct = (n: number) => `${Number(n.toFixed(3))}%`;

/** How a segment's label names its kind. */
export const kindNames: Readonly<Record<SegmentKind, string>> = {
  bound: 'bound',
  typical: 'typical, documented',
  estimate: 'estimate',
  yours: 'your figure',
};

/** A segment's label line: "Output: cache held to commit: 30.1 s (bound)". */
export function segmentLabel(segment: Segment): string {
  return `${segment.label}: ${formatMs(segment.boundMs)} (${kindNames[segment.kind]})`;
}

/**
 * A row's total in words, named for what it adds up: "at most" only when every part is a bound,
 * "about" when none is, and otherwise the longest waits plus typical times.
 */
export function totalText(breakdown: Breakdown): string {
  const total = formatMs(breakdown.totalMs);
  const bounds = breakdown.segments.filter((s) => s.kind === 'bound').length;
  if (bounds === breakdown.segments.length) return `at most ${total}`;
  if (bounds === 0) return `about ${total}`;
  return `${total}: longest waits plus typical times`;
}

function rowSvg(layout: RowLayout): string {
  const { row, top, barY, boxes, labelYs } = layout;
  const axisY = barY + barHeight;
  const ticks = [0, 0.5, 1].map((f, i) => {
    const anchor = ['start', 'middle', 'end'][i];
    const label = f === 0 ? '0' : formatMs(layout.axisMaxMs * f);
    return (
      `<line class="tl-tick" x1="${pct(f * 100)}" x2="${pct(f * 100)}" y1="${axisY}" y2="${axisY + 4}"/>` +
      `<text class="tl-axis" x="${pct(f * 100)}" y="${axisY + line - 2}" text-anchor="${anchor}">${escapeXml(label)}</text>`
    );
  });
  const rects = boxes.map(
    (b) =>
      `<rect class="${segmentClass(b.segment)}" data-segment="${escapeXml(b.segment.id)}" x="${pct(b.xPct)}" y="${barY}" ` +
      `width="${pct(b.widthPct)}" height="${barHeight}"><title>${escapeXml(segmentLabel(b.segment))}</title></rect>`,
  );
  const labels = boxes.map(
    (b, i) =>
      `<rect class="${segmentClass(b.segment)}" x="0" y="${labelYs[i]! - 10}" width="10" height="10"/>` +
      `<text class="tl-label" x="16" y="${labelYs[i]}">${escapeXml(segmentLabel(b.segment))}</text>`,
  );
  return (
    `<g class="tl-row" data-scenario="${escapeXml(row.id)}">` +
    `<text class="tl-title" x="0" y="${top + line - 3}">${escapeXml(row.title)}</text>` +
    `<text class="tl-total" x="0" y="${top + 2 * line - 1}">${escapeXml(totalText(row.breakdown))}</text>` +
    `<rect class="tl-track" x="0" y="${barY}" width="100%" height="${barHeight}"/>` +
    rects.join('') +
    `<line class="tl-axis-line" x1="0" x2="100%" y1="${axisY}" y2="${axisY}"/>` +
    ticks.join('') +
    labels.join('') +
    '</g>'
  );
}

/** The figure as one `<svg>` element with a title and a description (ids start with `idPrefix`). */
export function timelineSvg(rows: readonly TimelineRow[], options: { idPrefix: string; title: string }): string {
  const { rows: layouts, height } = layoutTimeline(rows);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const desc =
    'One record’s extra delay: the longest wait the settings allow, plus typical times for the parts no setting bounds. ' +
    'Each bar has its own scale because the totals differ by orders of magnitude. ' +
    rows.map((r) => `${r.title}: ${totalText(r.breakdown)}, ${r.breakdown.segments.map(segmentLabel).join(', ')}.`).join(' ');
  return (
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="100%" height="${height}" role="img" ` +
    `aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    `<desc id="${descId}">${escapeXml(desc)}</desc>` +
    layouts.map(rowSvg).join('') +
    '</svg>'
  );
}
