/** The scale section of the benchmark's report, as Markdown. */
import type { ProcessCost } from '../process-cost.ts';
import type { ScaleResults, Slope } from './scale.ts';
import { KiB } from './stats.ts';

const seconds = (value: number) => value.toFixed(2);
const gb = (bytes: number) => (bytes / 1e9).toFixed(2);
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const cost = (c: ProcessCost) => `${seconds(c.wallSeconds)} s / ${seconds(c.cpuSeconds)} s, ${gb(c.peakRssBytes)} GB`;
const slope = (s: Slope) => `${seconds(s.wall)} s / ${seconds(s.cpu)} s`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function scaleTable(s: ScaleResults): string {
  const large = s.sizes.at(-1);
  const rows = [
    ...s.sizes.map((size) => [
      `${size.pages} articles: wall / CPU, peak memory`,
      cost(size.bare),
      `${cost(size.cold)} (${size.cold.shareCards ?? 'share cards not reported'})`,
      `${cost(size.warm)} (${size.warm.shareCards ?? 'share cards not reported'})`,
    ]),
    ['per 100 pages (slope between the sizes), wall / CPU', slope(s.slope.bare), slope(s.slope.cold), slope(s.slope.warm)],
    ['ours / bare: slope (wall)', '', times(s.ratio.slopeCold), times(s.ratio.slopeWarm)],
    [`ours / bare: peak memory at ${large?.pages ?? '—'} articles`, '', times(s.ratio.peakCold), times(s.ratio.peakWarm)],
  ];
  const facts = [
    ['HTML pages of our larger build', `${large?.htmlPages ?? '—'} (~${s.wordsPerArticle} words per article, 2 FAQ entries each)`],
    ['our dist/, Pagefind index', `${(s.distBytes / 1e6).toFixed(1)} MB, ${(s.indexBytes / 1e6).toFixed(1)} MB in ${s.indexFiles} files`],
    [
      'HTML of a synthetic page, gzip (median / largest)',
      `${(s.pageHtmlGzip.median / KiB).toFixed(1)} / ${(s.pageHtmlGzip.max / KiB).toFixed(1)} KiB (${s.pageHtmlGzip.maxPath})`,
    ],
  ];
  return [
    `Scale: the same synthetic articles and FAQ answers built by a bare Astro + MDX site (then \`pagefind --site dist\`) and by ours (Pagefind in the build), measured from /proc over the whole process tree: wall and CPU seconds, peak memory. Ours from a cold cache (one build) and from a cache holding only the share cards; the bare site and ours with the cards cached are the median of ${s.rounds} builds at each size.`,
    '',
    table(['', 'bare Astro + MDX + Pagefind CLI', 'ours, cold cache', 'ours, share cards cached'], rows),
    '',
    table(['', ''], facts),
  ].join('\n');
}
