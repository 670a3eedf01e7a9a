/** Public ids per page path, e.g. { "/faq/": ["latency", "is-kafka-streams-micro-batch"] }. */
export type AnchorMap = Record<string, string[]>;

/**
 * The public ids of a built page: every target of a self-link (headings, table rows, FAQ
 * questions) and every alias anchor that keeps an old id landing.
 */
export function publicIds(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<a class="self-link" href="#([^"]+)"/g)) ids.add(decodeURIComponent(m[1] ?? ''));
  for (const m of html.matchAll(/<span id="([^"]+)" class="alias-anchor"/g)) ids.add(m[1] ?? '');
  return [...ids].sort();
}

export interface AnchorDiff {
  /** Locked ids the build no longer has: broken links unless aliased. */
  readonly removed: { page: string; id: string }[];
  /** Ids the lock file does not list yet. */
  readonly added: { page: string; id: string }[];
}

/** What changed between the committed lock and the ids of this build. */
export function diffAnchors(locked: AnchorMap, built: AnchorMap): AnchorDiff {
  const removed: AnchorDiff['removed'] = [];
  const added: AnchorDiff['added'] = [];
  for (const [page, ids] of Object.entries(locked)) {
    const now = new Set(built[page] ?? []);
    for (const id of ids) if (!now.has(id)) removed.push({ page, id });
  }
  for (const [page, ids] of Object.entries(built)) {
    const before = new Set(locked[page] ?? []);
    for (const id of ids) if (!before.has(id)) added.push({ page, id });
  }
  return { removed, added };
}

/** The lock file's text: pages and ids sorted, so a rebuild of the same content writes the same bytes. */
export function formatLock(map: AnchorMap): string {
  const sorted = Object.fromEntries(
    Object.keys(map)
      .sort()
      .map((page) => [page, [...(map[page] ?? [])].sort()]),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
