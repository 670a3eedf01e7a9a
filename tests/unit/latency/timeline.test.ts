import { describe, expect, it } from 'vitest';
import { defaultRows } from '../../../src/latency/explainer';
import { formatMs, type Breakdown } from '../../../src/latency/model';
import { axisMaxMs, layoutTimeline, segmentLabel, timelineSvg, totalText, type TimelineRow } from '../../../src/latency/timeline';
import { facts } from './site-facts';

const rows: TimelineRow[] = defaultRows(facts);

describe('axisMaxMs', () => {
  it('rounds a total up to 1, 2 or 5 times a power of ten', () => {
    expect([1, 6, 206, 1000, 30_106, 0].map(axisMaxMs)).toEqual([1, 10, 500, 1000, 50_000, 1]);
  });
});

describe('layoutTimeline', () => {
  const { rows: layouts, height } = layoutTimeline(rows);

  it('makes the segments of each row add up to its bar, and the bar the total on its own axis', () => {
    for (const layout of layouts) {
      const widths = layout.boxes.reduce((sum, b) => sum + b.widthPct, 0);
      expect(widths).toBeCloseTo(layout.barPct, 9);
      expect(layout.barPct).toBeCloseTo((layout.row.breakdown.totalMs / layout.axisMaxMs) * 100, 9);
      expect(layout.barPct).toBeLessThanOrEqual(100);
      layout.boxes.forEach((b, i) => {
        const before = layout.boxes.slice(0, i).reduce((sum, p) => sum + p.widthPct, 0);
        expect(b.xPct).toBeCloseTo(before, 9);
      });
    }
  });

  it('stacks the rows without overlap and gives every segment a label line', () => {
    layouts.forEach((layout, i) => {
      expect(layout.labelYs).toHaveLength(layout.row.breakdown.segments.length);
      expect(layout.top).toBe(i === 0 ? 0 : layouts[i - 1]!.top + layouts[i - 1]!.height);
      expect(Math.max(...layout.labelYs)).toBeLessThan(layout.top + layout.height);
    });
    expect(height).toBe(layouts.at(-1)!.top + layouts.at(-1)!.height);
  });
});

describe('timelineSvg', () => {
  const svg = timelineSvg(rows, { idPrefix: 'lt', title: 'Where a record’s time goes' });

  it('is an accessible image with a title and a description that gives every total', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="lt-title" aria-describedby="lt-desc">/);
    expect(svg).toContain('<title id="lt-title">Where a record’s time goes</title>');
    const desc = /<desc id="lt-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? '';
    expect(desc).toContain('own scale');
    expect(desc).toContain('the longest wait the settings allow, plus typical times');
    for (const row of rows) expect(desc).toContain(`${row.title}: ${totalText(row.breakdown)}`);
  });

  it('writes each title, total, axis end and segment label as text', () => {
    for (const row of rows) {
      expect(svg).toContain(`>${row.title}</text>`);
      expect(svg).toContain(`>${totalText(row.breakdown)}</text>`);
      expect(svg).toContain(`>${formatMs(axisMaxMs(row.breakdown.totalMs))}</text>`);
      for (const s of row.breakdown.segments) expect(svg).toContain(`>${segmentLabel(s)}</text>`);
    }
    expect(segmentLabel(rows[0]!.breakdown.segments.at(-1)!)).toMatch(/\(estimate\)$/);
  });

  it('names each total for what it adds up, and each part for its kind', () => {
    const byId = Object.fromEntries(rows.map((r) => [r.id, r.breakdown]));
    expect(totalText(byId['streams-alos']!)).toBe(`${formatMs(byId['streams-alos']!.totalMs)}: longest waits plus typical times`);
    expect(totalText(byId['spark-continuous']!)).toBe(`about ${formatMs(byId['spark-continuous']!.totalMs)}`);
    const onlyBounds: Breakdown = { ...byId['streams-alos']!, segments: byId['streams-alos']!.segments.filter((s) => s.kind === 'bound') };
    expect(totalText(onlyBounds)).toMatch(/^at most /);
    expect(byId['spark-continuous']!.segments.map(segmentLabel)).toEqual([
      `Continuous processing: ${formatMs(byId['spark-continuous']!.totalMs)} (typical, documented)`,
    ]);
    expect(segmentLabel(byId['streams-eos']!.segments[0]!)).toMatch(/\(bound\)$/);
  });

  it('styles by class only: no style attribute, no inline colour', () => {
    expect(svg).not.toMatch(/\sstyle=|\sfill=|\sstroke=/);
    expect(svg).toMatch(/class="tl-seg tl-wait tl-bound" data-segment="output-wait"/);
    expect(svg).toMatch(/class="tl-seg tl-work tl-typical" data-segment="continuous"/);
    expect(svg).toMatch(/class="tl-seg tl-work tl-estimate" data-segment="processing"/);
  });

  it('escapes text', () => {
    const breakdown: Breakdown = {
      system: 'spark',
      segments: [{ id: 'x"y', label: '<b>&', boundMs: 5, kind: 'estimate', term: '', factIds: [], formula: '' }],
      totalMs: 5,
      formula: '',
      calculation: '',
    };
    const out = timelineSvg([{ id: 'a"b', title: 'A < B & "C"', breakdown }], { idPrefix: 'e', title: 'T & T' });
    expect(out).toContain('A &lt; B &amp; &quot;C&quot;');
    expect(out).toContain('&lt;b&gt;&amp;: 5 ms (estimate)');
    expect(out).toContain('data-segment="x&quot;y"');
    expect(out).not.toContain('<b>');
  });
});
