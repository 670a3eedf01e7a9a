/** Ids of every <Fact id="…" /> an MDX body uses, in order of first use. */
export function mdxFactIds(body: string): string[] {
  const ids = [...body.matchAll(/<Fact\s+id=["']([^"']+)["'][^>]*\/>/g)].map((m) => m[1] ?? '');
  return [...new Set(ids)];
}

/**
 * Plain text of a short MDX answer, for structured data (JSON-LD) and search metadata:
 * facts are replaced by their formatted values, links by their text, code marks and emphasis dropped.
 */
export function mdxToPlainText(body: string, factText: (id: string) => string): string {
  return body
    .replace(/<Fact\s+id=["']([^"']+)["'][^>]*\/>/g, (_, id: string) => factText(id))
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*)[*_]/g, '$1$2')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
