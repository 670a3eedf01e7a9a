/** A heading as Astro's render() reports it. */
export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

export interface TocItem {
  readonly slug: string;
  readonly text: string;
  readonly children: TocItem[];
}

/** Nests the page's h2 headings with their h3s; deeper levels and stray h3s before any h2 are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    const item = { slug: h.slug, text: h.text.trim(), children: [] };
    if (h.depth === 2) items.push(item);
    else if (h.depth === 3) items.at(-1)?.children.push(item);
  }
  return items;
}
