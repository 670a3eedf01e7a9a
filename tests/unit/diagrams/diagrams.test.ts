import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Diagram from '../../../src/diagrams/Diagram.astro';
import { diagramIds, diagramInfo } from '../../../src/diagrams/diagrams';
import { arrowHead } from '../../../src/diagrams/arrow-head';

/** The words of a text, lower case: runs of letters, digits, `_` and inner dots or slashes. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9_./]+/)
    .map((w) => w.replace(/^[./]+|[./]+$/g, ''))
    .filter((w) => w.length > 1 || /\d/.test(w));

/** The content of each `<text>` of rendered svg markup, its tspans joined by spaces. */
const textLabels = (html: string): string[] =>
  [...html.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );

describe.each(diagramIds)('diagram %s', (id) => {
  const info = diagramInfo(id);

  it('has a title, a description and a caption in plain text', () => {
    for (const text of [info.title, info.desc, info.caption]) {
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text).not.toMatch(/[<>{}`*_[\]]{1}(?![0-9])/);
    }
    expect(info.desc.length).toBeGreaterThan(info.caption.length);
  });

  it('describes in words every part the drawing labels', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Diagram, { props: { id } });
    const labels = textLabels(html);
    expect(labels.length).toBeGreaterThan(10);
    const described = new Set(words(info.desc));
    const missing = labels.flatMap((label) =>
      words(label)
        .filter((w) => !described.has(w))
        .map((w) => `${w} (in “${label}”)`),
    );
    expect(missing).toEqual([]);
  });

  it('renders a labelled svg with its title and desc first and no inline style or colour', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Diagram, { props: { id } });
    expect(html).toMatch(new RegExp(`<svg[^>]*aria-labelledby="diagram-${id}-title" aria-describedby="diagram-${id}-desc"`));
    expect(html).toMatch(/<svg[^>]*>\s*<title id="[^"]+">[^<]+<\/title>\s*<desc id="[^"]+">[^<]+<\/desc>/);
    expect(html).toMatch(/<figcaption>[^<]+<\/figcaption>/);
    expect(html).not.toMatch(/style=|fill="#|stroke="#|<image|<img/);
    // Round coordinates: no long decimals from an editor.
    expect(html).not.toMatch(/\d\.\d{2,}/);
  });
});

it('refuses an unknown id, naming the known ones', async () => {
  expect(() => diagramInfo('nope')).toThrow(/unknown diagram id.*kafka-streams-app/);
  const container = await AstroContainer.create();
  await expect(container.renderToString(Diagram, { props: { id: 'nope' } })).rejects.toThrow(/<Diagram id="nope">/);
});

/** Each element `tag` of svg markup as its numeric attributes, with its class. */
const shapes = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1] ?? '')?.[1] ?? '';
    return { attr, num: (name: string) => Number(attr(name)) };
  });

it('lands every arrow to or from the Kafka topics of both-at-the-boundary on the centre of one topic', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Diagram, { props: { id: 'both-at-the-boundary' } });
  const rects = shapes(html, 'rect');
  const topics = rects.find((r) => r.attr('class').includes('d-infra'));
  if (!topics) throw new Error('no topics box');
  const [top, bottom] = [topics.num('y'), topics.num('y') + topics.num('height')];
  const centres = rects
    .filter((r) => r.attr('class').includes('d-cell') && r.num('y') > top && r.num('y') < bottom)
    .map((r) => r.num('x') + r.num('width') / 2);
  expect(centres).toHaveLength(3);
  const ends = shapes(html, 'polyline')
    .flatMap((l) =>
      l
        .attr('points')
        .split(' ')
        .map((pt) => pt.split(',').map(Number)),
    )
    .filter(([, y = 0]) => Math.abs(y - top) <= 2 || Math.abs(y - bottom) <= 2);
  // Service A reads raw events and writes enriched, Service B reads results, Spark reads enriched and writes results.
  expect(ends.map(([x]) => centres.indexOf(x ?? -1)).sort()).toEqual([0, 1, 1, 2, 2]);
});

it('draws an arrowhead with its tip on the end point, pointing along the line', () => {
  expect(arrowHead([0, 0], [0, 10])).toBe('M0,10L-4,2L4,2Z');
  expect(arrowHead([10, 5], [0, 5])).toBe('M0,5L8,1L8,9Z');
});
