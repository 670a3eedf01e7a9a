import { escapeXml } from '../lib/escape-xml';

/** Open Graph image geometry: the size every platform accepts for a large card. */
export const shareCardSize = { width: 1200, height: 630 } as const;

/** Greedy word wrap by character count; a word longer than the line stands on its own line. */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

/** The share card of a page as SVG: site name, the page title (up to three lines) and a subtitle. */
export function shareCardSvg({ site, title, subtitle }: { site: string; title: string; subtitle: string }): string {
  const titleLines = wrapWords(title, 26, 3);
  const subtitleLines = wrapWords(subtitle, 62, 2);
  const titleY = 250 - (titleLines.length - 1) * 38;
  const text = (lines: string[], x: number, y: number, step: number, attrs: string) =>
    lines.map((line, i) => `<text x="${x}" y="${y + i * step}" ${attrs}>${escapeXml(line)}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${shareCardSize.width}" height="${shareCardSize.height}" viewBox="0 0 ${shareCardSize.width} ${shareCardSize.height}">`,
    '<rect width="1200" height="630" fill="#111418"/>',
    '<rect x="0" y="0" width="16" height="630" fill="#8fb1ff"/>',
    text([site], 80, 110, 0, 'font-family="Inter" font-weight="700" font-size="34" fill="#8fb1ff"'),
    text(titleLines, 80, titleY, 76, 'font-family="Inter" font-weight="700" font-size="68" fill="#ffffff"'),
    text(subtitleLines, 80, 470, 44, 'font-family="Inter" font-weight="400" font-size="32" fill="#c9d1d9"'),
    '</svg>',
  ].join('');
}
