/** A heading's rendered HTML as the plain text readers see: tags dropped, the entities Astro writes decoded. */
export function headingText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"');
}
