/** The absolute URL of an anchor on the current page: origin and path of `pageUrl`, then `#id`. */
export function absoluteAnchorUrl(pageUrl: string, hash: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = hash.startsWith('#') ? hash.slice(1) : hash;
  return url.toString();
}
