/** Words per minute for technical prose; slower than the usual 250 because readers stop at code and numbers. */
const wordsPerMinute = 220;

/** Minutes to read a Markdown/MDX body: prose words only (fenced code, tags and frontmatter left out). */
export function readingMinutes(body: string): number {
  const prose = body
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
